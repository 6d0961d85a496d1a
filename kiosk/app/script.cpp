// The script player: each step waits for the screen to settle, then acts through Touch.
#include "app/script.h"

#include <algorithm>
#include <sstream>

namespace kiosk::app {

bool Script::parse(const std::string& text, Script& out, std::string& error) {
    std::istringstream in(text);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        const int n_line = n;
        if (auto h = line.find('#'); h != std::string::npos) line.resize(h);
        std::istringstream ls(line);
        std::string cmd;
        if (!(ls >> cmd)) continue;
        ScriptStep s{};
        s.line = n;
        bool ok = true;
        if (cmd == "tap") {
            std::string a;
            ok = static_cast<bool>(ls >> a);
            float y = 0;
            if (ok && (ls >> y)) {
                s.kind = ScriptStep::Kind::TapAt;
                try { s.x1 = std::stof(a); } catch (...) { ok = false; }
                s.y1 = y;
            } else {
                s.kind = ScriptStep::Kind::TapName;
                s.arg = a;
            }
        } else if (cmd == "try") {
            s.kind = ScriptStep::Kind::TapName;
            s.optional = true;
            ok = static_cast<bool>(ls >> s.arg);
        } else if (cmd == "type") {
            // Taps the on-screen keyboard's keys one by one, as a visitor would.
            std::string word;
            ok = static_cast<bool>(ls >> word);
            for (size_t i = 0; ok && i < word.size();) {
                const auto b = static_cast<unsigned char>(word[i]);
                const size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : 4;
                ScriptStep k{};
                k.kind = ScriptStep::Kind::TapName;
                k.line = n_line;
                k.arg = word[i] == '_' ? std::string("key.space") : "key." + word.substr(i, len);
                out.steps_.push_back(k);
                i += len;
            }
            continue;
        } else if (cmd == "drag") {
            s.kind = ScriptStep::Kind::Drag;
            ok = static_cast<bool>(ls >> s.x1 >> s.y1 >> s.x2 >> s.y2);
            if (!(ls >> s.ms)) s.ms = 300;
            else if (!(ls >> s.hold_ms)) s.hold_ms = 0;
        } else if (cmd == "doubletap") {
            s.kind = ScriptStep::Kind::DoubleTap;
            ok = static_cast<bool>(ls >> s.arg);
        } else if (cmd == "hold") {
            // A drag that goes nowhere: the press stays a press until it is released.
            s.kind = ScriptStep::Kind::Drag;
            ok = static_cast<bool>(ls >> s.x1 >> s.y1 >> s.hold_ms);
            s.x2 = s.x1;
            s.y2 = s.y1;
            s.ms = 1;
        } else if (cmd == "impatient") {
            s.kind = ScriptStep::Kind::Impatient;
        } else if (cmd == "perf_reset") {
            s.kind = ScriptStep::Kind::PerfReset;
        } else if (cmd == "wait") {
            s.kind = ScriptStep::Kind::Wait;
            ok = static_cast<bool>(ls >> s.ms);
        } else if (cmd == "screenshot" || cmd == "dump") {
            s.kind = cmd == "dump" ? ScriptStep::Kind::Dump : ScriptStep::Kind::Screenshot;
            ok = static_cast<bool>(ls >> s.arg);
        } else {
            error = "script line " + std::to_string(n) + ": unknown command '" + cmd + "'";
            return false;
        }
        if (!ok) {
            error = "script line " + std::to_string(n) + ": bad arguments for '" + cmd + "'";
            return false;
        }
        out.steps_.push_back(s);
    }
    return true;
}

Script::Status Script::advance(double now, ScriptHost& host) {
    if (pc_ >= steps_.size()) return Status::Done;
    if (settle_frames_ > 0) {
        --settle_frames_;
        return Status::Running;
    }
    const ScriptStep& s = steps_[pc_];
    if (step_start_ < 0) step_start_ = now, step_frames_ = 0;
    const double elapsed_ms = (now - step_start_) * 1000.0;
    ++step_frames_;
    // How long a step waits for the screen to settle before it goes ahead anyway (a screen may
    // never settle: the attract loop's fades): 5 s, and at least 40 frames, so that a machine
    // drawing a frame a second under load still sees a glide of a few dozen frames through.
    const bool patient = elapsed_ms < 5000 || step_frames_ < 40;
    auto next = [&] {
        ++pc_;
        step_start_ = -1;
        settle_frames_ = 2;
        return pc_ >= steps_.size() ? Status::Done : Status::Running;
    };
    auto fail = [&](const std::string& why) {
        error_ = "script line " + std::to_string(s.line) + ": " + why;
        return Status::Failed;
    };
    Touch& t = host.touch();

    switch (s.kind) {
        case ScriptStep::Kind::TapName: {
            // Taps wait for the screen to settle, as a person waits for the page to appear.
            if (!impatient_ && !host.settled() && patient) return Status::Running;
            Rect r;
            if (!host.find_target(s.arg, r)) {
                if (s.optional) return next();
                return fail("no target named '" + s.arg + "' on screen");
            }
            const float x = (r.min.x + r.max.x) * 0.5f, y = (r.min.y + r.max.y) * 0.5f;
            t.press(x, y, now);
            t.release(x, y, now + 0.08);
            return next();
        }
        case ScriptStep::Kind::DoubleTap: {
            // The second tap comes 150 ms after the first, whatever the screen did meanwhile:
            // a finger does not wait for the next screen.
            if (!pressed_) {
                if (!impatient_ && !host.settled() && patient) return Status::Running;
                if (!host.find_target(s.arg, double_tap_)) return fail("no target named '" + s.arg + "' on screen");
                const float x = (double_tap_.min.x + double_tap_.max.x) * 0.5f, y = (double_tap_.min.y + double_tap_.max.y) * 0.5f;
                t.press(x, y, now);
                t.release(x, y, now + 0.05);
                pressed_ = true;
                step_start_ = now;
                return Status::Running;
            }
            if (elapsed_ms < 150) return Status::Running;
            const float x = (double_tap_.min.x + double_tap_.max.x) * 0.5f, y = (double_tap_.min.y + double_tap_.max.y) * 0.5f;
            t.press(x, y, now);
            t.release(x, y, now + 0.05);
            pressed_ = false;
            return next();
        }
        case ScriptStep::Kind::TapAt:
            // Like a named tap, once the screen has settled (and the tap guard has passed).
            if (!impatient_ && !host.settled() && patient) return Status::Running;
            t.press(s.x1, s.y1, now);
            t.release(s.x1, s.y1, now + 0.08);
            return next();
        case ScriptStep::Kind::Drag: {
            if (!pressed_) {
                // A finger lands once the screen has settled, as for taps.
                if (!impatient_ && !host.settled() && patient) return Status::Running;
                step_start_ = now;
                t.press(s.x1, s.y1, now);
                pressed_ = true;
                return Status::Running;
            }
            const float f = static_cast<float>(std::min(1.0, elapsed_ms / std::max(1.0, s.ms)));
            const float x = s.x1 + (s.x2 - s.x1) * f, y = s.y1 + (s.y2 - s.y1) * f;
            if (f < 1.0f || !arrived_) t.move(x, y, now);
            if (f < 1.0f) return Status::Running;
            arrived_ = true;
            // A finger that rests before lifting does not fling the list.
            if (elapsed_ms < s.ms + s.hold_ms) return Status::Running;
            arrived_ = false;
            t.release(x, y, now);
            pressed_ = false;
            return next();
        }
        case ScriptStep::Kind::Impatient:
            impatient_ = true;
            return next();
        case ScriptStep::Kind::PerfReset:
            // Once the last step's effects are over, so the phase measured starts clean.
            if (!host.settled() && patient) return Status::Running;
            host.reset_perf();
            return next();
        case ScriptStep::Kind::Wait:
            return elapsed_ms >= s.ms ? next() : Status::Running;
        case ScriptStep::Kind::Screenshot:
        case ScriptStep::Kind::Dump:
            if (!(impatient_ && s.kind == ScriptStep::Kind::Dump) && !host.settled() && patient) return Status::Running;
            if (s.kind == ScriptStep::Kind::Screenshot)
                host.capture_screenshot(s.arg);
            else
                host.capture_state(s.arg);
            return next();
    }
    return Status::Failed;
}

}  // namespace kiosk::app
