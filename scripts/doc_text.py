"""Plain text from the API model's HTML documentation (shared by the build-time generators)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that end a block of text: replaced by a space so "<p>a</p><p>b</p>" gives "a b",
# while inline tags (<code>, <a>, <i>) vanish so "<code>tcp</code>," keeps its comma.
BLOCK_TAGS = frozenset({"p", "br", "li", "ul", "ol", "dl", "dt", "dd", "div", "note", "important"})

# A sentence ends at . ! or ? followed by the end of a block ("<p>Filters.</p><ul>...") or
# by white space and anything but a lower-case letter ("Use the ID. It is..." ends;
# "version 1.2 of" and "e.g. the" do not).
_SENTENCE_END = re.compile(r"(?<=[.!?])(?: *\n\s*| +(?=[^a-z\s]))")
# Abbreviations the model's prose puts before a capital without ending the sentence.
_NOT_AN_END = ("e.g.", "i.e.", "E.g.", "I.e.", "vs.", "approx.")
ELLIPSIS = "..."


class _PlainText(HTMLParser):
    """Collects the text of an HTML fragment (entities decoded by convert_charrefs)."""

    def __init__(self, block_break: str = " ") -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.block_break = block_break

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self.parts.append(self.block_break)

    def handle_endtag(self, tag: str) -> None:
        self.handle_starttag(tag, [])


def plain_text(html: str) -> str:
    """The documentation HTML as one line of plain text."""
    return re.sub(r"\s+", " ", _text(html, " ")).strip()


def _text(html: str, block_break: str) -> str:
    parser = _PlainText(block_break)
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def first_sentence(html: str, limit: int = 200) -> str:
    """The first sentence of the documentation, at most ``limit`` characters.

    A longer sentence is cut at the last word that fits, followed by "...".
    """
    # Blocks end in "\n" here: a sentence may end where its paragraph does.
    text = _text(html, "\n")
    text = re.sub(r"[^\S\n]+", " ", re.sub(r"\s*\n\s*", "\n", text)).strip()
    for end in _SENTENCE_END.finditer(text):
        head = text[: end.start()]
        if not head.endswith(_NOT_AN_END):
            text = head
            break
    return shortened(text.replace("\n", " "), limit)


def shortened(text: str, limit: int) -> str:
    """``text`` itself when it fits in ``limit`` characters, else its head cut on a word + "..."."""
    if len(text) <= limit:
        return text
    head = text[: limit - len(ELLIPSIS) + 1]  # one extra: a word may end right at the cut
    cut = head.rfind(" ")
    head = head[:cut] if cut > 0 else head[:-1]
    return head.rstrip(" ,;:") + ELLIPSIS
