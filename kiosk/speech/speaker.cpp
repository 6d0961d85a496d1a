// Speaker: one worker thread per Speaker owns every espeak-ng call it makes, so the UI thread
// only flips a few flags. Two output paths:
//  - an audio device: espeak-ng's asynchronous playback mode (its own threads feed the device
//    through libpcaudio; espeak_Cancel() cuts it), and the worker polls espeak_IsPlaying();
//  - "wav:PATH": espeak-ng's synchronous mode, the samples collected by the synth callback
//    (which also aborts synthesis when the text is stopped) and written as a RIFF WAV.
#include "speech/speaker.h"

#include <espeak-ng/espeak_ng.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

namespace kiosk::speech {

namespace {

using Clock = std::chrono::steady_clock;

// espeak-ng is one engine per process: this is its state on our side. Allocated once and never
// freed, because espeak-ng's own threads may still call on_synth() while the process exits.
struct Engine {
    std::mutex m;  // held by a worker for a whole text: one Speaker uses the engine at a time
    bool tried = false, ok = false;
    std::string init_error;
    // The output espeak-ng is set up for; espeak-ng keeps the device pointer, so the string
    // lives here until the next set-up.
    bool output_set = false, output_wav = false, output_failed = false;
    std::string device;
    // espeak-ng 1.51 opens the audio device named by its first output set-up, whatever the
    // mode, and keeps it for the life of the process: later set-ups cannot change it.
    std::optional<std::string> fixed_device;
    // What the callback works for (set under m before a text starts).
    std::vector<short>* sink = nullptr;                 // wav: samples go here
    const std::atomic<std::uint64_t>* live = nullptr;   // wav: abort when *live != job
    std::atomic<std::uint64_t> job{0};                  // the text being read (events carry it)
    std::atomic<std::int64_t> t0_ns{0};                 // when say() was called
    std::atomic<std::int64_t> first_word_ns{-1};
    std::atomic<int> words{0};
};

Engine& engine() {
    static Engine* e = new Engine;
    return *e;
}

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// Called by espeak-ng: in synchronous mode on the worker with sound and events, in playback
// mode on espeak-ng's event thread with events only, as their audio is played.
int on_synth(short* wav, int n, espeak_EVENT* ev) {
    Engine& e = engine();
    if (e.sink && wav && n > 0) e.sink->insert(e.sink->end(), wav, wav + n);
    const std::uint64_t job = e.job.load();
    for (; ev && ev->type != espeakEVENT_LIST_TERMINATED; ++ev) {
        if (ev->type != espeakEVENT_WORD || ev->length == 0) continue;
        if (reinterpret_cast<std::uintptr_t>(ev->user_data) != job) continue;  // a cancelled text's late event
        if (e.words.fetch_add(1) == 0) e.first_word_ns = now_ns() - e.t0_ns.load();
    }
    return e.live && e.live->load() != job ? 1 : 0;
}

std::string status_text(espeak_ng_STATUS s) {
    char buf[256] = {0};
    espeak_ng_GetStatusCodeMessage(s, buf, sizeof buf);
    return buf;
}

// Little-endian, as RIFF wants whatever the machine.
void put(std::string& out, std::uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// 16-bit mono PCM. Written to PATH.part then renamed, so a reader never sees half a file.
bool write_wav(const std::string& path, const std::vector<short>& samples, int rate, std::string& error) {
    const auto data_bytes = static_cast<std::uint32_t>(samples.size() * 2);
    std::string h;
    h += "RIFF";
    put(h, 36 + data_bytes, 4);
    h += "WAVEfmt ";
    put(h, 16, 4);                                  // fmt chunk size
    put(h, 1, 2);                                   // PCM
    put(h, 1, 2);                                   // mono
    put(h, static_cast<std::uint32_t>(rate), 4);
    put(h, static_cast<std::uint32_t>(rate) * 2, 4);  // bytes per second
    put(h, 2, 2);                                   // block align
    put(h, 16, 2);                                  // bits per sample
    h += "data";
    put(h, data_bytes, 4);
    std::string body;
    body.reserve(data_bytes);
    for (short s : samples) put(body, static_cast<std::uint16_t>(s), 2);
    const std::string part = path + ".part";
    {
        std::ofstream f(part, std::ios::binary | std::ios::trunc);
        f << h << body;
        if (!f.flush()) {
            error = "cannot write " + part;
            std::remove(part.c_str());
            return false;
        }
    }
    if (std::rename(part.c_str(), path.c_str()) != 0) {
        error = "cannot rename " + part + " to " + path;
        std::remove(part.c_str());
        return false;
    }
    return true;
}

std::string lower(std::string s) {
    for (char& c : s) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Why espeak-ng's voice for a language cannot read our texts in it, or null. Japanese: the
// voice (espeak-ng 1.51, Debian 12) reads kana only; each kanji comes out as the English words
// "Chinese letter" and Latin words are spelled letter by letter, and the kiosk's Japanese
// strings are mostly kanji. Reading nothing is better than that.
const char* unreadable(const std::string& tag) {
    const std::string base = tag.substr(0, tag.find('-'));
    if (base == "ja") return "espeak-ng's Japanese voice reads kana only (each kanji is said as \"Chinese letter\")";
    return nullptr;
}

// The voice for a language tag: by name ("fr", "en-us"), by language ("de-de" is not a voice
// name but German matches it), then the base language ("de-at" -> "de"). espeak-ng keeps the
// previous voice when asked for one it lacks, so a failure must stop us from speaking.
std::string select_voice(const std::string& lang) {
    const std::string tag = lower(lang);
    std::vector<std::string> tries{tag};
    if (auto dash = tag.find('-'); dash != std::string::npos && dash > 0) tries.push_back(tag.substr(0, dash));
    for (const std::string& t : tries) {
        if (t.empty()) continue;
        bool ok = espeak_ng_SetVoiceByName(t.c_str()) == ENS_OK;
        if (!ok) {
            espeak_VOICE sel{};
            sel.languages = t.c_str();
            ok = espeak_ng_SetVoiceByProperties(&sel) == ENS_OK;
        }
        if (ok) {
            const espeak_VOICE* v = espeak_GetCurrentVoice();
            return v && v->name ? v->name : t;
        }
    }
    return "";
}

// Something to say: a letter or digit. Non-ASCII counts from the lead bytes of letters
// (U+00C0 and up in two bytes, U+3000 and up in three); U+0080-00BF (no-break space, «, ·) and
// U+2000-2FFF (dashes, quotes, symbols such as €) are punctuation.
bool speakable(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return std::isalnum(c) || (c >= 0xC3 && c <= 0xDF) || c >= 0xE3;
    });
}

}  // namespace

struct Speaker::Impl {
    struct Job {
        std::string text, lang;
        std::uint64_t gen = 0;
        Clock::time_point asked;
    };

    SpeakerOptions opt;
    bool wav = false;
    std::string wav_path;

    mutable std::mutex m;
    std::condition_variable cv;
    mutable std::condition_variable idle_cv;
    std::optional<Job> pending;
    bool quit = false, busy = true;  // busy until the worker has set the engine up
    std::atomic<std::uint64_t> gen{0};
    std::atomic<bool> speaking{false};
    SpeechTimes times;

    // Problems already logged, so a kiosk without a sound card logs one line, not one per tap.
    std::set<std::string> logged;
    std::thread worker;

    void log(const std::string& line) {
        if (!logged.insert(line).second) return;
        if (opt.log) opt.log(line);
        else std::fprintf(stderr, "kiosk: speech: %s\n", line.c_str());
    }

    // A text that cannot be read ends at once, unless another one has replaced it meanwhile.
    void finish(const Job& job, const SpeechTimes& t) {
        std::lock_guard lk(m);
        if (gen.load() == job.gen) {
            speaking = false;
            times = t;
        }
    }

    // Under the engine lock: initialised, and set up for this Speaker's output.
    bool prepare(Engine& e) {
        if (!e.tried) {
            e.tried = true;
            espeak_ng_InitializePath(nullptr);
            espeak_ng_ERROR_CONTEXT ctx = nullptr;
            const espeak_ng_STATUS s = espeak_ng_Initialize(&ctx);
            espeak_ng_ClearErrorContext(&ctx);
            e.ok = s == ENS_OK;
            if (!e.ok) e.init_error = "espeak-ng cannot start (" + status_text(s) + "); is espeak-ng-data installed?";
            else espeak_SetSynthCallback(on_synth);
        }
        if (!e.ok) {
            log(e.init_error);
            return false;
        }
        if (!wav && e.fixed_device && *e.fixed_device != opt.device) {
            log("espeak-ng keeps the audio device it was first set up with (" +
                (e.fixed_device->empty() ? std::string("the default") : "'" + *e.fixed_device + "'") +
                "); restart the kiosk to use '" + opt.device + "'");
            return false;
        }
        if (!e.fixed_device) e.fixed_device = wav ? std::string() : opt.device;
        if (!e.output_set || e.output_failed || e.output_wav != wav) {
            espeak_Cancel();  // whatever another Speaker left playing
            e.device = *e.fixed_device;
            e.output_wav = wav;
            e.output_failed = false;
            const espeak_ng_STATUS s = espeak_ng_InitializeOutput(
                wav ? ENOUTPUT_MODE_SYNCHRONOUS : ENOUTPUT_MODE_SPEAK_AUDIO, 0, e.device.empty() ? nullptr : e.device.c_str());
            e.output_set = s == ENS_OK;
            if (!e.output_set) {
                log("cannot set up espeak-ng's output (" + status_text(s) + ")");
                return false;
            }
        }
        return true;
    }

    void run(const Job& job) {
        Engine& e = engine();
        std::lock_guard engine_lock(e.m);
        SpeechTimes t;
        if (gen.load() != job.gen || !prepare(e)) return finish(job, t);
        if (const char* why = unreadable(lower(job.lang))) {
            log(std::string(why) + "; not reading '" + job.lang + "'");
            return finish(job, t);
        }
        t.voice = select_voice(job.lang);
        if (t.voice.empty()) {
            log("no espeak-ng voice for language '" + job.lang + "'; not reading it");
            return finish(job, t);
        }
        espeak_ng_SetParameter(espeakRATE, std::clamp(opt.rate, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
        espeak_ng_SetParameter(espeakVOLUME, std::clamp(opt.volume, 0, 200), 0);

        e.t0_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(job.asked.time_since_epoch()).count();
        e.first_word_ns = -1;
        e.words = 0;
        e.job = job.gen;
        auto ms_since_asked = [&] { return std::chrono::duration<double, std::milli>(Clock::now() - job.asked).count(); };
        auto first_word_ms = [&] { const auto ns = e.first_word_ns.load(); return ns < 0 ? -1.0 : static_cast<double>(ns) / 1e6; };
        void* const tag = reinterpret_cast<void*>(static_cast<std::uintptr_t>(job.gen));
        const int flags = espeakCHARS_UTF8 | espeakENDPAUSE;

        if (wav) {
            std::vector<short> samples;
            e.sink = &samples;
            e.live = &gen;
            const espeak_ng_STATUS s = espeak_ng_Synthesize(job.text.c_str(), job.text.size() + 1, 0, POS_CHARACTER, 0,
                                                            flags, nullptr, tag);
            e.sink = nullptr;
            e.live = nullptr;
            if (s != ENS_OK && s != ENS_SPEECH_STOPPED) log("espeak-ng could not read a text (" + status_text(s) + ")");
            std::string error;
            if (!write_wav(wav_path, samples, espeak_ng_GetSampleRate(), error)) log(error);
            t.first_word_ms = first_word_ms();
            t.completed = s == ENS_OK && gen.load() == job.gen;
            if (t.completed) t.done_ms = ms_since_asked();
            return finish(job, t);
        }

        const espeak_ng_STATUS s = espeak_ng_Synthesize(job.text.c_str(), job.text.size() + 1, 0, POS_CHARACTER, 0,
                                                        flags, nullptr, tag);
        if (s != ENS_OK) {
            log("espeak-ng could not read a text (" + status_text(s) + ")");
            return finish(job, t);
        }
        // espeak-ng plays on its own threads; wake every 20 ms to see whether it has finished,
        // and at once when the text is stopped or replaced.
        bool cut = false;
        for (;;) {
            {
                std::unique_lock lk(m);
                cv.wait_for(lk, std::chrono::milliseconds(20), [&] { return gen.load() != job.gen; });
            }
            if (gen.load() != job.gen) {
                espeak_Cancel();
                cut = true;
                break;
            }
            if (!espeak_IsPlaying()) break;
        }
        t.first_word_ms = first_word_ms();
        if (!cut) {
            // A text that ends without one word reaching the output never had a device: espeak-ng
            // reports that on its own thread only, so this is where we learn it.
            if (e.words.load() == 0) {
                log("no audio output on " + (opt.device.empty() ? std::string("the default device") : "device '" + opt.device + "'") +
                    "; speech is silent");
                e.output_failed = true;  // set the output up again for the next text
            } else {
                t.completed = true;
                t.done_ms = ms_since_asked();
            }
        }
        finish(job, t);
    }

    void loop() {
        {
            Engine& e = engine();
            std::lock_guard engine_lock(e.m);
            prepare(e);  // now rather than on the first tap: the first words come sooner
        }
        for (;;) {
            Job job;
            {
                std::unique_lock lk(m);
                busy = false;
                idle_cv.notify_all();
                cv.wait(lk, [&] { return quit || pending; });
                if (quit) return;
                job = std::move(*pending);
                pending.reset();
                busy = true;
            }
            run(job);
        }
    }
};

Speaker::Speaker(SpeakerOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->opt = std::move(options);
    if (impl_->opt.device.rfind("wav:", 0) == 0) {
        impl_->wav = true;
        impl_->wav_path = impl_->opt.device.substr(4);
    }
    impl_->worker = std::thread([this] { impl_->loop(); });
}

Speaker::~Speaker() {
    {
        std::lock_guard lk(impl_->m);
        impl_->quit = true;
        impl_->pending.reset();
        ++impl_->gen;
        impl_->speaking = false;
    }
    impl_->cv.notify_all();
    impl_->worker.join();
}

bool reads_language(const std::string& lang) { return unreadable(lower(lang)) == nullptr; }

void Speaker::say(const std::string& text, const std::string& lang) {
    if (!speakable(text)) return stop();
    {
        std::lock_guard lk(impl_->m);
        const std::uint64_t g = ++impl_->gen;
        impl_->pending = Impl::Job{text, lang, g, Clock::now()};
        impl_->speaking = true;
        impl_->times = {};
    }
    impl_->cv.notify_all();
}

void Speaker::stop() {
    {
        std::lock_guard lk(impl_->m);
        impl_->pending.reset();
        ++impl_->gen;
        impl_->speaking = false;
    }
    impl_->cv.notify_all();
}

bool Speaker::speaking() const { return impl_->speaking.load(); }

bool Speaker::wait_idle(std::chrono::milliseconds timeout) const {
    std::unique_lock lk(impl_->m);
    return impl_->idle_cv.wait_for(lk, timeout, [&] { return !impl_->busy && !impl_->pending; });
}

SpeechTimes Speaker::last_times() const {
    std::lock_guard lk(impl_->m);
    return impl_->times;
}

}  // namespace kiosk::speech
