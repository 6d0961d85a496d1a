// The command-line tools' one-line progress bar on stderr, shown only on a terminal so that
// logs and pipes stay clean.
#pragma once

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>

namespace kiosk::tools {

class ProgressBar {
public:
    // `label` turns (done, total) into the text after the bar ("12/300 objects", "1.2/6.5 MB").
    explicit ProgressBar(std::function<std::string(std::uint64_t, std::uint64_t)> label)
        : label_(std::move(label)), enabled_(isatty(fileno(stderr)) != 0) {}

    void update(std::uint64_t done, std::uint64_t total) {
        if (!enabled_ || total == 0) return;
        const auto now = std::chrono::steady_clock::now();
        if (done != total && now - last_ < std::chrono::milliseconds(100)) return;  // at most 10 redraws/s
        last_ = now;
        const int width = 30;
        const int filled = static_cast<int>(static_cast<double>(done) / static_cast<double>(total) * width);
        std::fprintf(stderr, "\r[%.*s%*s] %s", filled, "==============================", width - filled, "",
                     label_(done, total).c_str());
        std::fflush(stderr);
        shown_ = true;
    }
    void clear() {
        if (shown_) std::fprintf(stderr, "\r\033[K");
        shown_ = false;
    }

private:
    std::function<std::string(std::uint64_t, std::uint64_t)> label_;
    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point last_{};
};

}  // namespace kiosk::tools
