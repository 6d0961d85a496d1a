// The Speech access mode's engine: reads a text aloud with espeak-ng (offline), on a worker
// thread so that the UI thread never waits for it. No ImGui, GLFW or GL, and nothing about
// cards: the app composes the text (kiosk/app/speech_text.h) and hands it over.
//
// espeak-ng is one engine per process (global state), so a kiosk has one Speaker; a second one
// works in turn with the first (each sets the engine up for its own output before speaking)
// but the two must not speak at the same time.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace kiosk::speech {

struct SpeakerOptions {
    // Where the voice goes:
    //  ""            the system's default audio output (PulseAudio, else ALSA "default");
    //  "NAME"        that audio device, e.g. an ALSA name such as "hw:1,0" or "null";
    //  "wav:PATH"    no audio device at all: each text is synthesized and written to PATH as a
    //                16-bit mono RIFF WAV (tests and diagnostics). A stopped text leaves what
    //                was synthesized before the stop.
    std::string device;
    int rate = 160;    // words per minute, 80..450 (espeak-ng's own range; clamped)
    int volume = 100;  // 0..200, 100 = espeak-ng's normal volume (clamped)
    // Receives one line per problem (no voice for a language, no audio device, unwritable
    // file); default: "kiosk: speech: ..." on stderr, which the journal keeps.
    std::function<void(const std::string&)> log;
};

// Timings of the last text, for diagnostics and tests (milliseconds from say()).
struct SpeechTimes {
    double first_word_ms = -1;  // the first word's audio reached the output (-1: none)
    double done_ms = -1;        // synthesis (wav:) or playback (device) ended (-1: not yet / stopped)
    bool completed = false;     // the whole text was produced, not stopped or replaced
    std::string voice;          // the espeak-ng voice used ("" when the language had none)
};

// False for a language whose espeak-ng voice cannot read the kiosk's texts in it (Japanese:
// kana only), so the app can leave the speaker button out; say() reads nothing in it.
bool reads_language(const std::string& lang);

class Speaker {
public:
    explicit Speaker(SpeakerOptions options = {});
    ~Speaker();  // stops speaking and waits for the worker (a fraction of a second at most)
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    // Starts reading `text` in `lang` ("fr", "en", "nl", "de", or any tag espeak-ng knows,
    // e.g. "fr-be") and returns at once; whatever was being read stops. A language without an
    // espeak-ng voice is read by the voice of its base language ("de-AT" -> "de") or not at
    // all, with one log line; so is a language whose voice cannot read our texts (Japanese:
    // espeak-ng's voice reads kana, not kanji). An empty text just stops.
    void say(const std::string& text, const std::string& lang);
    // Stops at once (returns without waiting; the worker cuts the sound within a few ms).
    void stop();
    // True from say() until the text has been read (device), written (wav:), stopped or
    // replaced; false at once when the text cannot be read (no voice, no audio device).
    bool speaking() const;

    // Waits until the worker has nothing in hand (tests, shutdown); false on timeout.
    bool wait_idle(std::chrono::milliseconds timeout) const;
    SpeechTimes last_times() const;

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace kiosk::speech
