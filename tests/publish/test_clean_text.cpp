// clean_text(): what the importer does to every visitor text of an export.
#include "publish/clean_text.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using kiosk::publish::clean_text;
using kiosk::publish::TextRepairs;

namespace {
std::string clean(std::string_view s, TextRepairs* r = nullptr) {
    TextRepairs local;
    return clean_text(s, r ? *r : local);
}
}  // namespace

TEST_CASE("plain text is unchanged and counts no repair", "[clean_text]") {
    TextRepairs r;
    const std::string plain = "Beffroi d'Arras, 75 m.\n\nOuvert à 10 h : entrée « libre ».";
    CHECK(clean(plain, &r) == plain);
    CHECK(r.html == 0);
    CHECK(r.entities == 0);
    CHECK(r.mojibake == 0);
    CHECK(clean("a < b et 3 <3 > 2") == "a < b et 3 <3 > 2");  // not tags
}

TEST_CASE("HTML becomes paragraphs and line breaks, other tags vanish", "[clean_text][html]") {
    TextRepairs r;
    CHECK(clean("<p>Le <b>musée</b> ouvre.</p><p>Entrée<br/>libre</p>", &r) == "Le musée ouvre.\n\nEntrée\nlibre");
    CHECK(r.html == 1);
    CHECK(clean("<ul><li>Parking</li><li>Toilettes</li></ul>") == "• Parking\n• Toilettes");
    CHECK(clean("Avant<!-- <p>caché</p> -->après") == "Avantaprès");
    CHECK(clean("<H2>Titre</H2>Texte<BR>suite") == "Titre\n\nTexte\nsuite");
    CHECK(clean("<a href=\"https://x.fr\">Site</a> officiel") == "Site officiel");
}

TEST_CASE("character references are decoded, markup written as references too", "[clean_text][entities]") {
    TextRepairs r;
    CHECK(clean("L&#39;abbaye d&rsquo;&Eacute;caussinnes &amp; co &#x27;x&#x27; 5&nbsp;&euro;", &r) ==
          "L'abbaye d’Écaussinnes & co 'x' 5\u00a0€");
    CHECK(r.entities == 1);
    CHECK(clean("Ligne&lt;br&gt;suivante") == "Ligne\nsuivante");
    // Unknown names, controls and overlong references stay as written.
    CHECK(clean("&unknown; &#0; &#1114112; & fin") == "&unknown; &#0; &#1114112; & fin");
}

TEST_CASE("double-encoded UTF-8 is repaired when the repair is unambiguous", "[clean_text][mojibake]") {
    TextRepairs r;
    CHECK(clean("Ã‰glise Saint-Ã‰loi, cÅ“ur de la citÃ©, lâ€™Ã©tÃ©", &r) == "Église Saint-Éloi, cœur de la cité, l’été");
    CHECK(r.mojibake == 1);
    // A capital É before a no-break space also reads as two UTF-8 bytes, but of an IPA letter:
    // real French typography, left alone.
    TextRepairs none;
    CHECK(clean("CAFÉ\u00a0: ouvert", &none) == "CAFÉ\u00a0: ouvert");
    CHECK(none.mojibake == 0);
    // Bytes that are not UTF-8 are not guessed at.
    CHECK(clean("caf\xe9") == "caf\xe9");
}

TEST_CASE("whitespace is normalized", "[clean_text][whitespace]") {
    CHECK(clean("  Un\t\t deux  \r\n  trois \n\n\n\n quatre  ") == "Un deux\ntrois\n\nquatre");
    CHECK(clean("<p> </p><p>  </p>") == "");
}

TEST_CASE("the shortcuts of clean_text change no text and no count", "[clean_text]") {
    // Texts made of pieces that sit on either side of each shortcut's test: mojibake and its
    // near misses (a lead character before ASCII, at the end, before another accent), accents,
    // references, tags, and every kind of blank at the ends and side by side.
    const std::vector<std::string> pieces = {"a", "mot", "é", "Ã", "©", "Ã©", "Ã¨", "â€™", "Ã‰", "Â", "Ã\xA0", "ô",
                                             "Ã´", "Ã¶", "ëé", " ", "  ", "\n", "\n\n", "\n\n\n", "\t", "\r\n", " \n",
                                             "\n ", "&amp;", "&eacute;", "<p>", "</p>", "<br>", "<li>", "\xC3", "\xC3\xA9",
                                             "\xC3\x82", "\xC3\xB4\xC2\xA0", "\xFF", "\x01", "abcdefg", "abcdefgh "};
    std::uint32_t seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    std::size_t repaired = 0, unchanged = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        // Up to 40 pieces: long enough for the eight-byte steps of the blank check.
        const std::uint32_t len = n % 2 ? next() % 9 : next() % 41;
        for (std::uint32_t k = 0; k < len; ++k) text += pieces[next() % pieces.size()];
        TextRepairs fast, full;
        const std::string a = kiosk::publish::clean_text_steps(text, fast, true);
        const std::string b = kiosk::publish::clean_text_steps(text, full, false);
        INFO("text: " << text);
        REQUIRE(a == b);
        REQUIRE(fast.mojibake == full.mojibake);
        REQUIRE(fast.entities == full.entities);
        REQUIRE(fast.html == full.html);
        repaired += full.mojibake;
        unchanged += a == text;
    }
    // Both sides of both shortcuts were taken.
    CHECK(repaired > 1000);
    CHECK(unchanged > 1000);
    CHECK(unchanged < 19000);

    // Long texts that are mostly tidy already: the blank check's eight-byte steps pass whole
    // words, and a blank next to another at any offset (inside a word or across two) is caught.
    const std::vector<std::string> tidy = {"mot", "é", "ab", "abcdefg", "x", " ", " ", "\n", "\n\n", "\t", "\r"};
    std::size_t long_unchanged = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string text = "a";
        const std::uint32_t len = 10 + next() % 60;
        for (std::uint32_t k = 0; k < len; ++k) {
            const std::string& piece = tidy[next() % (n % 3 ? tidy.size() - 2 : tidy.size())];
            text += piece;
            if (piece.find_first_of(" \n") != std::string::npos && next() % 4) text += "w";  // mostly tidy
        }
        text += "z";
        TextRepairs fast, full;
        const std::string a = kiosk::publish::clean_text_steps(text, fast, true);
        INFO("text: " << text);
        REQUIRE(a == kiosk::publish::clean_text_steps(text, full, false));
        long_unchanged += a == text;
    }
    CHECK(long_unchanged > 2000);
    CHECK(long_unchanged < 18000);
}
