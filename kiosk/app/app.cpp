// The kiosk's main loop: sleeps until something happens, draws a frame only when needed,
// and turns screen intents into model changes in one place (apply).
#include "app/app.h"
#include "core/kinds.h"

#define GL_SILENCE_DEPRECATION
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <stb/stb_image_write.h>
#include <systemd/sd-daemon.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <pthread.h>
#include <malloc.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <sstream>
#include <thread>

#include <unistd.h>
#include <cstring>
#include <ctime>

#include "app/icons.h"
#include "app/speech_text.h"
#include "core/exonyms.h"
#include "core/json_out.h"
#include "core/text_fold.h"
#include "core/map_data.h"

namespace kiosk::app {

namespace {

std::atomic<bool> g_stop{false};

// SIGTERM (systemd stopping the kiosk) must wake a main loop asleep in glfwWaitEvents, and a
// signal handler may not call GLFW. So the signals are blocked everywhere and one thread waits
// for them with sigwait, then wakes the loop like any other event would.
class SignalWatcher {
public:
    SignalWatcher() {
        sigemptyset(&set_);
        sigaddset(&set_, SIGTERM);
        sigaddset(&set_, SIGINT);
        // Before any other thread starts, so every thread inherits the blocked mask.
        pthread_sigmask(SIG_BLOCK, &set_, nullptr);
        thread_ = std::thread([this] {
            int sig = 0;
            sigwait(&set_, &sig);
            g_stop = true;
            if (!quitting_) glfwPostEmptyEvent();
        });
    }
    ~SignalWatcher() {
        quitting_ = true;
        if (!g_stop) pthread_kill(thread_.native_handle(), SIGTERM);  // release the sigwait
        thread_.join();
    }

private:
    sigset_t set_;
    std::atomic<bool> quitting_{false};
    std::thread thread_;
};

// Latin-1, Latin Extended-A (œ Œ and the letters of Dutch and German), general punctuation
// (’ “ ” … and the narrow no-break space French puts before ; : ! ?), and the euro sign.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0100, 0x017F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0,
};

// Milliseconds since the kernel started this process (from /proc), so start-up figures
// include loading the binary and its libraries, not just our own initialisation.
double ms_since_process_start() {
    static const double start_s = [] {
        double s = 0;
        if (FILE* f = std::fopen("/proc/self/stat", "r")) {
            char buf[1024];
            const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
            std::fclose(f);
            buf[n] = 0;
            // Field 22 (starttime, in clock ticks) counts after the ")" that ends the name.
            const char* p = std::strrchr(buf, ')');
            for (int field = 2; p && field < 22; ++field) p = std::strchr(p + 1, ' ');
            if (p) s = std::strtod(p + 1, nullptr) / static_cast<double>(sysconf(_SC_CLK_TCK));
        }
        return s;
    }();
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return (static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9 - start_s) * 1000.0;
}

App* self(GLFWwindow* w) { return static_cast<App*>(glfwGetWindowUserPointer(w)); }

}  // namespace

App::App(Options opt) : opt_(std::move(opt)) {}

App::~App() {
    textures_.reset();  // GL objects go before the context
    slides_.reset();
    if (window_) {
        if (font_texture_) glDeleteTextures(1, &font_texture_);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
        glfwDestroyWindow(window_);
    }
    glfwTerminate();
}

bool App::init_window(std::string& error) {
    if (!glfwInit()) {
        error = "cannot open the display (is DISPLAY set? try: xvfb-run -s '-screen 0 1080x1920x24' kiosk ...)";
        return false;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui draws with neither: under software GL each would be a screen-sized buffer of this
    // process's memory (8 MB for depth and stencil at 1080x1920).
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    GLFWmonitor* monitor = nullptr;
    int w = opt_.windowed_w, h = opt_.windowed_h;
    if (w <= 0 || h <= 0) {
        monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (!mode) {
            error = "no monitor found";
            return false;
        }
        w = mode->width;
        h = mode->height;
        glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);  // a kiosk never minimises itself
    }
    window_ = glfwCreateWindow(w, h, "Kiosk", monitor, nullptr);
    if (!window_) {
        error = "cannot create an OpenGL 3 window";
        return false;
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    glfwSetWindowUserPointer(window_, this);

    // Visitors cannot close the kiosk: window close requests (Alt+F4 through a window
    // manager) are cancelled, and no key is bound to anything.
    glfwSetWindowCloseCallback(window_, [](GLFWwindow* win) { glfwSetWindowShouldClose(win, GLFW_FALSE); });
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* win, int button, int action, int) {
        if (button != GLFW_MOUSE_BUTTON_LEFT) return;
        double x, y;
        glfwGetCursorPos(win, &x, &y);
        if (action == GLFW_PRESS)
            self(win)->touch().press(static_cast<float>(x), static_cast<float>(y), glfwGetTime());
        else
            self(win)->touch().release(static_cast<float>(x), static_cast<float>(y), glfwGetTime());
    });
    glfwSetCursorPosCallback(window_, [](GLFWwindow* win, double x, double y) {
        if (self(win)->touch().down || glfwGetMouseButton(win, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS)
            self(win)->touch().move(static_cast<float>(x), static_cast<float>(y), glfwGetTime());
    });
    // A touch screen needs no pointer on screen.
    if (!opt_.windowed_w) glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no state files on the kiosk's disk
    io.LogFilename = nullptr;
    // Our own callbacks above feed input; ImGui's would turn Escape and friends into actions.
    ImGui_ImplGlfw_InitForOpenGL(window_, false);
    ImGui_ImplOpenGL3_Init("#version 130");
    // The shaders now; the backend's own RGBA font texture goes at once: build_fonts uploads
    // the atlas as one byte a texel (upload_font_atlas).
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    return true;
}

bool App::init_fonts(std::string& error) {
    int fw, fh;
    glfwGetFramebufferSize(window_, &fw, &fh);
    // One font unit from the screen's short side: 34 em across a 1080-pixel-wide totem gives
    // 32-pixel body text, readable from a metre. The smallest tap targets are 2.6 em, so the
    // unit never goes below 9 mm / 2.6 on the configured panel, whatever its resolution.
    const double px_per_mm = static_cast<double>(fh >= fw ? std::max(fw, fh) : std::min(fw, fh)) /
                             (fh >= fw ? std::max(config_.screen_width_mm, config_.screen_height_mm)
                                       : std::min(config_.screen_width_mm, config_.screen_height_mm));
    const float min_em = static_cast<float>(px_per_mm * kMinTargetMm / 2.6);
    font_em_ = std::clamp(std::max(static_cast<float>(std::min(fw, fh)) / 34.0f, min_em), 14.0f, 96.0f);

    namespace fs = std::filesystem;
    auto find_font = [&](const char* name) -> std::string {
        for (const std::string& dir : {opt_.assets + "/fonts", std::string("/usr/share/fonts/truetype/noto")}) {
            const std::string p = dir + "/" + name;
            if (fs::exists(p)) return p;
        }
        return {};
    };
    regular_font_ = find_font("NotoSans-Regular.ttf");
    bold_font_ = find_font("NotoSans-Bold.ttf");
    if (regular_font_.empty() || bold_font_.empty()) {
        error = "Noto Sans not found (install fonts-noto-core)";
        return false;
    }
    cjk_ = find_cjk_fonts(opt_.assets);
    if (!build_fonts(100)) {
        error = "cannot load Noto Sans from " + regular_font_;
        return false;
    }
    return true;
}

// The large-text mode rebuilds the atlas at 150% or 200% rather than scaling bitmaps, so
// letters stay sharp; only one size is in memory at a time. Called between frames.
//
// Characters beyond kGlyphRanges (Japanese, Greek in a title...) come from the glyph sets:
// Noto Sans gives those it has, then the CJK font, merged into each size, the rest. Only the
// characters wanted (wanted_glyphs) are rasterised: a few hundred for a Japanese UI; for a
// French one the three of 日本語 on the language sheet and what the pack holds.
bool App::build_fonts(int percent) {
    const float em = font_em_ * static_cast<float>(percent) / 100.0f;
    const double t0 = monotonic_ms();
    atlas_lang_ = session_.state().lang;
    GlyphSet wanted = wanted_glyphs();
    std::vector<char32_t> extra;
    auto in_base = [](char32_t c) {
        for (const ImWchar* r = kGlyphRanges; r[0]; r += 2)
            if (c >= r[0] && c <= r[1]) return true;
        return false;
    };
    for (char32_t c : wanted.list(0x20))
        if (!in_base(c)) extra.push_back(c);
    main_ranges_.clear();
    cjk_ranges_.clear();
    {
        ImFontGlyphRangesBuilder b, cb;
        b.AddRanges(kGlyphRanges);
        for (char32_t c : extra) {
            b.AddChar(static_cast<ImWchar>(c));
            cb.AddChar(static_cast<ImWchar>(c));
        }
        b.BuildRanges(&main_ranges_);
        cb.BuildRanges(&cjk_ranges_);
    }
    const bool merge = !extra.empty() && cjk_.ok();

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // The texture as tall as its glyphs: rounded up to a power of two, a few CJK glyphs more
    // could double it (GL 3 takes any height).
    io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    ImFontConfig cfg;
    // Oversampling sharpens small text; large sizes are sharp without it and keep the atlas small.
    cfg.OversampleH = em < 40 ? 2 : 1;
    cfg.OversampleV = 1;
    auto add = [&](const std::string& file, const MappedFont& cjk, float px) {
        ImFont* f = io.Fonts->AddFontFromFileTTF(file.c_str(), px, &cfg, main_ranges_.Data);
        if (f && merge) {
            // CJK strokes are square and dense: horizontal oversampling would double their
            // share of the atlas for no visible gain.
            ImFontConfig m;
            m.MergeMode = true;
            m.OversampleH = m.OversampleV = 1;
            m.FontNo = cjk.face();
            // The mapping is ours (cjk_font.h) and must not be freed by the atlas; but ImGui 1.86
            // copies data it is told it does not own: the whole 19 MB file at each of the four
            // sizes, 100-200 ms of a start-up with Japanese offered for three glyphs. So the atlas
            // is told it owns the data while adding (no copy: stb_truetype reads the mapping in
            // place), then told it does not, before anything could free it.
            m.FontDataOwnedByAtlas = true;
            io.Fonts->AddFontFromMemoryTTF(cjk.data(), cjk.size(), px, &m, cjk_ranges_.Data);
            io.Fonts->ConfigData.back().FontDataOwnedByAtlas = false;
        }
        return f;
    };
    ui_.fonts.body = add(regular_font_, cjk_.regular, em);
    ui_.fonts.bold = add(bold_font_, cjk_.bold, em);
    cfg.OversampleH = 1;
    ui_.fonts.heading = add(bold_font_, cjk_.bold, 1.45f * em);
    // The display size grows less: at 200% it would fit a word per line.
    ui_.fonts.display = add(bold_font_, cjk_.bold, 2.1f * font_em_ * std::min(1.5f, static_cast<float>(percent) / 100.0f));
    if (!ui_.fonts.body || !ui_.fonts.bold || !ui_.fonts.heading || !ui_.fonts.display) return false;
    // The largest disc drawn is a map bubble's halo (1.69 em); larger ones are tessellated.
    discs_.reserve(*io.Fonts, 1.75f * em);
    if (!io.Fonts->Build()) {
        if (!merge) return false;
        // A CJK file that stb_truetype cannot read: without it rather than without any text.
        std::fprintf(stderr, "kiosk: cannot read the CJK font %s: its characters will show as '?'\n", cjk_.regular.path().c_str());
        cjk_ = CjkFonts{};
        return build_fonts(percent);
    }
    missing_glyphs_.clear();
    for (char32_t c : extra)
        if (!ui_.fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c))) missing_glyphs_.push_back(c);
    if (missing_glyphs_.size() != missing_noted_) {
        missing_noted_ = missing_glyphs_.size();
        if (!cjk_.ok() && missing_noted_)
            std::fprintf(stderr, "kiosk: no CJK font found (install fonts-noto-cjk): %zu characters will show as '?'\n", missing_noted_);
        else if (missing_noted_)
            std::fprintf(stderr, "kiosk: %zu characters are in no font (first U+%04X): they show as '?'\n", missing_noted_,
                         static_cast<unsigned>(missing_glyphs_.front()));
    }
    discs_.bake(*io.Fonts);
    ui_.discs = &discs_;
    upload_font_atlas();
    // The CJK pages stb_truetype read stay in the page cache, not in this process: the kernel
    // maps whole 64 KB runs around each glyph read (fault-around), all of a 19 MB file for a
    // few hundred glyphs.
    cjk_.regular.release_pages();
    cjk_.bold.release_pages();
    // What the atlas holds: the wanted characters and the fixed Latin ranges, which are always
    // rasterised. Without the ranges, a language switch whose strings held a Latin letter the
    // last build had not been asked for (Dutch after French) rebuilt the atlas for nothing:
    // 23 ms of the tap, the tour's slowest.
    atlas_glyphs_ = std::move(wanted);
    for (const ImWchar* r = kGlyphRanges; r[0]; r += 2)
        for (char32_t c = r[0]; c <= r[1]; ++c) atlas_glyphs_.add(c);
    glyphs_dirty_ = false;
    fonts_percent_ = percent;
    perf_.add("font_build", monotonic_ms() - t0);
    return true;
}

// The pack shown from now on: its characters are wanted, and the atlas is rebuilt before the
// next frame if it lacks some (the characters of a pack no longer shown go at that rebuild).
void App::note_pack_glyphs(GlyphSet glyphs) {
    pack_glyphs_ = std::move(glyphs);
    if (!atlas_glyphs_.covers(wanted_glyphs())) glyphs_dirty_ = true;
}

// What the atlas must hold now: the UI strings of the visitor's language (and of English, which
// stands in for a missing string, and of the staff's), each offered language's own name (the
// language sheet), and the pack's texts. Not every offered language's strings: rasterising
// Japanese at four sizes costs a French start-up a second on a slow panel PC, so its glyphs
// come when a visitor picks it, in the rebuild the switch asks for (as a text size does).
GlyphSet App::wanted_glyphs() const {
    GlyphSet g = language_names_glyphs_;
    g.merge(pack_glyphs_);
    for (const std::string& lang : {atlas_lang_, std::string("en"), config_.language})
        if (auto it = ui_glyphs_.find(lang); it != ui_glyphs_.end()) g.merge(it->second);
    return g;
}

// The atlas as an 8-bit texture read as (1, 1, 1, coverage): the same texels the backend's
// RGBA upload gives, in a quarter of the memory, which under software GL is this process's
// (4 MB at 100% text, 4x that at 200%). ImGui's two CPU copies of the atlas (8-bit and RGBA)
// are never read again once uploaded: freed too.
void App::upload_font_atlas() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    font_atlas_bytes_ = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
    io.Fonts->ClearTexData();
    // The fonts' files too (ImGui keeps a heap copy of each Noto Sans file per size, 2 MB):
    // the next build reads them again.
    io.Fonts->ClearInputData();
}

// Low reach: the rows of the screen between kReachHighMm and kReachLowMm from the floor, from
// the panel's height in millimetres and the height of its bottom edge (kiosk.toml [screen]).
// The physical height is the panel's long side in portrait and its short side in landscape.
std::pair<float, float> App::reach_band(int fw, int fh) const {
    const double long_mm = std::max(config_.screen_width_mm, config_.screen_height_mm);
    const double short_mm = std::min(config_.screen_width_mm, config_.screen_height_mm);
    const double h_mm = fh >= fw ? long_mm : short_mm;
    const double top_mm = config_.screen_bottom_mm + h_mm;
    const double px_per_mm = static_cast<double>(fh) / h_mm;
    const double top = std::clamp((top_mm - kReachHighMm) * px_per_mm, 0.0, static_cast<double>(fh));
    const double bottom = std::clamp((top_mm - kReachLowMm) * px_per_mm, 0.0, static_cast<double>(fh));
    // A band too thin to hold a screen (a panel mounted far too high) keeps the whole screen:
    // better a control out of reach than no controls.
    if (bottom - top < 12.0 * font_em_) return {0.0f, static_cast<float>(fh)};
    return {std::ceil(static_cast<float>(top)), std::floor(static_cast<float>(bottom))};
}

// The one place pack errors are caught. A pack that does not open, or a query that fails on a
// damaged or foreign one, must never stop the kiosk: the journal gets one line, staff see it on
// the status tab, and the visitor sees the last good pack (or, with none, a calm screen).
bool App::read_pack(const std::function<void()>& read) {
    try {
        read();
        return true;
    } catch (const std::exception& e) {
        note_problem((active_file_.empty() ? std::string("no pack") : active_file_) + ": " + e.what());
        if (pack_) fall_back();
        return false;
    }
}

void App::note_problem(const std::string& what) {
    const std::string line = problems_.report(what, static_cast<std::int64_t>(std::time(nullptr)));
    if (!line.empty()) std::fprintf(stderr, "kiosk: %s\n", line.c_str());
}

void App::fall_back() {
    if (falling_back_) return;  // the fallback's own reading failed: the caller moves on
    falling_back_ = true;
    const std::string broken = active_file_;
    broken_files_.insert(broken);
    rejected_file_ = broken;
    // The visitor's place (a card, a list) may not exist in the other pack: start from home.
    const Screen screen = session_.state().screen;
    if (screen != Screen::Attract && screen != Screen::Home && screen != Screen::Staff && screen != Screen::StaffPin)
        carry_out(session_.apply(session::GoHome{}));
    // Read here, on the UI thread: a pack that fails in front of visitors is rare, and the
    // screen must not go on showing the broken one while another loads.
    std::string taken;
    for (const std::string& candidate : {previous_good_, config_.default_pack})
        if (!candidate.empty() && !broken_files_.count(candidate) && load_now(candidate)) {
            taken = candidate;
            break;
        }
    falling_back_ = false;
    if (taken.empty()) {
        show_unavailable();
        return;
    }
    std::fprintf(stderr, "kiosk: showing %s instead of %s, which failed while read\n", taken.c_str(), broken.c_str());
    carry_out(session_.apply(session::PackLoaded{}));
}

void App::show_unavailable() {
    pack_.reset();
    catalog_.reset();
    search_.reset();
    active_file_.clear();
    loading_file_.clear();
    pending_content_.reset();
    relist_asked_ = false;
    textures_->set_pack("");
    slides_->set_pack("");
    // Everything a screen could show came from the pack that failed.
    set_listing(nullptr);
    model_.search_results.clear();
    model_.list_categories.clear();
    model_.detail = {};
    model_.detail_qr = {};
    model_.detail_link.clear();
    model_.detail_next.reset();
    model_.kinds.clear();
    model_.welcome.clear();
    model_.error = strings_.get(session_.state().lang, "error.no_pack");
}

ListingKey App::listing_key() const {
    const session::State& s = session_.state();
    return {model_.languages, s.lang, model_.now, s.event_date};
}

// Start-up: the first screen comes from a small query (the kinds the pack has, for the home
// tiles) on a connection opened without the integrity check; the rest is read by the content
// loader while frames are drawn. False when the file does not even open as a pack.
bool App::start_pack(const std::string& path) {
    try {
        auto p = Pack::open(path, false);
        std::vector<std::string> kinds;
        for (std::string_view k : kKinds)
            if (p->has(std::string(k))) kinds.emplace_back(k);
        pack_ = std::move(p);
        model_.kinds = std::move(kinds);
        read_meta();
        // The first screens show the region and the greeting before the loader has read the
        // pack's other texts (their characters come with the content).
        GlyphSet meta;
        meta.add_text(model_.region);
        for (const auto& [lang, words] : model_.welcome) meta.add_text(words);
        note_pack_glyphs(std::move(meta));
    } catch (const std::exception& e) {
        note_problem(path + ": refused: " + e.what());
        rejected_file_ = path;
        return false;
    }
    active_file_ = path;
    textures_->set_pack(path);
    slides_->set_pack(path);
    loading_file_ = path;
    loader_->load(path, listing_key());
    return true;
}

// The pack's own words for the screens: its region, its box and its greetings.
void App::read_meta() {
    model_.error.clear();
    model_.region = pack_->meta("region");
    GeoBox box;
    // Only a v3 pack's bbox is the region's box; before, it was the items' raw extent.
    model_.has_region_box = pack_->schema_version() >= 3 && parse_bbox(pack_->meta("bbox"), box);
    model_.region_box = box;
    read_base_map_ahead(0);
    model_.welcome.clear();
    for (const auto& [key, value] : pack_->meta())
        if (key.rfind("welcome.", 0) == 0 && !value.empty()) model_.welcome[key.substr(8)] = value;
    update_here_near();
}

// Reads a whole pack on the UI thread (the fallback's way). False, and nothing changed, when
// it is refused.
bool App::load_now(const std::string& path) {
    try {
        install_content(load_content(path, listing_key()));
        return true;
    } catch (const std::exception& e) {
        note_problem(path + ": refused: " + e.what());
        return false;
    }
}

// Swaps a read pack in: pointer moves and the model made from its listing, so a hot reload
// costs the visitor no visible pause. The caller refreshes what is shown (PackLoaded does).
void App::install_content(Content&& c) {
    if (!active_file_.empty() && active_file_ != c.path) previous_good_ = active_file_;
    active_file_ = c.path;
    // The old pack's objects are freed on the loader's thread (its listing in set_listing).
    loader_->retire(std::shared_ptr<const Pack>(std::move(pack_)));
    loader_->retire(std::move(catalog_));
    loader_->retire(std::shared_ptr<const SearchIndex>(std::move(search_)));
    pack_ = std::move(c.pack);
    catalog_ = std::move(c.catalog);
    search_ = std::move(c.search);
    relist_asked_ = false;  // one on its way was for the old catalog: dropped when it comes
    textures_->set_pack(active_file_);
    slides_->set_pack(active_file_);
    read_meta();
    note_pack_glyphs(std::move(c.glyphs));
    model_.kinds = catalog_->kinds();
    if (content_ready_ms_ < 0) content_ready_ms_ = ms_since_process_start();
    set_listing(std::move(c.listing));
}

// What the loader has finished: a pack (shown at once when nothing else is, else kept for a
// quiet moment) or a listing for another language or minute.
void App::poll_loader() {
    for (ContentLoader::Loaded& l : loader_->take_loaded()) {
        if (l.path != loading_file_) continue;  // asked for before a newer request
        loading_file_.clear();
        if (!l.content) {
            note_problem(l.path + ": refused: " + l.error);
            rejected_file_ = l.path;
            if (l.path == active_file_) {
                // The pack being started failed its full read: what fall_back does for a pack
                // that fails on screen.
                if (pack_) fall_back();
            }
            continue;
        }
        if (l.path == active_file_ || !pack_) {
            install_content(std::move(*l.content));
            refresh_model();
        } else {
            pending_content_ = std::move(l.content);
        }
    }
    for (ContentLoader::Relisted& r : loader_->take_relisted()) {
        if (r.catalog != catalog_) continue;  // made for a pack no longer shown
        relist_asked_ = false;
        if (!r.listing) continue;
        set_listing(std::move(r.listing));
        refresh_model();
    }
}

// Hot reload. kiosk-sync installs a pack by renaming a new `active` symlink into place; we
// notice the new target within a couple of seconds, read it on the content loader's thread,
// and switch only when nobody is in the middle of something: on the attract loop, or on the
// home screen after a few quiet seconds. A visitor reading a card keeps their pack until their
// visit ends.
void App::check_for_new_pack(double now) {
    if (opt_.state_dir.empty()) return;
    if (now >= next_pack_check_) {
        next_pack_check_ = now + 2.0;
        std::error_code ec;
        const auto target = std::filesystem::canonical(opt_.state_dir + "/active", ec);
        const std::string file = target.string();
        if (!ec && file != active_file_ && file != rejected_file_ && file != loading_file_ &&
            !(pending_content_ && pending_content_->path == file)) {
            pending_content_.reset();
            loading_file_ = file;
            loader_->load(file, listing_key());
        }
    }
    ui_.wake_me_at(next_pack_check_);
    if (!pending_content_ || !session_.quiet_for_pack_switch()) return;
    Content c = std::move(*pending_content_);
    pending_content_.reset();
    const double perf_t0 = monotonic_ms();  // bench: how long the switch holds the UI thread
    install_content(std::move(c));
    carry_out(session_.apply(session::PackLoaded{}));
    perf_.add("reload", monotonic_ms() - perf_t0);
    hold_frames_until_ = now + 2.0;
}

// A listing for the current language and minute (made by the content loader) becomes what the
// home tiles, the map and the attract loop show; refresh_model() then makes the list from it.
void App::set_listing(std::shared_ptr<const Listing> listing) {
    // model_.cards points into the old listing: emptied before it goes.
    model_.cards.clear();
    loader_->retire(std::exchange(model_.listing, std::move(listing)));
    model_.counts.clear();
    model_.tile_media.clear();
    std::vector<Model::Pin> old_pins = std::move(model_.pins);
    model_.pins.clear();
    model_.slides.clear();
    model_.card_distance.clear();
    if (model_.listing) {
        const Listing& l = *model_.listing;
        for (const std::string& kind : model_.kinds) {
            const std::vector<Card>& cards = l.of(kind);
            model_.counts[kind] = static_cast<int>(cards.size());
            for (const Card& c : cards)
                if (c.thumb_media) {
                    model_.tile_media[kind] = c.thumb_media;
                    break;
                }
        }
        // Events with nothing left are not on the map either: the listing decided which remain.
        for (const Pack::GeoRow& g : catalog_->positions())
            if (g.kind != "event" || l.find(g.item_id)) model_.pins.push_back({g.item_id, g.kind, g.lat, g.lon});
        // How far each is from the kiosk, once per listing rather than per list shown.
        if (model_.here_near) {
            model_.card_distance.reserve(model_.pins.size());
            for (const Model::Pin& p : model_.pins)
                model_.card_distance.emplace(p.id, distance_m(model_.here_lat, model_.here_lon, p.lat, p.lon));
        }
        // Attract loop: the kinds in turn, pictures only, a dozen at most.
        for (size_t i = 0; model_.slides.size() < 12; ++i) {
            bool any = false;
            for (const std::string& kind : model_.kinds) {
                const std::vector<Card>& cards = l.of(kind);
                if (i >= cards.size()) continue;
                any = true;
                const Card& c = cards[i * 3 % cards.size()];  // spread over the alphabet
                if (c.thumb_media && model_.slides.size() < 12) model_.slides.push_back({c.id, c.thumb_media, c.kind, c.title, c.town});
            }
            if (!any) break;
        }
    }
    // The map keeps its clusters while the pins stay the same (most minutes' listings).
    const bool same_pins = old_pins.size() == model_.pins.size() &&
                           std::equal(old_pins.begin(), old_pins.end(), model_.pins.begin(),
                                      [](const Model::Pin& a, const Model::Pin& b) {
                                          return a.id == b.id && a.lat == b.lat && a.lon == b.lon && a.kind == b.kind;
                                      });
    if (!same_pins) ++model_.pins_generation;
}

// After any intent that changes what is shown: the list, the search and the open card, from
// the listing in memory (no SQL but the open card's). A listing of another language, minute
// or picked date is asked of the content loader; until it comes the one shown stays.
void App::refresh_model() {
    if (!pack_) return;
    const session::State& s = session_.state();
    const Listing* l = model_.listing.get();
    if (catalog_ && !relist_asked_ &&
        (!l || l->lang != s.lang || l->now.date != model_.now.date || l->now.minute_of_day != model_.now.minute_of_day ||
         l->picked != s.event_date)) {
        relist_asked_ = true;
        loader_->relist(catalog_, listing_key(), model_.listing);
    }
    filter_list();
    run_search();
    if (s.screen == Screen::Detail || s.screen == Screen::Route) read_pack([this] { read_detail(); });
}

void App::read_detail() {
    const session::State& s = session_.state();
    // The Route screen reads the route's own item as a card, then its steps and path.
    const bool route = s.screen == Screen::Route;
    model_.detail = pack_->item(route ? s.route_id : s.item_id, s.lang, model_.now);
    const ItemDetail& d = model_.detail;
    model_.route.reset();
    model_.route_start = {};
    model_.detail_routes.clear();
    if (route) {
        model_.route = pack_->route(s.route_id, s.lang);
        if (model_.route)
            model_.route_start = session::route_start(*model_.route, {model_.here_lon, model_.here_lat}, model_.here_near, kHereMetres);
    } else {
        model_.detail_routes = pack_->routes_of(s.item_id, s.lang);
    }
    // The same core answers as the list's: one reading of hours and dates everywhere.
    model_.detail_next = d.kind == "event" ? next_occurrence(d.periods, d.hours, model_.now) : std::nullopt;
    model_.detail_open = d.kind != "event" && model_.clock_trusted ? open_status(d.hours, model_.now) : OpenStatus{};
    std::string web;
    for (const ContactRow& c : d.contacts)
        if (c.type == "web") {
            web = c.value;
            break;
        }
    // A route without a position of its own is taken away by its start (core/qr.h's convention:
    // the website, else the place on the phone's map).
    const auto start = model_.route ? session::route_start_point(*model_.route) : std::nullopt;
    if (route && !d.has_geo && start)
        model_.detail_link = card_link(web, true, start->lat, start->lon);
    else
        model_.detail_link = card_link(web, d.has_geo, d.lat, d.lon);
    model_.detail_qr = {};
    if (!model_.detail_link.empty()) make_qr(model_.detail_link, model_.detail_qr);
    model_.detail_distance_m = d.has_geo && model_.here_near ? distance_m(model_.here_lat, model_.here_lon, d.lat, d.lon) : -1;
}

void App::apply(const Intent& intent) {
    if (std::holds_alternative<std::monostate>(intent)) return;
    // The map from home opens without the preview of an earlier look at it ("see on the map"
    // opens its own).
    if (std::holds_alternative<OpenMap>(intent)) {
        view_.map_preview.clear();
        view_.map_focusing = 0;
    }
    // A route tapped in a list, a search or on the map opens on the route screen (issue 17).
    if (const auto* oi = std::get_if<OpenItem>(&intent)) {
        const Card* c = model_.card_of(oi->id);
        if (c && c->kind == "route") {
            apply(OpenRoute{oi->id});
            return;
        }
    }
    // Speech is the app's: the session has nothing to remember about it.
    if (const auto* sp = std::get_if<Speak>(&intent)) {
        if (session_.state().access.speech || !sp->start) speak(sp->start);
        return;
    }
    sync_busy();
    carry_out(session_.apply(intent));
}

void App::sync_busy() {
    const bool busy = staff_.busy();
    if (busy != session_.state().install_busy) carry_out(session_.apply(session::StaffBusy{busy}));
}

// Does what the session asks: views first, then the model, then its events in the order they
// happened (statistics and the staff desk), then the staff tab, quitting and the next wake-up.
void App::carry_out(const session::Effects& fx) {
    const session::AccessModes access_before = model_.session.access;
    model_.session = session_.state();
    if (fx.reset.all) view_ = ViewState{};
    if (fx.reset.list) view_.list = {};
    if (fx.reset.search) view_.search = {};
    if (fx.reset.route) view_.route = {};
    if (fx.reset.card) {
        view_.detail = {};
        view_.gallery = 0;
        view_.gallery_drag = 0;
    }
    if (fx.reset.staff) view_.staff = {};
    if (fx.focus_map) {
        view_.map_focus = fx.focus_map;
        view_.map_focusing = 0;
    }
    if (fx.refresh_content)
        refresh_model();
    else if (fx.refresh_search && pack_)
        read_pack([this] { run_search(); });

    // Usage statistics: the session only reports them while a visit is counted.
    Stats* stats = staff_.stats();
    const auto now_s = static_cast<std::int64_t>(std::time(nullptr));
    for (const session::Event& e : fx.events) {
        if (const auto* v = std::get_if<session::VisitStarted>(&e)) {
            if (stats) stats->session_started(model_.now, v->lang);
        } else if (const auto* ve = std::get_if<session::VisitEnded>(&e)) {
            if (stats) stats->session_ended(model_.now, ve->seconds);
        } else if (const auto* c = std::get_if<session::CategoryOpened>(&e)) {
            if (stats) stats->category_opened(model_.now, c->name);
        } else if (const auto* l = std::get_if<session::LanguageUsed>(&e)) {
            if (stats) stats->language_used(model_.now, l->lang);
        } else if (std::holds_alternative<session::ItemOpened>(e)) {
            // The card's stable source id, not the pack's row id, so counts survive pack updates.
            if (stats && (model_.session.screen == Screen::Detail || model_.session.screen == Screen::Route) &&
                !model_.detail.source_id.empty())
                stats->card_opened(model_.now, model_.detail.source_id, model_.detail.title.value);
        } else if (std::holds_alternative<session::PinPadOpened>(e)) {
            staff_.open_pad(model_.staff, now_s);
        } else if (std::holds_alternative<session::StaffGestureRefused>(e)) {
            // Nothing to show a visitor; the journal tells IT why staff mode did not open.
            std::fprintf(stderr, "kiosk: staff gesture seen, but staff mode is off: no [staff] pin_hash in kiosk.toml\n");
        } else if (const auto* k = std::get_if<PinKey>(&e)) {
            if (staff_.pin_key(model_.staff, k->key, now_s)) {
                model_.staff.result.clear();
                carry_out(session_.apply(session::PinAccepted{}));
            }
        } else if (std::holds_alternative<StaffRollback>(e)) {
            staff_.rollback(model_.staff);
            next_pack_check_ = 0;  // show the other pack at once: staff want to see it
        } else if (std::holds_alternative<StaffScanUsb>(e)) {
            staff_.scan_usb(model_.staff);
        } else if (const auto* i = std::get_if<StaffInstallUsb>(&e)) {
            staff_.start_install(model_.staff, i->index, [] { glfwPostEmptyEvent(); });
            sync_busy();
        } else if (const auto* x = std::get_if<StaffExportStats>(&e)) {
            staff_.export_stats(model_.staff, x->index, model_.now);
        }
    }
    // Access modes a visitor turned on (the statistics count each once per visit).
    if (stats && model_.session.visit_open) {
        const session::AccessModes& a = model_.session.access;
        if (a.text_percent > 100 && access_before.text_percent <= 100) stats->access_used(model_.now, "large");
        if (a.contrast && !access_before.contrast) stats->access_used(model_.now, "contrast");
        if (a.reach && !access_before.reach) stats->access_used(model_.now, "reach");
        if (a.speech && !access_before.speech) stats->access_used(model_.now, "speak");
    }
    if (fx.load_staff_tab) open_staff_tab(*fx.load_staff_tab);
    if (fx.quit) {
        quit_ = true;
        quit_code_ = *fx.quit;
    }
    if (fx.wake_at > 0) ui_.wake_me_at(fx.wake_at);
}

// Staff open the PIN pad by holding a finger still for a few seconds on the top band (the
// header's title, which no visitor presses); the session says whether the hold is used up, and
// then its release presses nothing.
void App::staff_hold() {
    if (hold_fired_) {
        touch_.tapped = false;
        if (!touch_.down) hold_fired_ = false;
        return;
    }
    if (!touch_.down || touch_.dragging || touch_.press_pos.y >= header_height(ui_)) return;
    const double due = touch_.press_time + session::kStaffHoldSeconds;
    if (ui_.now < due) {
        ui_.wake_me_at(due);
        return;
    }
    const session::Effects fx = session_.apply(session::StaffHold{});
    hold_fired_ = fx.swallow_touch;
    carry_out(fx);
}

// A tap acts on the screen it was aimed at. One that began before the screen it lands on was
// drawn, or within kTapGuard of it (no one reads a new screen that fast: it is the second half
// of a double tap), is dropped. Scripts wait for settled(), which waits out the guard.
constexpr double kTapGuard = 0.35;

void App::speak(bool start) {
    if (!start) {
        if (speaker_) speaker_->stop();
        return;
    }
    const std::string text = card_speech_text(ui_, model_);
    if (text.empty()) return;
    if (!speaker_) {
        speech::SpeakerOptions o;
        o.device = config_.speech_device;
        o.rate = config_.speech_rate;
        o.volume = config_.speech_volume;
        speaker_ = std::make_unique<speech::Speaker>(o);
    }
    speaker_->say(text, session_.state().lang);
}

void App::guard_taps() {
    const session::State& s = session_.state();
    const std::string key = std::string(screen_name(s.screen)) + "/" + std::to_string(static_cast<int>(s.panel)) + "/" +
                            std::to_string(s.item_id) + (s.picking_date ? "/date" : "");
    if (key != shown_key_) {
        shown_key_ = key;
        shown_since_ = ui_.now;
        // The voice reads what was on screen: another screen (or the visit's end) stops it.
        if (speaker_) speaker_->stop();
    }
    if (touch_.tapped && touch_.press_time < shown_since_ + kTapGuard) touch_.tapped = false;
}

void App::open_staff_tab(session::StaffTab tab) {
    read_pack([&] { staff_.refresh_status(model_.staff, pack_.get(), active_file_, model_.now); });
    model_.staff.pack_problems.clear();
    for (const ProblemLog::Problem& p : problems_.recent()) {
        const std::time_t t = static_cast<std::time_t>(p.last);
        std::tm tm{};
        localtime_r(&t, &tm);
        char hhmm[8];
        std::strftime(hhmm, sizeof hhmm, "%H:%M", &tm);
        model_.staff.pack_problems.push_back({p.what, hhmm, p.count});
    }
    if (tab == session::StaffTab::Usb) staff_.scan_usb(model_.staff);
    if (tab == session::StaffTab::Stats) staff_.load_stats(model_.staff, model_.now.date, strings_, session_.state().lang);
}

// systemd (Type=notify): READY once a frame is on screen, then WATCHDOG=1 from this loop, so
// a kiosk whose loop hangs is killed and restarted.
void App::notify_systemd(double now) {
    if (!notified_ready_) {
        notified_ready_ = true;
        sd_notifyf(0, "READY=1\nSTATUS=showing %s", active_file_.empty() ? "no pack" : active_file_.c_str());
        // Read WATCHDOG_USEC ourselves: when X is started by the service, the kiosk is a child
        // of xinit and WATCHDOG_PID names xinit, so sd_watchdog_enabled() would say no.
        if (const char* w = std::getenv("WATCHDOG_USEC")) {
            const double usec = std::strtod(w, nullptr);
            if (usec > 0) watchdog_period_ = usec / 1e6 / 2;
        }
    }
    if (watchdog_period_ <= 0) return;
    if (now >= next_watchdog_) {
        sd_notify(0, "WATCHDOG=1");
        next_watchdog_ = now + watchdog_period_;
    }
    ui_.wake_me_at(next_watchdog_);
}

// A v1-v2 pack has no region box: it was made for Nord-Pas-de-Calais, the fallback region.
void App::update_here_near() {
    const GeoBox& box = model_.has_region_box ? model_.region_box : session::kFallbackRegion;
    model_.here_near = near_region({model_.here_lon, model_.here_lat}, box);
}

// Reading a base map (parsing, triangulating its outlines and their coarse copies: 15 ms for
// region.txt, 30 for france.txt) starts on a thread when a pack is opened, so the tap that
// first opens the map does not wait for it.
void App::read_base_map_ahead(size_t i) {
    static const char* const kFiles[] = {"region.txt", "france.txt"};
    BaseMapFile& f = base_maps_[i];
    if (f.tried || f.reading.valid()) return;
    f.reading = std::async(std::launch::async, [path = opt_.assets + "/map/" + kFiles[i]] {
        auto md = std::make_unique<MapData>();
        std::string error;
        if (!load_map(path, *md, error)) md.reset();
        return std::make_pair(std::move(md), error);
    });
}

void App::poll_base_maps() {
    // Once region.txt has been read (ahead, at the pack's opening), a pack whose region lies
    // outside it will need France's map: read that ahead too, instead of at the first map tap.
    BaseMapFile& region = base_maps_[0];
    if (!region.tried) {
        if (!region.reading.valid() || region.reading.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
        load_base_map(0);  // ready: does not wait
    }
    const BaseMapFile& france = base_maps_[1];
    if (france.tried || france.reading.valid() || !model_.has_region_box) return;
    const MapData* base = region.data.get();
    if (!(base && session::box_inside(model_.region_box, base->extent))) read_base_map_ahead(1);
}

const MapData* App::load_base_map(size_t i) {
    BaseMapFile& f = base_maps_[i];
    if (!f.tried) {
        // Once: a broken file is reported once, not every frame.
        read_base_map_ahead(i);
        auto [md, error] = f.reading.get();  // at once if read ahead; else read now
        f.tried = true;
        if (md)
            f.data = std::move(md);
        else
            std::fprintf(stderr, "kiosk: %s\n", error.c_str());
    }
    return f.data.get();
}

const MapData* App::base_map(GeoBox& region) {
    const GeoBox* box = model_.has_region_box ? &model_.region_box : nullptr;
    // The detailed map first; France's is read only when the pack's region lies outside it.
    std::vector<const MapData*> bases{load_base_map(0)};
    if (box && !(bases[0] && session::box_inside(*box, bases[0]->extent))) bases.push_back(load_base_map(1));
    const int i = session::pick_base_map(box, bases);
    const MapData* base = i >= 0 ? bases[static_cast<size_t>(i)] : nullptr;
    region = session::map_region(box, base);
    return base;
}

bool App::find_target(const std::string& name, Rect& r) const {
    for (const auto& [n, rect] : last_targets_)
        if (n == name) {
            r = rect;
            return true;
        }
    return false;
}

bool App::settled() const {
    // What is shown waits for the loader while the first pack's lists are read or a listing for
    // another language or minute is on its way; a new pack read in the background does not
    // change the screen until it is switched in, so it does not count.
    const bool content_coming = (pack_ && !catalog_) || relist_asked_;
    return !animating_ && !textures_->busy() && !slides_->waiting() && !(content_coming && loader_->busy()) && !touch_.down &&
           glfwGetTime() >= shown_since_ + kTapGuard;
}

void App::capture_state(const std::string& path) {
    std::ostringstream o;
    const session::State& s = session_.state();
    const bool card = s.screen == Screen::Detail || s.screen == Screen::Route;
    o << "{\n  \"screen\": " << json_quote(screen_name(s.screen)) << ",\n  \"language\": " << json_quote(s.lang)
      << ",\n  \"kind\": " << json_quote(s.screen == Screen::Home ? "" : s.kind)
      << ",\n  \"countdown\": " << (s.countdown_left >= 0 ? "true" : "false")
      << ",\n  \"search\": " << json_quote(s.search_text)
      << ",\n  \"clock_trusted\": " << (model_.clock_trusted ? "true" : "false")
      << ",\n  \"title\": " << json_quote(card ? model_.detail.title.value : "")
      << ",\n  \"link\": " << json_quote(card ? model_.detail_link : "")
      << ",\n  \"title_language\": " << json_quote(s.screen == Screen::Detail ? model_.detail.title.lang : "")
      << ",\n  \"wheelchair_only\": " << (s.wheelchair_only ? "true" : "false")
      << ",\n  \"category\": " << json_quote(s.category)
      << ",\n  \"facts\": [";
    // The card's practical facts as key=value, and its categories, for the end-to-end tests.
    for (size_t i = 0; s.screen == Screen::Detail && i < model_.detail.facts.size(); ++i)
        o << (i ? ", " : "") << json_quote(model_.detail.facts[i].key + "=" + model_.detail.facts[i].value);
    o << "],\n  \"categories\": [";
    for (size_t i = 0; s.screen == Screen::Detail && i < model_.detail.categories.size(); ++i)
        o << (i ? ", " : "") << json_quote(model_.detail.categories[i].id);
    o << "],\n  \"visible_cards\": [";
    const bool listing = s.screen == Screen::List || s.screen == Screen::Search;
    for (size_t i = 0; i < view_.visible_titles.size() && listing; ++i)
        o << (i ? ", " : "") << json_quote(view_.visible_titles[i]);
    o << "],\n  \"visible_status\": [";
    for (size_t i = 0; i < view_.visible_status.size() && listing; ++i)
        o << (i ? ", " : "") << json_quote(view_.visible_status[i]);
    o << "],\n  \"detail_texts\": [";
    for (size_t i = 0; i < view_.detail_texts.size() && card; ++i)
        o << (i ? ", " : "") << json_quote(view_.detail_texts[i]);
    // The card's routes ("part of route X"), and the open route: its steps (item id, 0 for a
    // named point), figures as the export gives them, and where it starts from the kiosk.
    o << "],\n  \"part_of_routes\": [";
    for (size_t i = 0; s.screen == Screen::Detail && i < model_.detail_routes.size(); ++i)
        o << (i ? ", " : "") << "{\"route\": " << model_.detail_routes[i].route_id << ", \"title\": "
          << json_quote(model_.detail_routes[i].title.value) << ", \"step\": " << model_.detail_routes[i].step << "}";
    o << "],\n  \"route\": ";
    if (s.screen == Screen::Route && model_.route) {
        const Route& r = *model_.route;
        static const char* kStart[] = {"unknown", "here", "away"};
        o << "{\"id\": " << r.item_id << ", \"length_m\": " << r.length_m << ", \"duration_min\": " << r.duration_min
          << ", \"path_points\": " << r.path.size() << ", \"path_from_export\": " << (r.path_from_export ? "true" : "false")
          << ", \"start\": " << json_quote(kStart[static_cast<int>(model_.route_start.kind)])
          << ", \"start_m\": " << model_.route_start.metres << ", \"steps\": [";
        for (size_t i = 0; i < r.steps.size(); ++i)
            o << (i ? ", " : "") << "{\"item\": " << r.steps[i].item_id << ", \"name\": " << json_quote(r.steps[i].name.value) << "}";
        o << "]}";
    } else {
        o << "null";
    }
    o << ",\n  \"picture_fit\": " << json_quote(s.screen == Screen::Detail ? view_.picture_fit : "");
    o << ",\n  \"card_count\": " << (s.screen == Screen::List ? model_.cards.size() : 0)
      << ",\n  \"targets\": [";
    for (size_t i = 0; i < last_targets_.size(); ++i) o << (i ? ", " : "") << json_quote(last_targets_[i].first);
    // Visible part of each target in pixels, so tests can tell a card cut by the fold.
    o << "],\n  \"target_rects\": {";
    for (size_t i = 0; i < last_targets_.size(); ++i) {
        const Rect& r = last_targets_[i].second;
        o << (i ? ", " : "") << json_quote(last_targets_[i].first) << ": [" << static_cast<int>(r.min.x) << ", "
          << static_cast<int>(r.min.y) << ", " << static_cast<int>(r.max.x) << ", " << static_cast<int>(r.max.y) << "]";
    }
    o << "}";
    char now[32];
    std::snprintf(now, sizeof now, "%sT%s", to_iso(model_.now.date).c_str(), to_hhmm(model_.now.minute_of_day).c_str());
    o << ",\n  \"now\": " << json_quote(now) << ",\n  \"pack_id\": " << json_quote(pack_ ? pack_->meta("pack_id") : "")
      << ",\n  \"pack_version\": " << json_quote(pack_ ? pack_->meta("pack_version") : "")
      << ",\n  \"pack_file\": " << json_quote(active_file_)
      << ",\n  \"unavailable\": " << (pack_ ? "false" : "true") << ",\n  \"pack_problems\": [";
    for (size_t i = 0; i < problems_.recent().size(); ++i) o << (i ? ", " : "") << json_quote(problems_.recent()[i].what);
    o << "]"
      << ",\n  \"region\": " << json_quote(model_.region) << ",\n  \"welcome\": "
      << json_quote(model_.welcome.count(s.lang) ? model_.welcome.at(s.lang) : "")
      << ",\n  \"distance_m\": " << (s.screen == Screen::Detail ? model_.detail_distance_m : -1)
      << ",\n  \"here_near\": " << (model_.here_near ? "true" : "false")
      << ",\n  \"map\": {\"zoom\": " << view_.map.zoom << ", \"center\": [" << view_.map.center_lat << ", "
      << view_.map.center_lon << "], \"visible\": [" << view_.map_visible.west << ", " << view_.map_visible.east << ", "
      << view_.map_visible.south << ", " << view_.map_visible.north << "], \"region\": [" << view_.map.region.west
      << ", " << view_.map.region.east << ", " << view_.map.region.south << ", " << view_.map.region.north
      << "], \"area_px\": [" << view_.map_area.w() << ", " << view_.map_area.h() << "], \"reach_px\": ["
      << view_.map.reach_left << ", " << view_.map.reach_right << ", " << view_.map.reach_bottom << "], \"preview\": [";
    // The map's view (degrees: west, east, south, north) and the items its preview shows.
    for (size_t i = 0; s.screen == Screen::Map && i < view_.map_preview.size(); ++i) o << (i ? ", " : "") << view_.map_preview[i];
    o << "]}"
      << ",\n  \"error\": " << json_quote(model_.error) << ",\n  \"frames\": " << frames_
      << ",\n  \"first_frame_ms\": " << first_frame_ms_ << ",\n  \"first_settled_ms\": " << first_settled_ms_
      << ",\n  \"content_ready_ms\": " << content_ready_ms_ << ",\n  \"ui_load_ms\": " << ui_load_ms_
      << ",\n  \"perf\": " << perf_.json()
      << ",\n  \"texture_bytes\": " << textures_->bytes_used()
      << ",\n  \"base_maps\": {\"region\": " << (base_maps_[0].data ? "true" : "false")
      << ", \"france\": " << (base_maps_[1].data || base_maps_[1].reading.valid() ? "true" : "false") << "}"
      << ",\n  \"slides\": {\"uploads\": " << slides_->uploads() << ", \"bytes\": " << slides_->bytes()
      << ", \"shown\": [" << slides_->shown().cur << ", " << slides_->shown().next << ", " << slides_->shown().alpha
      << "], \"in_last_screenshot\": [" << shot_slide_.cur << ", " << shot_slide_.next << ", " << shot_slide_.alpha << "]}";
    // The C heap (glibc, all arenas): bytes in use and bytes free but kept, so a memory curve
    // that grows can be told apart as data kept (in use) or fragmentation (free, not returned).
    const struct mallinfo2 heap = mallinfo2();
    o << ",\n  \"heap\": {\"in_use\": " << heap.uordblks + heap.hblkhd << ", \"free\": " << heap.fordblks
      << ", \"mapped\": " << heap.hblkhd << "}";
    // The font atlas: its size in bytes (one a texel), how many characters it holds,
    // whether a CJK font was found, and the characters wanted that no font has (code points).
    o << ",\n  \"glyphs\": {\"atlas_bytes\": " << font_atlas_bytes_ << ", \"wanted\": " << atlas_glyphs_.size()
      << ", \"cjk_font\": " << json_quote(cjk_.ok() ? cjk_.regular.path() : "") << ", \"missing\": [";
    for (size_t i = 0; i < missing_glyphs_.size(); ++i) o << (i ? ", " : "") << static_cast<unsigned>(missing_glyphs_[i]);
    o << "]}";
    // The map's off-screen layer: its size now (0 until a visit opens the map, and again once
    // the visit ends) and how often it was drawn into.
    o << ",\n  \"map_layer\": {\"bytes\": " << map_layer_.bytes() << ", \"renders\": " << map_layer_.renders() << "}";
    static const char* kPanels[] = {"none", "language", "access"};
    o << ",\n  \"modes\": {\"text\": " << s.access.text_percent << ", \"contrast\": " << (s.access.contrast ? "true" : "false")
      << ", \"reach\": " << (s.access.reach ? "true" : "false") << ", \"speech\": " << (s.access.speech ? "true" : "false")
      << "},\n  \"panel\": " << json_quote(kPanels[static_cast<int>(s.panel)])
      << ",\n  \"sort\": " << json_quote(s.sort_by_distance ? "distance" : "name")
      << ",\n  \"speaking\": " << (model_.speaking ? "true" : "false")
      << ",\n  \"em\": " << ui_.em;
    // The band controls lie in (the whole screen unless low reach is on), in screen pixels.
    o << ",\n  \"reach_band\": [" << static_cast<int>(band_top_) << ", " << static_cast<int>(band_bottom_) << "]";
    o << ",\n  \"clipped_text\": [";
    for (size_t i = 0; i < last_clipped_.size(); ++i) o << (i ? ", " : "") << json_quote(last_clipped_[i]);
    o << "],\n  \"language_markers\": [";
    for (size_t i = 0; i < last_markers_.size(); ++i) o << (i ? ", " : "") << json_quote(last_markers_[i]);
    o << "]";
    const StaffModel& st = model_.staff;
    static const char* kTabs[] = {"status", "usb", "stats"};
    o << ",\n  \"staff\": {\"tab\": " << json_quote(kTabs[static_cast<int>(s.staff_tab)])
      << ", \"pin_digits\": " << st.pin_entry.size() << ", \"pin_message\": " << json_quote(st.pin_message)
      << ", \"tries_left\": " << st.pin_tries_left << ", \"locked_until\": " << st.locked_until
      << ", \"busy\": " << (st.busy ? "true" : "false") << ", \"result\": " << json_quote(st.result)
      << ", \"result_ok\": " << (st.result_ok ? "true" : "false") << ", \"usb_packs\": " << st.usb_packs.size()
      << ", \"usb_sticks\": " << st.usb_sticks.size() << ", \"sessions\": " << st.sessions
      << ", \"shown_version\": " << json_quote(st.shown.version) << ", \"previous_version\": " << json_quote(st.previous.version)
      << ", \"config_errors\": " << st.config_errors.size() << "}\n}\n";
    // Written beside and renamed: a test polling for the file reads it whole or not at all.
    const std::string part = path + ".part";
    {
        std::ofstream f(part);
        f << o.str();
    }
    std::rename(part.c_str(), path.c_str());
}

void App::save_screenshot(const std::string& path) {
    int w, h;
    glfwGetFramebufferSize(window_, &w, &h);
    std::vector<unsigned char> px(static_cast<size_t>(w) * h * 4), flipped(px.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
    const size_t row = static_cast<size_t>(w) * 4;
    for (int y = 0; y < h; ++y)
        std::copy_n(px.data() + static_cast<size_t>(h - 1 - y) * row, row, flipped.data() + static_cast<size_t>(y) * row);
    if (!stbi_write_png(path.c_str(), w, h, 4, flipped.data(), static_cast<int>(row)))
        std::fprintf(stderr, "kiosk: cannot write screenshot %s\n", path.c_str());
}

void App::frame(double dt) {
    // Bench counters (issue 16): this frame's UI-thread CPU up to the swap, and its wall time.
    const double perf_cpu0 = thread_cpu_ms(), perf_wall0 = monotonic_ms();
    double perf_cpu = -1;
    int fw, fh;
    glfwGetFramebufferSize(window_, &fw, &fh);
    const DateTime before = model_.now;
    model_.now = fixed_now_ ? *fixed_now_ : now_local();
    // Open/closed lines and events' time slots change with the clock: a slot over at 17:00
    // leaves the cards, the detail and the attract loop at 17:00, not at midnight.
    if (before.date != model_.now.date || before.minute_of_day != model_.now.minute_of_day) refresh_model();
    poll_loader();
    poll_base_maps();

    // The visitor's access modes for this frame: the palette, the text size (a new atlas,
    // built before the frame starts) and the band the UI is drawn in.
    {
        const session::AccessModes& acc = session_.state().access;
        use_palette(acc.contrast ? high_contrast_palette() : standard_palette());
        // A language whose characters the atlas lacks (Japanese picked on a French start).
        if (session_.state().lang != atlas_lang_) {
            atlas_lang_ = session_.state().lang;
            if (!atlas_glyphs_.covers(wanted_glyphs())) glyphs_dirty_ = true;
        }
        if ((acc.text_percent != fonts_percent_ || glyphs_dirty_) && !build_fonts(acc.text_percent)) build_fonts(100);
        const auto [top, bottom] = acc.reach ? reach_band(fw, fh) : std::pair<float, float>{0.0f, static_cast<float>(fh)};
        band_top_ = top;
        band_bottom_ = bottom;
        touch_.offset_y = band_top_;
        ui_.em = font_em_ * static_cast<float>(fonts_percent_) / 100.0f;
        ui_.base_em = font_em_;
        ui_.size = {static_cast<float>(fw), band_bottom_ - band_top_};
        ui_.portrait = fh >= fw;
        ui_.high_contrast = acc.contrast;
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    touch_.slop = 0.4f * font_em_;
    const bool input = touch_.has_pending();
    touch_.begin_frame();
    ui_.now = glfwGetTime();
    ui_.wake_at = 0;
    if (input) {
        // Stamped with when it arrived, so it counts from the frame before this one's tick.
        const session::Effects fx = session_.apply(session::Touched{touch_.last_input_time});
        // A touch during the countdown only means "I am still here": it must not also press
        // whatever lies under the overlay.
        if (fx.swallow_touch && (touch_.tapped || touch_.dragging)) {
            touch_.tapped = false;
            touch_.drag_delta = {};
        }
        carry_out(fx);
    }
    if (session_.state().screen == Screen::Staff && staff_.poll(model_.staff)) {
        next_pack_check_ = 0;  // an install just ended: look at `active` now
        open_staff_tab(session_.state().staff_tab);
    }
    sync_busy();
    carry_out(session_.tick(ui_.now));  // the idle countdown, the reset, the staff idle exit
    staff_hold();
    check_for_new_pack(ui_.now);
    ui_.dl = ImGui::GetBackgroundDrawList();
    ui_.touch = &touch_;
    ui_.textures = textures_.get();
    ui_.slides = slides_.get();
    ui_.slide_under = false;
    ui_.strings = &strings_;
    ui_.lang = session_.state().lang;
    ui_.wants_frame = false;
    ui_.scrolling = false;
    ui_.targets.clear();
    ui_.clipped.clear();
    ui_.markers.clear();
    guard_taps();

    // The speaker button shows stop while the voice reads; look again a few times a second.
    if (speaker_ && !session_.state().access.speech) speaker_->stop();
    model_.speaking = speaker_ && speaker_->speaking();
    model_.speech_reads_lang = speech::reads_language(ui_.lang);
    // Speech mode on in a language no voice reads (Japanese): the speaker button is left out;
    // staff learn why from the journal, once per language.
    if (session_.state().access.speech && !model_.speech_reads_lang && speech_unread_logged_.insert(ui_.lang).second)
        std::fprintf(stderr, "kiosk: speech: no espeak-ng voice reads '%s' (kanji); no speaker button in that language\n",
                     ui_.lang.c_str());
    if (model_.speaking) ui_.wake_me_at(ui_.now + 0.25);

    // No background rectangle: the frame is cleared to colour::kBackground before drawing
    // (below), and under software GL a full-screen fill costs ~10 ms of CPU per frame.
    const Screen screen = session_.state().screen;
    const bool visitor = screen != Screen::StaffPin && screen != Screen::Staff;
    // The map's layer is 30 MB of this process's memory under software GL, and making it costs
    // a frame 30 ms: kept while a visitor goes between the map and cards, freed when the visit
    // ends (the attract loop) or staff take over.
    if (screen == Screen::Attract || !visitor) map_layer_.release();
    // The attract loop's frames (30-40 MB at 1080x1920) likewise, once a visit starts.
    if (screen != Screen::Attract || !pack_) slides_->release();
    ui_.layer = opt_.map_layer ? &map_layer_ : nullptr;
    // Under an open sheet the screen is only a picture: its controls must not take the touch
    // meant for the sheet.
    const bool sheet = visitor && session_.state().panel != Panel::None;
    const Touch held = touch_;
    if (sheet) {
        touch_.tapped = touch_.dragging = touch_.drag_released = false;
        touch_.drag_delta = {};
    }
    Intent intent;
    const bool unavailable = visitor && !pack_;
    if (unavailable) intent = draw_unavailable(ui_, model_);
    else switch (screen) {
        case Screen::Attract: intent = draw_attract(ui_, model_, view_); break;
        case Screen::Home: intent = draw_home(ui_, model_, view_, static_cast<float>(dt)); break;
        case Screen::List: intent = draw_list(ui_, model_, view_, static_cast<float>(dt)); break;
        case Screen::Detail: intent = draw_detail(ui_, model_, view_, static_cast<float>(dt)); break;
        case Screen::Map: {
            GeoBox region;
            const MapData* base = base_map(region);
            intent = draw_map(ui_, model_, view_, static_cast<float>(dt), base, region);
            break;
        }
        case Screen::Search: intent = draw_search(ui_, model_, view_, static_cast<float>(dt)); break;
        case Screen::Route: {
            GeoBox region;
            const MapData* base = base_map(region);
            intent = draw_route(ui_, model_, view_, static_cast<float>(dt), base);
            break;
        }
        case Screen::StaffPin: intent = draw_staff_pin(ui_, model_, view_); break;
        case Screen::Staff: intent = draw_staff(ui_, model_, view_, static_cast<float>(dt)); break;
    }
    if (sheet) {
        touch_ = held;
        ui_.targets.clear();  // under the sheet nothing can be pressed
    }
    if (visitor) {
        // The bar and its sheet are drawn last, over the screen, and win the tap.
        Intent bar = draw_nav_bar(ui_, model_, screen == Screen::Attract);
        if (!std::holds_alternative<std::monostate>(bar)) intent = bar;
        Intent panel = draw_panel(ui_, model_, view_, static_cast<float>(dt));
        if (!std::holds_alternative<std::monostate>(panel)) intent = panel;
    }
    draw_idle_overlay(ui_, model_);
    // A list or text still gliding after a fling is being read: that is not idleness.
    if (ui_.scrolling) carry_out(session_.apply(session::Touched{ui_.now}));
    notify_systemd(ui_.now);
    animating_ = ui_.wants_frame;
    last_targets_ = ui_.targets;
    last_clipped_ = ui_.clipped;
    last_markers_ = ui_.markers;
    if (band_top_ > 0 || band_bottom_ < static_cast<float>(fh)) {
        // Low reach: everything was laid out in a screen as tall as the band; move it down
        // into the band, and cover what lies above (and below) it with calm background.
        ImDrawList* dl = ui_.dl;
        shift_draw_list(*dl, {0, band_top_});
        dl->PushClipRectFullScreen();
        dl->AddRectFilled({0, 0}, {static_cast<float>(fw), band_top_}, colour::kBackground);
        dl->AddRectFilled({0, band_bottom_}, {static_cast<float>(fw), static_cast<float>(fh)}, colour::kBackground);
        // A line and an arrow say where the screen now begins.
        const float em = ui_.em;
        dl->AddLine({0, band_top_ - 0.1f * em}, {static_cast<float>(fw), band_top_ - 0.1f * em}, colour::kMuted, 0.1f * em);
        draw_icon(ui_, Icon::Reach, {static_cast<float>(fw) * 0.5f, band_top_ - 1.6f * em}, 2.0f * em, colour::kMuted);
        dl->PopClipRect();
        for (auto& [name, r] : last_targets_) {
            r.min.y += band_top_;
            r.max.y += band_top_;
        }
    }

    ImGui::Render();
    // Just after a pack switch the new pictures are still decoding: keep the last frame on
    // screen (no swap) rather than flash placeholders, for at most two seconds.
    bool present = true;
    if (hold_frames_until_ > 0) {
        if (ui_.now < hold_frames_until_ && (textures_->busy() || slides_->waiting())) {
            present = false;
            ui_.wants_frame = animating_ = true;  // keep looping until the pictures arrive
        } else {
            hold_frames_until_ = 0;
        }
    }
    if (present) {
        glViewport(0, 0, fw, fh);
        const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(colour::kBackground);
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        // The attract loop's frame, when it covers the window, replaces the clear: under
        // software GL each costs a pass over every pixel.
        const bool covered = ui_.slide_under && band_top_ <= 0 && slides_->width() >= fw && slides_->height() >= fh;
        if (!covered) glClear(GL_COLOR_BUFFER_BIT);
        if (ui_.slide_under) slides_->blit(band_top_, fh);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (!screenshot_path_.empty()) {
            save_screenshot(screenshot_path_);
            screenshot_path_.clear();
            shot_slide_ = slides_->shown();  // what that picture shows of the attract loop
        }
        perf_cpu = thread_cpu_ms() - perf_cpu0;
        glfwSwapBuffers(window_);
    }
    note_frame_perf(perf_cpu >= 0 ? perf_cpu : thread_cpu_ms() - perf_cpu0, screen);
    ++frames_;
    const double since_start = ms_since_process_start();
    if (first_frame_ms_ < 0) first_frame_ms_ = since_start;
    if (first_settled_ms_ < 0 && settled() && !ui_.wants_frame && textures_->bytes_used() > 0) first_settled_ms_ = since_start;

    // Applied after drawing, so the frame that showed the tapped card is the one tapped.
    // Bench: the apply's CPU counts with the next frame's, as the tap's cost (note_frame_perf).
    const bool acted = !std::holds_alternative<std::monostate>(intent);
    const std::string typed = acted ? session_.state().search_text : std::string();
    const double apply_cpu0 = thread_cpu_ms();
    apply(intent);
    if (acted) {
        tap_cpu_ms_ = thread_cpu_ms() - apply_cpu0;
        tap_typed_ = session_.state().search_text != typed;
    }
    if (!std::holds_alternative<std::monostate>(intent)) animating_ = true;
    perf_.add("frame_wall", monotonic_ms() - perf_wall0);
}

// Series of the bench counters (the dump's "perf"): every frame; the map and list screens'
// frames; a tap's cost (the apply, then the frame that shows its result), and that cost again
// under "search" when the tap typed into the search (index, card fetch and drawing).
void App::note_frame_perf(double cpu_ms, Screen screen) {
    perf_.add("frame", cpu_ms);
    // Frames drawn while the content loader reads a pack or a listing, after the first (which
    // builds the font atlas whatever the pack): the screen must keep moving meanwhile.
    if (frames_ > 0 && loader_ && loader_->busy()) perf_.add("loading", cpu_ms);
    if (screen == Screen::Map) perf_.add("map", cpu_ms);
    if (screen == Screen::List) perf_.add("list", cpu_ms);
    if (tap_cpu_ms_ < 0) return;
    perf_.add("tap", tap_cpu_ms_ + cpu_ms);
    if (tap_typed_) perf_.add("search", tap_cpu_ms_ + cpu_ms);
    tap_cpu_ms_ = -1;
}

void App::reset_perf() {
    perf_.reset();
    tap_cpu_ms_ = -1;
}

// Applies the list's filters (open now; event date window; wheelchair; category) to the kind's
// cards in the listing. Runs after every intent that changes what is shown: lookups in memory,
// a few milliseconds for 25,000 cards.
void App::filter_list() {
    model_.cards.clear();
    const std::string built = pack_ ? pack_->meta("build_time") : std::string();
    model_.clock_trusted = built.size() < 10 || to_iso(model_.now.date) >= built.substr(0, 10);
    const session::State& s = session_.state();
    if (!model_.clock_trusted && (s.open_now_only || s.event_window)) carry_out(session_.apply(session::ClockUntrusted{}));
    const Listing* l = model_.listing.get();
    if (!l || !catalog_ || s.screen == Screen::Home || s.kind.empty()) return;
    const std::vector<Card>& all = l->of(s.kind);
    model_.cards.reserve(all.size());
    for (const Card& c : all) model_.cards.push_back(&c);
    filter_practical();
    order_list();
    const DateTime now = model_.now;
    if (s.kind == "event") {
        if (!s.event_window) return;
        if (*s.event_window == EventWindow::OnDate && l->picked != s.event_date) {
            // A date just picked: the listing for it is on its way; this one list is worked
            // out here so that the list never shows another date's events.
            const auto [from, to] = window_range(EventWindow::OnDate, now.date, s.event_date);
            std::erase_if(model_.cards, [&, from = from, to = to](const Card* c) {
                return !catalog_->may_occur_between(c->id, from, to) ||
                       !occurs_between(catalog_->periods(c->id), catalog_->hours(c->id), from, to, now);
            });
            return;
        }
        std::erase_if(model_.cards, [&](const Card* c) { return !l->in_window(*s.event_window, c->id); });
        return;
    }
    if (s.open_now_only)
        std::erase_if(model_.cards, [&](const Card* c) {
            const OpenStatus* o = model_.open_of(c->id);
            return !o || o->state != OpenState::OpenNow;
        });
}

// The list's order: nearest first by default (when the kiosk stands in the pack's region), by
// name on request. Events keep their date order: when comes before where for them. Cards
// without a position go last, by name. Distances were worked out with the listing.
void App::order_list() {
    const session::State& s = session_.state();
    if (!model_.here_near || s.kind == "event" || !s.sort_by_distance) return;
    std::vector<std::pair<double, const Card*>> by;
    by.reserve(model_.cards.size());
    for (const Card* c : model_.cards) {
        auto d = model_.card_distance.find(c->id);
        by.emplace_back(d == model_.card_distance.end() ? std::numeric_limits<double>::infinity() : d->second, c);
    }
    std::stable_sort(by.begin(), by.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < by.size(); ++i) model_.cards[i] = by[i].second;
}

// How many category chips the list offers at most: more would push the cards off screen.
constexpr std::size_t kCategoryChips = 5;

// The wheelchair and category filters: facts of the export, so they hold whatever the clock.
void App::filter_practical() {
    const session::State& s = session_.state();
    model_.list_categories.clear();
    model_.wheelchair_filter = catalog_->any_wheelchair(s.kind);
    if (s.wheelchair_only) std::erase_if(model_.cards, [&](const Card* c) { return !catalog_->wheelchair(c->id); });

    // Chips for the categories shared by several of the cards shown (a category of one card
    // or of every card narrows nothing), most common first; the chosen one always stays.
    std::unordered_set<std::int64_t> shown;
    shown.reserve(model_.cards.size());
    for (const Card* c : model_.cards) shown.insert(c->id);
    std::vector<std::pair<std::size_t, const CategoryRow*>> counted;
    const std::vector<CategoryRow> cats = catalog_->categories_of_kind(s.kind, s.lang);
    const CategoryRow* chosen = nullptr;
    for (const CategoryRow& c : cats) {
        if (c.id == s.category) chosen = &c;
        const auto n = static_cast<std::size_t>(
            std::count_if(c.items.begin(), c.items.end(), [&](std::int64_t id) { return shown.count(id) > 0; }));
        if (c.id == s.category || (n >= 2 && n < shown.size())) counted.emplace_back(n, &c);
    }
    std::stable_sort(counted.begin(), counted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::set<std::string> labels;  // two categories with the same words make one chip
    for (const auto& [n, c] : counted)
        if ((model_.list_categories.size() < kCategoryChips && labels.insert(fold(c->label.value)).second) || c == chosen)
            model_.list_categories.push_back({c->id, c->label});
    if (!s.category.empty()) {
        // A category this pack no longer has (a new pack came in) keeps nothing, truthfully.
        const std::unordered_set<std::int64_t> in =
            chosen ? std::unordered_set<std::int64_t>(chosen->items.begin(), chosen->items.end()) : std::unordered_set<std::int64_t>{};
        std::erase_if(model_.cards, [&](const Card* c) { return !in.count(c->id); });
    }
}

// Search hits as cards of the listing: an event that is over is not found, as on the list.
void App::run_search() {
    model_.search_results.clear();
    const session::State& s = session_.state();
    if (!search_) return;
    if (!s.search_text.empty())
        for (const SearchHit& h : search_->query(s.search_text, s.lang, 50))
            if (const Card* c = model_.card_of(h.item_id)) model_.search_results.push_back(*c);
    // Searches that found nothing, for the statistics (the k=5 rule is Stats' own).
    if (Stats* stats = staff_.stats()) stats->search_done(model_.now, s.search_text, !model_.search_results.empty());
}

int App::run() {
    SignalWatcher signals;

    std::string error;
    // A broken kiosk.toml must not leave a black screen in a museum hall: each bad key is
    // reported (journal and staff status screen) and replaced by its default.
    std::vector<std::string> config_errors;
    if (!opt_.config.empty() && !load_config(opt_.config, config_, config_errors))
        for (const std::string& e : config_errors) std::fprintf(stderr, "kiosk: config: %s\n", e.c_str());
    model_.languages = config_.languages;
    // English too: a string missing from a language shows in English.
    // Staff mode keeps its lockout and statistics in the state directory even when --pack
    // pins the pack shown (development, tests); only following `active` needs no --pack.
    staff_.configure(config_, opt_.state_dir.empty() ? config_.state_dir : opt_.state_dir, config_errors);
    session::Settings settings;
    settings.idle_seconds = config_.idle_seconds;
    settings.countdown_seconds = config_.countdown_seconds;
    settings.detail_idle_seconds = config_.detail_idle_seconds > 0 ? config_.detail_idle_seconds : 2.0 * config_.idle_seconds;
    settings.language = opt_.lang.empty() ? config_.language : opt_.lang;
    settings.staff_language = config_.language;
    settings.staff_enabled = staff_.enabled();
    session_ = session::Session(settings, opt_.start_home ? Screen::Home : Screen::Attract);
    model_.session = session_.state();
    if (opt_.state_dir.empty() && opt_.pack.empty()) opt_.state_dir = config_.state_dir;
    model_.here_lat = config_.lat;
    model_.here_lon = config_.lon;
    model_.here_name = config_.place_name;
    update_here_near();
    model_.slide_seconds = config_.attract_slide_seconds;
    if (!strings_.load_dir(opt_.assets + "/i18n", error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 2;
    }
    // The glyphs of each language's strings, ready for the atlas when that language is shown
    // (--lang may name one the config does not offer: tests, demos).
    for (const std::string& lang : strings_.languages()) {
        ui_glyphs_[lang] = ui_glyphs(strings_, {lang});
        ui_glyphs_[lang].add_text(town_names_in(lang));  // the map's and cards' town names
    }
    for (const std::string& lang : model_.languages) language_names_glyphs_.add_text(strings_.get(lang, "lang.self"));
    if (!opt_.now.empty()) {
        fixed_now_ = parse_datetime(opt_.now);
        if (!fixed_now_) {
            std::fprintf(stderr, "kiosk: --now must look like 2026-09-05T10:30, got '%s'\n", opt_.now.c_str());
            return 2;
        }
    }
    if (!opt_.script.empty()) {
        std::ifstream f(opt_.script);
        if (!f) {
            std::fprintf(stderr, "kiosk: cannot read script %s\n", opt_.script.c_str());
            return 2;
        }
        std::stringstream ss;
        ss << f.rdbuf();
        script_ = std::make_unique<Script>();
        if (!Script::parse(ss.str(), *script_, error)) {
            std::fprintf(stderr, "kiosk: %s\n", error.c_str());
            return 2;
        }
    }
    if (!init_window(error) || !init_fonts(error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 3;
    }
    textures_ = std::make_unique<TextureCache>(static_cast<std::size_t>(config_.picture_cache_mb) << 20, [] { glfwPostEmptyEvent(); });
    slides_ = std::make_unique<SlideShow>([] { glfwPostEmptyEvent(); });
    model_.now = fixed_now_ ? *fixed_now_ : now_local();
    if (opt_.pack.empty() && !opt_.state_dir.empty()) {
        std::error_code ec;
        opt_.pack = std::filesystem::canonical(opt_.state_dir + "/active", ec).string();
    }
    // The installed pack, else the built-in default one (a new kiosk, or an installed pack
    // that no longer opens), else a friendly message. Only the pack's first screen is read
    // here; the content loader reads the rest while frames are drawn.
    const double load_t0 = monotonic_ms();  // bench: ui_load_ms
    loader_ = std::make_unique<ContentLoader>([] { glfwPostEmptyEvent(); });
    bool started = !opt_.pack.empty() && start_pack(opt_.pack);
    if (!started && !config_.default_pack.empty() && config_.default_pack != opt_.pack) started = start_pack(config_.default_pack);
    if (!started) model_.error = strings_.get(session_.state().lang, "error.no_pack");
    ui_load_ms_ = monotonic_ms() - load_t0;

    // After the script (or at once without one): final screenshot and state, then exit if asked.
    enum class Phase { Script, Final, Done } phase = script_ ? Phase::Script : Phase::Final;
    int exit_code = 0;
    int redraw = 2;  // frames still owed after the last event
    double last = glfwGetTime();
    while (!g_stop && !quit_) {
        const bool busy = redraw > 0 || animating_ || textures_->busy() || touch_.has_pending() || touch_.down ||
                          phase != Phase::Done;
        if (busy) {
            glfwPollEvents();
        } else {
            // Nothing moves: sleep until input, a decoded picture, or a timer a screen asked
            // for (next attract slide, idle countdown); at most 30 s for the clock.
            double timeout = 30.0;
            if (ui_.wake_at > 0) timeout = std::clamp(ui_.wake_at - glfwGetTime(), 0.0, 30.0);
            glfwWaitEventsTimeout(timeout);
            // One frame for a timer or a wake-up; input and new pictures ask for more below.
            // A picture decoded ahead (the attract loop's next slide) wakes the loop too but
            // changes nothing on screen: no frame for that alone (~40 ms of CPU under software GL).
            bool prefetched = false;
            const bool shown = textures_->upload_ready(&prefetched);
            // An attract frame made ahead changes nothing on screen either; one the screen
            // asked for and did not have yet is one frame.
            const bool slide = slides_->arrived(&prefetched);
            const bool timer = ui_.wake_at > 0 && glfwGetTime() >= ui_.wake_at;
            redraw = shown ? 2 : slide ? 1 : (prefetched && !timer && !touch_.has_pending()) ? 0 : 1;
            if (redraw == 0) continue;  // back to sleep
        }
        if (textures_->upload_ready()) redraw = 2;
        if (slides_->arrived()) redraw = std::max(redraw, 1);
        if (touch_.has_pending()) redraw = 2;

        const double now = glfwGetTime();
        if (phase == Phase::Script) {
            switch (script_->advance(now, *this)) {
                case Script::Status::Running: break;
                case Script::Status::Done: phase = Phase::Final; break;
                case Script::Status::Failed:
                    std::fprintf(stderr, "kiosk: %s\n", script_->error().c_str());
                    exit_code = 4;
                    phase = Phase::Final;
                    break;
            }
        } else if (phase == Phase::Final && settled() && redraw == 0) {
            if (!opt_.screenshot.empty()) capture_screenshot(opt_.screenshot);
            if (!opt_.dump_state.empty()) capture_state(opt_.dump_state);
            phase = Phase::Done;
            redraw = 1;
        }

        const double t0 = glfwGetTime();
        frame(std::min(0.1, now - last));
        last = now;
        if (redraw > 0) --redraw;
        if (phase == Phase::Done && screenshot_path_.empty() && opt_.exit_after_script) break;
        if (quit_) {
            // Staff asked: the journal says who stopped the kiosk.
            std::fprintf(stderr, "kiosk: staff chose %s\n", quit_code_ == 75 ? "quit" : "restart");
            sd_notify(0, "STOPPING=1");
            return quit_code_;
        }

        // Cap animation at about 60 frames per second even where vsync does nothing (Xvfb);
        // an impatient script (the soak monkey) goes as fast as frames can be drawn.
        const double spent = glfwGetTime() - t0;
        const bool hurried = phase == Phase::Script && script_->impatient();
        if (!hurried && spent < 1.0 / 60) std::this_thread::sleep_for(std::chrono::duration<double>(1.0 / 60 - spent));
    }
    return exit_code;
}

}  // namespace kiosk::app
