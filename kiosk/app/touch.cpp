// Tap-versus-drag decisions and drag velocity, independent of where the events come from.
#include "app/touch.h"

#include <cmath>

namespace kiosk::app {

void Touch::begin_frame() {
    tapped = false;
    drag_delta = {};
    drag_released = false;
    release_velocity = {};
    for (Event e : queue_) {
        e.p.y -= offset_y;
        const double now = e.t;
        last_input_time = now;
        switch (e.type) {
            case Ev::Press:
                down = true;
                dragging = false;
                press_time = now;
                pos = press_pos = last_move_pos_ = e.p;
                last_move_time_ = now;
                velocity_ = {};
                break;
            case Ev::Move:
                if (down) {
                    if (!dragging && std::hypot(e.p.x - press_pos.x, e.p.y - press_pos.y) > slop) {
                        dragging = true;
                        // The slop distance is not lost: the content catches up with the finger.
                        drag_delta.x += e.p.x - press_pos.x;
                        drag_delta.y += e.p.y - press_pos.y;
                    } else if (dragging) {
                        drag_delta.x += e.p.x - pos.x;
                        drag_delta.y += e.p.y - pos.y;
                    }
                    const double dt = now - last_move_time_;
                    if (dt > 0.004) {
                        // Smoothed so one jittery sample does not fling the list.
                        const float vx = static_cast<float>((e.p.x - last_move_pos_.x) / dt);
                        const float vy = static_cast<float>((e.p.y - last_move_pos_.y) / dt);
                        velocity_ = {0.6f * vx + 0.4f * velocity_.x, 0.6f * vy + 0.4f * velocity_.y};
                        last_move_pos_ = e.p;
                        last_move_time_ = now;
                    }
                }
                pos = e.p;
                break;
            case Ev::Release:
                if (down) {
                    if (dragging) {
                        if (std::hypot(e.p.x - pos.x, e.p.y - pos.y) > 0) {
                            drag_delta.x += e.p.x - pos.x;
                            drag_delta.y += e.p.y - pos.y;
                        }
                        drag_released = true;
                        // A finger that stopped before lifting should not fling.
                        release_velocity = (now - last_move_time_) < 0.1 ? velocity_ : Vec2{};
                    } else {
                        tapped = true;
                        tap_pos = press_pos;
                    }
                }
                down = false;
                dragging = false;
                pos = e.p;
                break;
        }
    }
    queue_.clear();
}

}  // namespace kiosk::app
