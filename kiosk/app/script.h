// Scripted input for tests and demos (--script FILE): taps on named targets or coordinates,
// drags, waits, screenshots and state dumps, played through the same touch path as a finger.
//
// One command per line; '#' starts a comment:
//   tap NAME            tap the centre of a named target drawn in the last frame (card.0, back, lang.nl)
//   tap X Y             tap at pixel coordinates
//   try NAME            tap NAME if it is on screen, else do nothing (the soak monkey's way to reach
//                       named controls without knowing which screen it is on)
//   type WORD           tap the on-screen keyboard's keys for WORD ('_' is the space bar)
//   drag X1 Y1 X2 Y2 [MS [HOLD]]   (once the screen has settled) press, move over MS milliseconds (default 300), keep still
//                       for HOLD milliseconds (default 0: a fling), release
//   doubletap NAME      two quick taps on a target, 150 ms apart, as an impatient finger does
//   hold X Y MS         press at pixel coordinates, keep still for MS milliseconds, release
//   wait MS             let MS milliseconds of real time pass
//   screenshot FILE     save a PNG of the screen once pictures have loaded and nothing moves
//   dump FILE           write the --dump-state JSON at that moment
//   impatient           from here on, taps and drags come without waiting for the screen to
//                       settle (pictures loading, lists gliding), as a hurried visitor's do; the
//                       soak monkey's pace. Dumps no longer wait either (the monkey's progress
//                       marks; screenshots still do), and frames are drawn as fast as the machine
//                       allows instead of at most 60 a second: the soak plays its 100,000 events
//                       in the time of a working session
//   perf_reset          zero the performance counters (the dump's "perf") once the screen has
//                       settled, so a bench measures only what follows
#pragma once

#include <string>
#include <vector>

#include "app/widgets.h"

namespace kiosk::app {

struct ScriptStep {
    enum class Kind { TapName, DoubleTap, TapAt, Drag, Wait, Screenshot, Dump, Impatient, PerfReset } kind;
    std::string arg;  // target name or file
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double ms = 0;
    double hold_ms = 0;
    int line = 0;
    bool optional = false;  // `try`: a missing target is not an error
};

// What the script needs from the app, kept narrow so the player stays testable.
class ScriptHost {
public:
    virtual ~ScriptHost() = default;
    virtual bool find_target(const std::string& name, Rect& r) const = 0;
    virtual bool settled() const = 0;  // pictures loaded, nothing animating
    virtual void capture_screenshot(const std::string& path) = 0;
    virtual void capture_state(const std::string& path) = 0;
    virtual Touch& touch() = 0;
    virtual void reset_perf() {}  // `perf_reset`: zero the dump's performance counters
};

class Script {
public:
    // Parses the whole file first, so a typo fails before anything runs.
    static bool parse(const std::string& text, Script& out, std::string& error);

    enum class Status { Running, Done, Failed };
    // Called once per frame before input is digested.
    Status advance(double now, ScriptHost& host);
    const std::string& error() const { return error_; }
    bool impatient() const { return impatient_; }

private:
    std::vector<ScriptStep> steps_;
    size_t pc_ = 0;
    double step_start_ = -1;
    int step_frames_ = 0;    // frames drawn since the step began
    int settle_frames_ = 2;  // frames to draw after an action before the next step
    bool pressed_ = false;
    bool impatient_ = false;  // `impatient`: actions do not wait for settled()
    bool arrived_ = false;  // a drag has reached its end point and is holding
    Rect double_tap_;       // where the first tap of a double tap landed
    std::string error_;
};

}  // namespace kiosk::app
