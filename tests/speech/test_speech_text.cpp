// The text the speaker button reads for a card: the screen's own lines (open status, hours,
// event dates, prices) turned into sentences a voice reads well, in each language.
#include <catch2/catch.hpp>

#include "app/speech_text.h"
#include "core/hours.h"
#include "core/i18n.h"

using namespace kiosk;
using namespace kiosk::app;

namespace {

const Strings& strings() {
    static Strings s = [] {
        Strings st;
        std::string err;
        REQUIRE(st.load_dir(KIOSK_ASSETS_DIR "/i18n", err));
        return st;
    }();
    return s;
}

Ui ui_in(const std::string& lang) {
    Ui ui;
    ui.strings = &strings();
    ui.lang = lang;
    return ui;
}

// A museum open 10:00-18:00 every day, Saturday 21 November 2026 at 11:00.
Model museum() {
    Model m;
    m.session.screen = Screen::Detail;
    m.now = DateTime{Date{2026, 11, 21}, 11 * 60};
    ItemDetail& d = m.detail;
    d.kind = "site";
    d.title = {"Louvre-Lens", "fr"};
    d.short_desc = {"Les collections du Louvre au cœur du bassin minier", "fr"};
    d.long_desc = {"Un long texte que la voix ne lit pas quand il y a un résumé.", "fr"};
    for (int day = 1; day <= 7; ++day) d.hours.push_back(HoursRow{day, "10:00", "18:00", "", ""});
    PriceRow full;
    full.min_price = 10;
    full.currency = "EUR";
    full.policy = "kb:FullPrice";
    full.label = {{"fr", "Plein tarif"}, {"en", "Full price"}};
    PriceRow reduced;
    reduced.min_price = 8.5;
    reduced.currency = "EUR";
    reduced.label = {{"fr", "Tarif réduit"}, {"en", "Reduced price"}};
    reduced.conditions = {{"fr", "Étudiants"}, {"en", "Students"}};
    d.prices = {full, reduced};
    m.detail_open = open_status(d.hours, m.now);
    return m;
}

}  // namespace

TEST_CASE("card text: a place's card in French", "[speech_text]") {
    const Ui ui = ui_in("fr");
    const std::string s = card_speech_text(ui, museum());
    INFO(s);
    // Title, status, today's hours, prices, summary; one full stop after each.
    CHECK(s.rfind("Louvre-Lens. Ouvert, jusqu’à 18 heures. Aujourd’hui : 10 heures à 18 heures. Tarifs. ", 0) == 0);
    CHECK(s.find("10\xC2\xA0\xE2\x82\xAC.") != std::string::npos);  // "10 €" (no-break space), read "euros"
    CHECK(s.find("8 \xE2\x82\xAC 50, Étudiants.") != std::string::npos);  // "8,50 €" as "8 € 50"
    CHECK(s.find("Les collections du Louvre au cœur du bassin minier.") != std::string::npos);
    CHECK(s.find("long texte") == std::string::npos);  // the summary only
    // Nothing written that the voice reads badly.
    CHECK(s.find(':' + std::string("00")) == std::string::npos);
    CHECK(s.find("\xE2\x80\x93") == std::string::npos);  // en dash
    CHECK(s.find("\xC2\xB7") == std::string::npos);      // middle dot
}

TEST_CASE("card text: the same card in English, Dutch and German", "[speech_text]") {
    const Model m = museum();
    const std::string en = card_speech_text(ui_in("en"), m);
    INFO(en);
    CHECK(en.find("Open, until 6 p.m.") != std::string::npos);
    CHECK(en.find("Today: 10 a.m. to 6 p.m.") != std::string::npos);
    CHECK(en.find("8 \xE2\x82\xAC 50") != std::string::npos);  // "€8.50"
    const std::string nl = card_speech_text(ui_in("nl"), m);
    INFO(nl);
    CHECK(nl.find("Vandaag: 10 uur tot 18 uur.") != std::string::npos);
    const std::string de = card_speech_text(ui_in("de"), m);
    INFO(de);
    CHECK(de.find("bis 18 Uhr.") != std::string::npos);
    CHECK(de.find("Uhr Uhr") == std::string::npos);  // "bis {} Uhr" says Uhr once
    CHECK(de.find("Heute: 10 Uhr bis 18 Uhr.") != std::string::npos);
}

TEST_CASE("card text: times, ranges and symbols in words", "[speech_text]") {
    CHECK(spoken_text(ui_in("fr"), "10:30 – 12:00 · 24 h/24") == "10 heures 30 à 12 heures, 24 heures sur 24");
    CHECK(spoken_text(ui_in("en"), "From 00:15 to 12:00, €14.50 or €8") == "From 12:15 a.m. to 12 p.m., 14 \xE2\x82\xAC 50 or 8 \xE2\x82\xAC");
    CHECK(spoken_text(ui_in("de"), "10:30 – 18:00 Uhr") == "10:30 bis 18 Uhr");
    CHECK(spoken_text(ui_in("nl"), "14,50\xC2\xA0\xE2\x82\xAC") == "14 \xE2\x82\xAC 50");
    CHECK(spoken_text(ui_in("fr"), "Tel. 03 21 18 62 62, 2026") == "Tel. 03 21 18 62 62, 2026");  // no time in there
}

TEST_CASE("card text: the same card in Spanish, Italian and Polish", "[speech_text]") {
    const Model m = museum();
    const std::string es = card_speech_text(ui_in("es"), m), it = card_speech_text(ui_in("it"), m),
                      pl = card_speech_text(ui_in("pl"), m);
    INFO(es << "\n" << it << "\n" << pl);
    CHECK(es.find("Abierto, hasta las 18 horas.") != std::string::npos);
    CHECK(es.find("Hoy: 10 horas a 18 horas.") != std::string::npos);
    CHECK(it.find("Aperto, fino alle 18.") != std::string::npos);
    CHECK(it.find("Oggi: 10 alle 18.") != std::string::npos);
    CHECK(pl.find("Otwarte, do 18.") != std::string::npos);
    CHECK(pl.find("Dziś: 10 do 18.") != std::string::npos);
    CHECK(spoken_text(ui_in("es"), "10:30 – 12:00") == "10 y 30 a 12 horas");
    CHECK(spoken_text(ui_in("it"), "10:30 – 12:00") == "10 e 30 alle 12");
}

TEST_CASE("card text: an event reads its next date", "[speech_text]") {
    Model m;
    m.session.screen = Screen::Detail;
    m.now = DateTime{Date{2026, 11, 21}, 11 * 60};
    m.detail.kind = "event";
    m.detail.title = {"Carnaval de Dunkerque", "fr"};
    m.detail_next = Occurrence{Date{2026, 11, 28}, Date{2026, 11, 28}, "20:30", "", false};
    const std::string s = card_speech_text(ui_in("fr"), m);
    CHECK(s == "Carnaval de Dunkerque. Prochaine date : samedi 28 novembre 2026, à partir de 20 heures 30.");
    m.detail_next.reset();
    CHECK(card_speech_text(ui_in("en"), m) == "Carnaval de Dunkerque. " + strings().get("en", "detail.no_dates"));
}

TEST_CASE("card text: no claim about today on a wrong clock, nothing off the card", "[speech_text]") {
    Model m = museum();
    m.clock_trusted = false;
    const std::string s = card_speech_text(ui_in("fr"), m);
    CHECK(s.find("Ouvert") == std::string::npos);
    CHECK(s.find("Aujourd’hui") == std::string::npos);
    CHECK(s.rfind("Louvre-Lens. Tarifs.", 0) == 0);

    m.session.screen = Screen::List;
    CHECK(card_speech_text(ui_in("fr"), m).empty());
    Model none;
    none.session.screen = Screen::Detail;
    CHECK(card_speech_text(ui_in("fr"), none).empty());
}
