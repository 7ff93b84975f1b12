"""PDF text objects written straight, in the very bytes reportlab would write.

A map's cards hold ~4 lines of text each: 43,000 lines on a 10,000-card map.
reportlab's `PDFTextObject.textLine` encodes every line through the font's
`TTFont.splitString`, a Python loop per character that looks each one up in
the document's font subsets. Here a character's code, once reportlab has
handed it out, is remembered, and a line of known characters is encoded by C
codec and string methods; a line with a character never drawn before goes
through `splitString` itself, so codes are handed out by reportlab, in the
same order, and the file is byte for byte what `PDFTextObject` writes
(`tests/export/test_pdf_text.py` compares the two).

Subsets: a TrueType font is embedded as subsets of 256 codes (`/F1+0`,
`/F1+1`…), given out in the order characters are first drawn. A character's
code `n` puts it in subset `n >> 8` as byte `n & 0xFF`. The first subset
holds ASCII and the first ~160 other characters, so nearly every line of a
map is in it and is encoded by one `codecs.charmap_encode` call; a line with
characters from later subsets switches font where `splitString` would.
"""

from __future__ import annotations

import codecs
import re
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export.colours import RGB
from mapstudio.export.pdf_fonts import font_name
from mapstudio.model.geometry import TextBlock

NBSP = 0xA0  # splitString draws a no-break space as the font's space
UNMAPPED = "\ufffe"  # a charmap table's "no character for this byte"
# Codes are kept as one character each; past U+D7FF they would be surrogates,
# which cannot be encoded. DejaVu Sans has ~6,000 glyphs (~24 subsets): such a
# character would only ever take reportlab's own path.
LAST_CODE = 0xD7FF

Runs = list[tuple[int, bytes]]


@dataclass
class SubsetEncoder:
    """One TrueType font's subset codes in one document, remembered per character."""

    font: TTFont
    doc: Any  # reportlab's PDFDocument: a font's subsets are per document
    codes: dict[int, str] = field(default_factory=dict)  # code point -> chr(n)
    known: set[str] = field(default_factory=set)
    first_subset: Any = None  # codecs EncodingMap: character -> byte, subset 0
    names: dict[int, str] = field(default_factory=dict)  # subset -> "/F1+0"

    def __post_init__(self) -> None:
        self._build_first_subset()

    def encode_first(self, line: str) -> bytes | None:
        """`line`'s bytes if all its characters are known and in subset 0, else None."""
        try:
            return codecs.charmap_encode(line, "strict", self.first_subset)[0]
        except UnicodeEncodeError:
            return None

    def split(self, line: str) -> Runs:
        """(subset, bytes) runs of `line`, as `TTFont.splitString` returns them."""
        if not line:
            return []
        data = self.encode_first(line)
        if data is not None:
            return [(0, data)]
        if not self.known.issuperset(line):
            return self._learn(line)
        coded = line.translate(self.codes)
        # Runs of one subset; each code's low byte is the odd byte of UTF-16.
        return [
            (ord(run[0]) >> 8, run.encode("utf-16-be")[1::2])
            for run in _subset_runs(ord(max(coded)) >> 8).findall(coded)
        ]

    def _learn(self, line: str) -> Runs:
        """Let reportlab encode a line with new characters, then remember their codes."""
        runs: Runs = self.font.splitString(line, self.doc)
        assignments = self._assignments()
        for char in set(line):
            code = ord(char)
            # As splitString: its code, else 0 (.notdef) for a glyph the font lacks.
            n = assignments.get(32 if code == NBSP else code, 0)
            if n <= LAST_CODE:
                self.codes[code] = chr(n)
                self.known.add(char)
        self._build_first_subset()
        return runs

    def _assignments(self) -> dict[int, int]:
        """reportlab's code point -> code table of this font in this document.

        `_assignState` is reportlab's hook for code that handles a font's
        per-document state itself; it makes the state as splitString would.
        """
        assignments: dict[int, int] = self.font._assignState(self.doc).assignments
        return assignments

    def _build_first_subset(self) -> None:
        """The charmap of subset 0 from reportlab's assignments (byte 0 is U+0000)."""
        table = [UNMAPPED] * 256
        table[0] = "\x00"
        for code, n in self._assignments().items():
            if 0 < n < 256:
                table[n] = chr(code)
        self.first_subset = codecs.charmap_build("".join(table))

    def subset_name(self, subset: int) -> str:
        """The PDF font resource of a subset; reportlab registers the font on first ask."""
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name


@cache
def _subset_runs(last_subset: int) -> re.Pattern[str]:
    """A pattern matching maximal runs of codes of one subset (0…last)."""
    return re.compile(
        "|".join(f"[\\u{s << 8:04x}-\\u{(s << 8) | 0xFF:04x}]+" for s in range(last_subset + 1))
    )


@dataclass(frozen=True)
class TextStyle:
    """What a block's font, size and line height come to in one document."""

    encoder: SubsetEncoder
    setting: str  # "size Tf leading TL", after a subset's font name
    baseline: float  # the first baseline below the block's top


@dataclass
class TextWriter:
    """Writes text objects for one canvas (one document) in reportlab's exact syntax."""

    canvas: Canvas
    opening: str  # "BT" and the text matrix a fresh PDFTextObject starts with
    encoders: dict[str, SubsetEncoder] = field(default_factory=dict)
    styles: dict[tuple[bool, float, float], TextStyle] = field(default_factory=dict)
    colours: dict[RGB, str] = field(default_factory=dict)

    def encoder(self, name: str) -> SubsetEncoder:
        encoder = self.encoders.get(name)
        if encoder is None:
            font = pdfmetrics.getFont(name)
            if not isinstance(font, TTFont):
                raise TypeError(f"{name} is not an embedded TrueType font")
            encoder = self.encoders[name] = SubsetEncoder(font, self.canvas._doc)
        return encoder

    def text_object(self, blocks: Iterable[tuple[TextBlock, RGB]]) -> str:
        """One `BT … ET` object drawing each block in its colour, lines one leading apart.

        Written as `PDFTextObject` writes, per block, `setFont(font, size,
        line height)`, `setFillColorRGB(colour)`, `setTextTransform(1, 0, 0,
        -1, x, first baseline)` (the page is flipped: this sets the text
        upright) and `textLine(line)` for each line.
        """
        code = [self.opening]
        append = code.append
        charmap_encode = codecs.charmap_encode
        for block, colour in blocks:
            key = (block.bold, block.font_size, block.line_height)
            style = self.styles.get(key) or self._style(*key)
            encoder = style.encoder
            append(self.colours.get(colour) or self._colour(colour))
            append(f"{fp_str(1, 0, 0, -1, block.rect.x, block.rect.y + style.baseline)} Tm")
            current = -1  # setFont forgets the subset: the first run names its font
            for line in block.lines:
                if line:  # the common case, in C: a line of known subset-0 characters
                    try:
                        data = charmap_encode(line, "strict", encoder.first_subset)[0]
                    except UnicodeEncodeError:
                        pass
                    else:
                        if current:
                            append(f"{encoder.subset_name(0)} {style.setting}")
                            current = 0
                        append(f"({escapePDF(data)}) Tj T*")
                        continue
                parts = []
                for subset, run in encoder.split(line):
                    if subset != current:
                        parts.append(f"{encoder.subset_name(subset)} {style.setting}")
                        current = subset
                    parts.append(f"({escapePDF(run)}) Tj")
                append(" ".join(parts) + " T*")
        append("ET")
        return " ".join(code)

    def _style(self, bold: bool, size: float, leading: float) -> TextStyle:
        ascent, descent = pdfmetrics.getAscentDescent(font_name(bold), size)
        style = TextStyle(
            self.encoder(font_name(bold)),
            f"{fp_str(size)} Tf {fp_str(leading)} TL",
            # The font's height centred in the line's slot, like the canvas.
            (leading - (ascent - descent)) / 2 + ascent,
        )
        self.styles[(bold, size, leading)] = style
        return style

    def _colour(self, colour: RGB) -> str:
        operator = self.colours[colour] = f"{fp_str(colour)} rg"
        return operator


_WRITERS: weakref.WeakKeyDictionary[Canvas, TextWriter] = weakref.WeakKeyDictionary()


def text_writer(canvas: Canvas) -> TextWriter:
    """The canvas's text writer, made on first use (it lives as long as the canvas)."""
    writer = _WRITERS.get(canvas)
    if writer is None:
        if not canvas.bottomup:
            raise ValueError("text objects are written for a bottom-up canvas")
        # The opening a fresh text object writes, taken from reportlab itself.
        opening = " ".join(canvas.beginText()._code)
        writer = _WRITERS[canvas] = TextWriter(canvas, opening)
    return writer
