// Turns pointer events (a touch screen reaches GLFW as an emulated mouse) into taps and drags.
#pragma once

#include <vector>

namespace kiosk::app {

struct Vec2 {
    float x = 0, y = 0;
};

// Events are queued as they arrive (from GLFW callbacks or from a script) and digested once
// per frame, so a press and release inside one frame still count as a tap.
class Touch {
public:
    // Movement beyond this many pixels turns a press into a drag (set from the screen's scale:
    // fingers wobble more than mice).
    float slop = 12.0f;
    // Where the UI's origin lies on the screen (the low-reach mode draws it lower down):
    // events are given in screen pixels and reported in UI pixels.
    float offset_y = 0;

    // t is the event's time in seconds, taken when it arrives, so velocities stay right even
    // when several events are digested in one frame.
    void press(float x, float y, double t) { queue_.push_back({Ev::Press, {x, y}, t}); }
    void move(float x, float y, double t) { queue_.push_back({Ev::Move, {x, y}, t}); }
    void release(float x, float y, double t) { queue_.push_back({Ev::Release, {x, y}, t}); }
    bool has_pending() const { return !queue_.empty(); }

    // Digests the queued events.
    void begin_frame();

    // Results of this frame.
    bool tapped = false;       // a press released without becoming a drag
    Vec2 tap_pos;
    Vec2 drag_delta;           // movement of a drag during this frame
    bool drag_released = false;
    Vec2 release_velocity;     // px/s at the end of a drag, for scroll inertia
    // Continuous state.
    bool down = false;
    bool dragging = false;
    Vec2 pos, press_pos;
    double press_time = -1;       // when the current (or last) press began
    double last_input_time = -1;  // seconds; for idle detection

private:
    enum class Ev { Press, Move, Release };
    struct Event {
        Ev type;
        Vec2 p;
        double t;
    };
    std::vector<Event> queue_;
    Vec2 last_move_pos_;
    double last_move_time_ = 0;
    Vec2 velocity_;
};

}  // namespace kiosk::app
