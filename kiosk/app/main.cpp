// Entry point of the kiosk app: command-line options, then the App's main loop.
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "app/app.h"

namespace {

void usage() {
    std::puts(
        "kiosk: the visitor-information touch screen\n"
        "  --pack FILE          content pack to show\n"
        "  --config FILE        kiosk.toml: kiosk id, screen size, position, languages, idle times,\n"
        "                       pack directory, USB mount points, trusted keys, staff PIN hash\n"
        "  --state DIR          kiosk-sync's state directory: show DIR/active and switch to\n"
        "                       newly installed packs at an idle moment\n"
        "  --assets DIR         UI strings and fonts (default: the source tree's assets/)\n"
        "  --lang CODE          language a visitor finds on arrival (fr, en, nl, de)\n"
        "  --windowed WxH       a window instead of fullscreen (development)\n"
        "  --now ISO-TIME       pretend the clock says this (2026-09-05T10:30)\n"
        "  --script FILE        play taps, drags and waits from FILE\n"
        "  --screenshot FILE    save a PNG once the script is done and the screen settled\n"
        "  --dump-state FILE    write what the screen shows as JSON at the same moment\n"
        "  --exit-after-script  quit after that (tests and benchmarks)\n"
        "  --start-home         begin on the home screen, not the attract loop\n"
        "  --no-map-layer       draw the map's land and lines on every frame instead of once into\n"
        "                       an off-screen layer (a graphics driver that mishandles framebuffer\n"
        "                       objects; tests compare the two)");
}

// Installed (the .deb: /usr/bin/kiosk and /usr/share/kiosk/assets) the assets sit beside the
// binary's prefix; built from source they are the source tree's assets/.
std::string default_assets_dir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto installed = exe.parent_path().parent_path() / "share" / "kiosk" / "assets";
        if (std::filesystem::exists(installed / "i18n", ec)) return installed.string();
    }
    return KIOSK_ASSETS_DIR;
}

}  // namespace

int main(int argc, char** argv) {
    kiosk::app::Options opt;
    opt.assets = default_assets_dir();
    if (const char* a = std::getenv("KIOSK_ASSETS")) opt.assets = a;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "kiosk: %s needs a value\n", a.c_str());
                std::exit(1);
            }
            return argv[++i];
        };
        if (a == "--pack") opt.pack = value();
        else if (a == "--config") opt.config = value();
        else if (a == "--state") opt.state_dir = value();
        else if (a == "--assets") opt.assets = value();
        else if (a == "--lang") opt.lang = value();
        else if (a == "--now") opt.now = value();
        else if (a == "--script") opt.script = value();
        else if (a == "--screenshot") opt.screenshot = value();
        else if (a == "--dump-state") opt.dump_state = value();
        else if (a == "--exit-after-script") opt.exit_after_script = true;
        else if (a == "--start-home") opt.start_home = true;
        else if (a == "--no-map-layer") opt.map_layer = false;
        else if (a == "--windowed") {
            const std::string v = value();
            if (std::sscanf(v.c_str(), "%dx%d", &opt.windowed_w, &opt.windowed_h) != 2) {
                std::fprintf(stderr, "kiosk: --windowed wants WIDTHxHEIGHT, got '%s'\n", v.c_str());
                return 1;
            }
        } else if (a == "--help" || a == "-h") {
            usage();
            return 0;
        } else {
            std::fprintf(stderr, "kiosk: unknown option '%s' (see --help)\n", a.c_str());
            return 1;
        }
    }
    // Fail early with the fix in the message rather than with GLFW's X11 error.
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland)) {
        std::string cmd = argv[0];
        for (int i = 1; i < argc; ++i) cmd += std::string(" ") + argv[i];
        if (argc == 1) cmd += " --pack build/default.pack";
        std::fprintf(stderr, "kiosk: no display; run it on a desktop, or headless with: xvfb-run -s '-screen 0 1080x1920x24' %s\n",
                     cmd.c_str());
        return 3;
    }
#ifdef __GLIBC__
    // Decoded pictures and their textures (in this process under software GL) are a few MB
    // each and come and go with the picture cache. glibc's default threshold for giving such
    // blocks their own mapping rises to the size of the largest one freed, after which they
    // are carved from the heap and arenas, whose holes are never returned: RSS crept up for
    // as long as visitors browsed. A fixed threshold keeps them mapped and returned on free.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
    kiosk::app::App app(opt);
    return app.run();
}
