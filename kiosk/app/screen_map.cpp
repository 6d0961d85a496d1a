// The map: the region's coastline and borders, a pin per item, "you are here". (Placeholder
// until the map data lands: shows the pins on a plain background.)
#include "app/screens.h"

namespace kiosk::app {

Intent draw_map(Ui& ui, const Model& m, ViewState& v, float) {
    Intent intent;
    v.visible_titles.clear();
    draw_header(ui, m, ui.tr("map.title"), true, intent);
    return intent;
}

}  // namespace kiosk::app
