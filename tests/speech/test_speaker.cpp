// The Speech mode's engine against the real espeak-ng: texts are written to WAV files (no sound
// card needed, as on CI), read back here with our own RIFF reader and measured.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <thread>

#include "speech/speaker.h"
#include "test_util.h"

using kiosk::speech::Speaker;
using kiosk::speech::SpeakerOptions;
using namespace std::chrono_literals;

namespace {

struct Wav {
    bool ok = false;
    int format = 0, channels = 0, rate = 0, bits = 0;
    std::vector<std::int16_t> samples;
    double seconds() const { return rate ? static_cast<double>(samples.size()) / rate : 0; }
};

std::uint32_t le(const std::string& s, size_t at, int bytes) {
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<size_t>(i)]);
    return v;
}

// Walks the RIFF chunks, as any player would, rather than assuming a 44-byte header.
Wav read_wav(const testutil::fs::path& p) {
    Wav w;
    const std::string s = testutil::slurp(p);
    if (s.size() < 12 || s.compare(0, 4, "RIFF") != 0 || s.compare(8, 4, "WAVE") != 0) return w;
    if (le(s, 4, 4) + 8 != s.size()) return w;  // the RIFF size must cover the file exactly
    bool fmt = false;
    for (size_t at = 12; at + 8 <= s.size();) {
        const std::string id = s.substr(at, 4);
        const std::uint32_t size = le(s, at + 4, 4);
        if (at + 8 + size > s.size()) return w;
        if (id == "fmt ") {
            w.format = static_cast<int>(le(s, at + 8, 2));
            w.channels = static_cast<int>(le(s, at + 10, 2));
            w.rate = static_cast<int>(le(s, at + 12, 4));
            w.bits = static_cast<int>(le(s, at + 22, 2));
            fmt = true;
        } else if (id == "data" && fmt) {
            for (size_t i = 0; i + 1 < size; i += 2)
                w.samples.push_back(static_cast<std::int16_t>(le(s, at + 8 + i, 2)));
            w.ok = true;
        }
        at += 8 + size + (size & 1);
    }
    return w;
}

double rms(const std::vector<std::int16_t>& v) {
    double sum = 0;
    for (auto x : v) sum += static_cast<double>(x) * x;
    return v.empty() ? 0 : std::sqrt(sum / static_cast<double>(v.size()));
}

SpeakerOptions wav_to(const testutil::fs::path& p, std::vector<std::string>* log = nullptr) {
    SpeakerOptions o;
    o.device = "wav:" + p.string();
    if (log) o.log = [log](const std::string& line) { log->push_back(line); };
    return o;
}

// A card as the kiosk reads it, long enough to take a while to say.
const char* const kCardFr =
    "Louvre-Lens. Ouvert maintenant, jusqu'à 18 heures. Aujourd'hui, 10 heures à 18 heures. "
    "Tarif plein : 10 €. Le musée présente les collections du Louvre dans une grande galerie du temps, "
    "au cœur de l'ancien bassin minier. ";

}  // namespace

TEST_CASE("a text is written as a non-silent WAV in each language of the kiosk", "[speech]") {
    testutil::TempDir dir;
    const std::vector<std::pair<std::string, std::string>> texts{
        {"fr", "Beffroi d'Arras. Ouvert maintenant, jusqu'à 18 heures."},
        {"en", "Arras belfry. Open now, until 6 p.m."},
        {"nl", "Belfort van Atrecht. Nu open, tot 18 uur."},
        {"de", "Belfried von Arras. Jetzt geöffnet, bis 18 Uhr."},
        {"es", "Campanario de Arras. Abierto ahora, hasta las 18:00."},
        {"it", "Campanile civico di Arras. Aperto ora, fino alle 18:00."},
        {"pl", "Dzwonnica w Arras. Teraz otwarte, do 18:00."}};
    std::set<std::string> voices;
    for (const auto& [lang, text] : texts) {
        INFO(lang);
        const auto path = dir.path / (lang + ".wav");
        std::vector<std::string> log;
        Speaker sp(wav_to(path, &log));
        sp.say(text, lang);
        CHECK(sp.speaking());  // at once, before the worker has done anything
        REQUIRE(sp.wait_idle(10s));
        CHECK_FALSE(sp.speaking());
        CHECK(log.empty());
        const auto t = sp.last_times();
        CHECK(t.completed);
        CHECK_FALSE(t.voice.empty());
        voices.insert(t.voice);
        const Wav w = read_wav(path);
        REQUIRE(w.ok);
        CHECK(w.format == 1);
        CHECK(w.channels == 1);
        CHECK(w.bits == 16);
        CHECK(w.rate == 22050);
        CHECK(w.seconds() > 1.0);
        CHECK(w.seconds() < 10.0);
        CHECK(rms(w.samples) > 500.0);  // speech, not silence (full scale is 32767)
    }
    CHECK(voices.size() == texts.size());  // one voice per language, not one voice for all
}

TEST_CASE("the rate setting changes how long a text takes", "[speech]") {
    testutil::TempDir dir;
    auto seconds_at = [&](int rate) {
        SpeakerOptions o = wav_to(dir.path / "r.wav");
        o.rate = rate;
        Speaker sp(o);
        sp.say(kCardFr, "fr");
        REQUIRE(sp.wait_idle(10s));
        return read_wav(dir.path / "r.wav").seconds();
    };
    const double slow = seconds_at(100), fast = seconds_at(300);
    CHECK(slow > 2.0 * fast);
}

TEST_CASE("stop() cuts a long text at once", "[speech]") {
    testutil::TempDir dir;
    const auto path = dir.path / "long.wav";
    std::string text;
    for (int i = 0; i < 400; ++i) text += kCardFr;  // some 80 minutes of speech
    Speaker sp(wav_to(path));
    sp.say(text, "fr");
    std::this_thread::sleep_for(50ms);
    const auto t0 = std::chrono::steady_clock::now();
    sp.stop();
    CHECK_FALSE(sp.speaking());
    REQUIRE(sp.wait_idle(2s));
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    CHECK(ms < 300);
    CHECK_FALSE(sp.last_times().completed);
    // What was synthesized before the stop: far less than the whole text.
    const Wav w = read_wav(path);
    REQUIRE(w.ok);
    CHECK(w.seconds() < 600);
}

TEST_CASE("a new say() replaces the text being read", "[speech]") {
    testutil::TempDir dir;
    const auto path = dir.path / "out.wav";
    std::string text;
    for (int i = 0; i < 400; ++i) text += kCardFr;
    Speaker sp(wav_to(path));
    sp.say(text, "fr");
    std::this_thread::sleep_for(30ms);
    sp.say("Good morning.", "en");
    CHECK(sp.speaking());
    REQUIRE(sp.wait_idle(3s));
    CHECK_FALSE(sp.speaking());
    const auto t = sp.last_times();
    CHECK(t.completed);
    CHECK(t.voice.find("English") != std::string::npos);
    const Wav w = read_wav(path);
    REQUIRE(w.ok);
    CHECK(w.seconds() < 3.0);  // only "Good morning."
}

TEST_CASE("a language without a voice is read by its base language's voice or not at all", "[speech]") {
    testutil::TempDir dir;
    const auto path = dir.path / "x.wav";
    std::vector<std::string> log;
    Speaker sp(wav_to(path, &log));

    sp.say("Guten Tag.", "de-AT");  // no such voice: German
    REQUIRE(sp.wait_idle(5s));
    CHECK(sp.last_times().voice == "German");
    CHECK(log.empty());

    testutil::fs::remove(path);
    sp.say("Hello.", "xx");
    REQUIRE(sp.wait_idle(5s));
    CHECK_FALSE(sp.speaking());
    CHECK_FALSE(testutil::fs::exists(path));  // not read with the previous voice either
    REQUIRE(log.size() == 1);
    CHECK(log[0].find("'xx'") != std::string::npos);
    sp.say("Hello again.", "xx");  // logged once, not on every tap
    REQUIRE(sp.wait_idle(5s));
    CHECK(log.size() == 1);
}

TEST_CASE("Japanese is not read by a voice that cannot read kanji, nor by another voice", "[speech]") {
    testutil::TempDir dir;
    const auto path = dir.path / "ja.wav";
    std::vector<std::string> log;
    Speaker sp(wav_to(path, &log));
    sp.say("鐘楼。営業中・18:00まで。", "ja");
    REQUIRE(sp.wait_idle(5s));
    CHECK_FALSE(testutil::fs::exists(path));  // no WAV: neither the Japanese voice nor the previous one
    CHECK(sp.last_times().voice.empty());
    REQUIRE(log.size() == 1);
    CHECK(log[0].find("'ja'") != std::string::npos);
    CHECK(log[0].find("kanji") != std::string::npos);
    sp.say("ルーヴル・ランス。", "ja-JP");  // any Japanese tag; logged once, not on every tap
    REQUIRE(sp.wait_idle(5s));
    CHECK_FALSE(testutil::fs::exists(path));
    CHECK(log.size() == 2);
    // The next visitor's language is read again.
    sp.say("Campanario de Arras.", "es");
    REQUIRE(sp.wait_idle(5s));
    CHECK(sp.last_times().voice.find("Spanish") != std::string::npos);
    CHECK(testutil::fs::exists(path));
}

TEST_CASE("nothing to say stops", "[speech]") {
    testutil::TempDir dir;
    Speaker sp(wav_to(dir.path / "e.wav"));
    sp.say("", "fr");
    CHECK_FALSE(sp.speaking());
    sp.say(" . – ", "fr");
    CHECK_FALSE(sp.speaking());
    REQUIRE(sp.wait_idle(2s));
    CHECK_FALSE(testutil::fs::exists(dir.path / "e.wav"));
}

TEST_CASE("(alone) an audio device that cannot be opened", "[.device-missing]") {
    std::vector<std::string> log;
    SpeakerOptions o;
    o.device = "kiosk-test-no-such-device";
    o.log = [&](const std::string& line) { log.push_back(line); };
    std::unique_ptr<Speaker> sp;
    REQUIRE_NOTHROW(sp = std::make_unique<Speaker>(o));
    REQUIRE_NOTHROW(sp->say("Bonjour.", "fr"));
    REQUIRE(sp->wait_idle(10s));
    CHECK_FALSE(sp->speaking());
    CHECK_FALSE(sp->last_times().completed);
    REQUIRE(log.size() == 1);
    CHECK(log[0].find("no audio output on device 'kiosk-test-no-such-device'") != std::string::npos);
    // And again: still soft, not logged twice.
    sp->say("Bonjour.", "fr");
    REQUIRE(sp->wait_idle(10s));
    CHECK_FALSE(sp->speaking());
    CHECK(log.size() == 1);
}

TEST_CASE("an unwritable WAV path is one log line", "[speech]") {
    std::vector<std::string> log2;
    Speaker bad(wav_to("/nonexistent-dir/x.wav", &log2));
    bad.say("Bonjour.", "fr");
    REQUIRE(bad.wait_idle(5s));
    CHECK_FALSE(bad.speaking());
    REQUIRE(log2.size() == 1);
    CHECK(log2[0].find("/nonexistent-dir/x.wav") != std::string::npos);
}

// ALSA's "null" device takes sound and discards it: espeak-ng's real playback path runs to the
// end (events as the sound is played) without a sound card.
TEST_CASE("(alone) the null audio device", "[.device-null]") {
    std::vector<std::string> log;
    SpeakerOptions o;
    o.device = "null";
    o.log = [&](const std::string& line) { log.push_back(line); };
    Speaker sp(o);
    sp.say("Bonjour. Bienvenue au Louvre-Lens.", "fr");
    CHECK(sp.speaking());
    REQUIRE(sp.wait_idle(10s));
    CHECK_FALSE(sp.speaking());
    CHECK(log.empty());
    const auto t = sp.last_times();
    CHECK(t.completed);
    CHECK(t.first_word_ms >= 0);

    std::string text;
    for (int i = 0; i < 50; ++i) text += kCardFr;
    sp.say(text, "fr");
    std::this_thread::sleep_for(20ms);
    const auto t0 = std::chrono::steady_clock::now();
    sp.stop();
    REQUIRE(sp.wait_idle(2s));
    CHECK(std::chrono::steady_clock::now() - t0 < 500ms);
    CHECK_FALSE(sp.speaking());
}

// espeak-ng opens the audio device of its first set-up and keeps it for the whole process, so
// each audio-device case runs in a process of its own (this binary, with a hidden tag).
int run_alone(const std::string& tag, std::string& output) {
    testutil::TempDir dir;
    const auto out = dir.path / "out.txt";
    const std::string cmd = "'" + testutil::fs::read_symlink("/proc/self/exe").string() + "' '" + tag + "' > '" +
                            out.string() + "' 2>&1";
    const int rc = std::system(cmd.c_str());
    output = testutil::slurp(out);
    return rc;
}

TEST_CASE("an audio device that cannot be opened fails softly", "[speech]") {
    std::string output;
    const int rc = run_alone("[.device-missing]", output);
    INFO(output);
    CHECK(rc == 0);
    CHECK(output.find("All tests passed") != std::string::npos);
}

TEST_CASE("the audio device path reads a text to its end and stops on demand", "[speech]") {
    std::string output;
    const int rc = run_alone("[.device-null]", output);
    INFO(output);
    CHECK(rc == 0);
    CHECK(output.find("All tests passed") != std::string::npos);
}

// Figures for the report, not a check: `speech_tests "[.timing]" -s`.
TEST_CASE("timings of a typical card", "[.timing]") {
    testutil::TempDir dir;
    Speaker sp(wav_to(dir.path / "t.wav"));
    for (const char* lang : {"fr", "en", "nl", "de", "fr"}) {
        sp.say(kCardFr, lang);
        REQUIRE(sp.wait_idle(10s));
        const auto t = sp.last_times();
        const Wav w = read_wav(dir.path / "t.wav");
        std::printf("%s (%s): first word after %.1f ms, whole card synthesized in %.1f ms, %.1f s of speech\n", lang,
                    t.voice.c_str(), t.first_word_ms, t.done_ms, w.seconds());
    }
}
