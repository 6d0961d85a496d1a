// Visitor text as the export means it, not as it was typed: DATAtourisme descriptions carry
// HTML (<p>, <br>, <b>...), character references (&#39; &eacute;) and, from some producers,
// UTF-8 that was decoded as Latin-1 and encoded again ("Ã©" for "é"). The importer cleans every
// text once, so nothing with markup reaches a screen, and counts each kind of repair for the
// build report.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::publish {

// How many texts needed each repair (a text counts once per kind, however many tags it had).
struct TextRepairs {
    std::size_t html = 0;        // tags removed or turned into line breaks
    std::size_t entities = 0;    // character references decoded
    std::size_t mojibake = 0;    // double-encoded UTF-8 repaired
    TextRepairs& operator+=(const TextRepairs& o) {
        html += o.html;
        entities += o.entities;
        mojibake += o.mojibake;
        return *this;
    }
};

// The text with block tags (<p>, <div>, <li>, headings) as paragraphs ("\n\n"), <br> as "\n",
// every other tag removed, character references decoded, mojibake repaired when every
// suspicious sequence decodes to one character, runs of spaces and tabs made one space, lines
// trimmed, at most one empty line between paragraphs. Plain text comes back unchanged.
std::string clean_text(std::string_view in, TextRepairs& repairs);

// clean_text, which is this with `shortcuts`: a text that certainly holds no mojibake, or whose
// blanks are already tidy, skips that step. Without them every step runs on every text; the
// tests check that both give the same text and counts.
std::string clean_text_steps(std::string_view in, TextRepairs& repairs, bool shortcuts);

}  // namespace kiosk::publish
