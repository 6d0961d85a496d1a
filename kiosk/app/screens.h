// The screens: each draws from the model and returns at most one intent per frame.
#pragma once

#include <string>

#include "app/model.h"
#include "app/widgets.h"

namespace kiosk::app {

// Per-screen view state that outlives a frame but is not part of the model (scroll offsets).
struct ViewState {
    ScrollState list;
    ScrollState detail;
    std::vector<std::string> visible_titles;  // what the last frame showed, for --dump-state
};

// The bar on top of every screen: back, title, language switch. Returns the content area.
Rect draw_header(Ui& ui, const Model& m, const std::string& title, bool with_back, Intent& intent);

Intent draw_home(Ui& ui, const Model& m, ViewState& v);
Intent draw_list(Ui& ui, const Model& m, ViewState& v, float dt);
Intent draw_detail(Ui& ui, const Model& m, ViewState& v, float dt);

}  // namespace kiosk::app
