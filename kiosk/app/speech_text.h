// What the Speech mode's speaker button reads (kiosk/speech/speaker.h reads it aloud): the open
// card in the visitor's language, composed from the same lines the screen shows, then turned
// into words a voice reads well.
#pragma once

#include <string>

#include "app/model.h"
#include "app/widgets.h"

namespace kiosk::app {

// The Detail screen's card, one sentence per fact, each ending with a full stop so that the
// voice pauses: title; open status and today's hours (a place, when the clock is trusted) or
// the next date (an event); the export's notes on hours or dates; the prices; the short
// description (else the long one). Any other screen, or no card: "".
std::string card_speech_text(const Ui& ui, const Model& m);

// Written forms read as words of ui.lang: "10:00 – 18:00" -> "10 heures à 18 heures",
// "€14.50" -> "14 € 50", " · " -> ", ", "24 h/24" -> "24 heures sur 24".
std::string spoken_text(const Ui& ui, const std::string& written);

}  // namespace kiosk::app
