"""Text measurement and word-wrap, with the same font metrics as screen and print.

Widths come from the bundled DejaVu Sans TTF through reportlab, the library
the PDF exporter draws with; the canvas loads the same TTF into Qt. So a line
the layout says fits in a box fits there on screen and on paper alike.
Nothing here imports Qt.

Wrapping is the hot path of laying out a big map, so widths are cached per
word and whole wraps are cached per (text, width, size, bold, max_lines).
Screen, PDF and PNG all draw the lines wrapped here, so a line break must
never move by accident: tests/model/test_text_reference.py checks the wrap
against a frozen copy of the algorithm, float rounding included.

A width is the sum of the glyphs' advances, as reportlab computes it. The
advances are read from a small table beside each font (`NAME.widths.json`,
written by `python -m mapstudio.model.text` and checked against reportlab by
tests/model/test_text_tables.py), so laying out a map neither imports
reportlab nor parses the fonts: the editor starts faster and smaller.

The table lists the characters sharing each advance (a few hundred distinct
advances for ~6,000 characters): `{"default": 600.09765625, "by_advance":
{"317.87109375": " ,.", ...}}`. It parses in under a millisecond (a table
keyed by code point took three times as long), and stays grouped in memory:
`CharAdvances` looks a character up there the first time it is measured.
"""

from __future__ import annotations

import json
import sys
from bisect import bisect_right
from collections.abc import Mapping
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}

ELLIPSIS = "…"
LINE_SPACING = 1.25  # line height as a multiple of the font size

# Lines break only at ordinary spaces and tabs (`_words`): no-break spaces
# (French « », « ! ») and narrow no-break spaces keep their neighbours together.
# A line is accepted when it is narrower than the box by this much, so
# rounding in a later re-measure can never push it past the box.
_FIT_SLACK = 1e-6


def font_path(bold: bool = False) -> Path:
    """The bundled DejaVu Sans file (regular or bold).

    Uses `mapstudio.resources.resource_path` (which also knows PyInstaller's
    unpack folder) and falls back on the source tree's `resources/fonts`.
    """
    name = _FONT_FILES[bold]
    try:
        from mapstudio.resources import resource_path
    except ImportError:  # pragma: no cover - resources module missing
        resource_path = None
    if resource_path is not None:
        candidate = Path(resource_path("fonts", name))
        if candidate.is_file():
            return candidate
    # src/mapstudio/model/text.py -> <repo>/resources/fonts
    return Path(__file__).resolve().parents[3] / "resources" / "fonts" / name


def font_name(bold: bool = False) -> str:
    """The reportlab font name the exporter should draw this weight with."""
    return FONT_BOLD if bold else FONT_REGULAR


@cache
def register_fonts() -> None:
    """Register both DejaVu weights with reportlab (once per process)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for bold in (False, True):
        name = font_name(bold)
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(font_path(bold))))


def width_table_path(bold: bool = False) -> Path:
    """Where the glyph advances of a weight are kept, beside its TTF."""
    return font_path(bold).with_suffix(".widths.json")


def reportlab_advances(bold: bool) -> tuple[dict[int, float], float]:
    """Advances (1/1000 em) by code point, and the default, as reportlab reads the TTF."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font_name(bold)).face
    return dict(face.charWidths), face.defaultWidth


def read_width_groups(bold: bool = False) -> tuple[dict[float, str], float]:
    """A weight's characters grouped by advance, and the default, from its table.

    Raises OSError, ValueError, KeyError, TypeError or AttributeError when
    the table is missing or damaged.
    """
    table = json.loads(width_table_path(bold).read_text(encoding="utf-8"))
    groups: Mapping[str, str] = table["by_advance"]
    return {float(key): chars for key, chars in groups.items()}, float(table["default"])


def read_width_table(bold: bool = False) -> tuple[dict[str, float], float]:
    """A weight's advances by character, and the default, from its table.

    Raises what `read_width_groups` raises.
    """
    groups, default = read_width_groups(bold)
    widths = {char: advance for advance, chars in groups.items() for char in chars}
    return widths, default


def group_by_advance(advances: Mapping[int, float]) -> dict[float, str]:
    """Characters (given by code point) sharing each advance, in code point order."""
    groups: dict[float, list[str]] = {}
    for code in sorted(advances):
        groups.setdefault(advances[code], []).append(chr(code))
    return {advance: "".join(chars) for advance, chars in groups.items()}


def width_table_bytes(advances: Mapping[int, float], default: float) -> bytes:
    """The table file for these advances (by code point): characters grouped by advance."""
    groups = group_by_advance(advances)
    table = {
        "default": default,
        "by_advance": {repr(advance): groups[advance] for advance in sorted(groups)},
    }
    return (json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


class CharAdvances(dict[str, float]):
    """Advances by character, each looked up in the grouped table on first use.

    A table holds ~5,700 characters per weight; a map uses a few hundred.
    Expanded into one dict, both weights took 1.3 MB of every open's memory
    (measured), for characters a French or English map never shows. A miss
    finds the character in the groups' concatenation (one C-level `find`)
    and keeps the answer, so a text is still measured by one `map` over it.
    """

    def __init__(self, groups: Mapping[float, str], default: float) -> None:
        super().__init__()
        self.default = default
        self._chars = "".join(groups.values())
        self._ends = list(accumulate(len(chars) for chars in groups.values()))
        self._advances = list(groups)

    def __missing__(self, char: str) -> float:
        at = self._chars.find(char) if len(char) == 1 else -1
        advance = self.default if at < 0 else self._advances[bisect_right(self._ends, at)]
        self[char] = advance
        return advance


# Word widths by (size, bold): plain dicts rather than an lru_cache keyed on
# (text, size, bold), so a paragraph's words are looked up in one C-level
# `map` over its words. Emptied when full, which a session rarely reaches.
_WORD_WIDTHS: dict[tuple[float, bool], dict[str, float]] = {}
_WORD_WIDTHS_MAX = 262_144


@cache
def _char_advances(bold: bool) -> CharAdvances:
    """Advances keyed by character (for `map(advances.__getitem__, text)`)."""
    try:
        return CharAdvances(*read_width_groups(bold))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # no table (or a damaged one): ask the font
    widths, default = reportlab_advances(bold)
    return CharAdvances(group_by_advance(widths), default)


def _measure(text: str, size: float, bold: bool) -> float:
    # reportlab's own formula (`instanceStringWidthTTF`): the same advances,
    # summed in the same order by the same `sum`, so widths are identical.
    return 0.001 * size * sum(map(_char_advances(bold).__getitem__, text))


def _word_widths(size: float, bold: bool) -> dict[str, float]:
    """The cache of word widths for one font size and weight."""
    widths = _WORD_WIDTHS.get((size, bold))
    if widths is None or len(widths) > _WORD_WIDTHS_MAX:
        widths = _WORD_WIDTHS[(size, bold)] = {}
    return widths


def _width(text: str, size: float, bold: bool) -> float:
    widths = _word_widths(size, bold)
    width = widths.get(text)
    if width is None:
        width = widths[text] = _measure(text, size, bold)
    return width


def clear_caches() -> None:
    """Forget every cached width and wrap (tests and benchmarks start cold with it)."""
    _WORD_WIDTHS.clear()
    _wrap.cache_clear()


def _fits(width: float, limit: float) -> bool:
    return width <= limit - _FIT_SLACK


def _split_word(word: str, limit: float, size: float, bold: bool) -> list[str]:
    """Hard-break a word wider than `limit` into pieces that each fit.

    A piece holds at least one character, so a box narrower than a single
    glyph still makes progress (such boxes do not occur in the layout).
    """
    pieces: list[str] = []
    start = 0
    acc = 0.0
    for i, char in enumerate(word):
        w = _measure(char, size, bold)
        if i > start and not _fits(acc + w, limit):
            pieces.append(word[start:i])
            start, acc = i, 0.0
        acc += w
    pieces.append(word[start:])
    return pieces


def _words(paragraph: str) -> list[str]:
    """The paragraph split at runs of spaces and tabs, without empty words."""
    if "\t" in paragraph:
        paragraph = paragraph.replace("\t", " ")
    return list(filter(None, paragraph.split(" ")))


def _wrap_paragraph(
    paragraph: str, limit: float, size: float, bold: bool, room: int | None = None
) -> list[str]:
    """Greedy lines of one paragraph; stops once it holds `room` finished lines.

    Lines never depend on what follows them, so a clamped text need not be
    wrapped past its last kept line and the one that proves it overflows.
    The sums and comparisons are `_fits`'s, term for term (floats round
    differently in another order), inlined because this loop runs per word.
    """
    words = _words(paragraph)
    if not words:
        return []
    cache = _word_widths(size, bold)
    widths = list(map(cache.get, words))
    if None in widths:  # words not met before at this size
        for i, w in enumerate(widths):
            if w is None:
                widths[i] = cache[words[i]] = _measure(words[i], size, bold)
    space = cache.get(" ")
    if space is None:
        space = _width(" ", size, bold)
    fit = limit - _FIT_SLACK
    lines: list[str] = []
    start = -1  # index of the current line's first word (-1: no line begun)
    current_w = 0.0
    for i, w in enumerate(widths):
        if start >= 0:
            if current_w + space + w <= fit:
                current_w += space + w
                continue
            lines.append(" ".join(words[start:i]))
            if room is not None and len(lines) >= room:
                return lines
        if w <= fit:
            start, current_w = i, w
            continue
        *full, last = _split_word(words[i], limit, size, bold)
        lines.extend(full)
        if room is not None and len(lines) >= room:
            return lines
        words[i] = last  # the word's last piece begins the next line
        start, current_w = i, _measure(last, size, bold)
    if start >= 0:
        lines.append(" ".join(words[start:]))
    return lines


def _with_ellipsis(line: str, limit: float, size: float, bold: bool) -> str:
    """`line` shortened as needed so that `line + "…"` fits in `limit`."""
    ellipsis_w = _width(ELLIPSIS, size, bold)
    if not _fits(ellipsis_w, limit):
        return ""
    text = line.rstrip()
    while text and not _fits(_measure(text, size, bold) + ellipsis_w, limit):
        text = text[:-1].rstrip()
    return text + ELLIPSIS


@lru_cache(maxsize=65_536)
def _wrap(
    text: str, limit: float, size: float, bold: bool, max_lines: int | None
) -> tuple[str, ...]:
    limit, size, bold = float(limit), float(size), bool(bold)
    lines: list[str] = []
    for paragraph in text.splitlines():
        room = None  # lines enough to fill the box and show that more follow
        if max_lines is not None and max_lines >= 0:
            room = max_lines + 1 - len(lines)
        lines.extend(_wrap_paragraph(paragraph, limit, size, bold, room))
        if max_lines is not None and len(lines) > max_lines:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        if max_lines > 0:
            lines[-1] = _with_ellipsis(lines[-1], limit, size, bold)
    return tuple(lines)


class TextMetrics:
    """Measures and wraps text in DejaVu Sans, in points.

    Stateless apart from process-wide caches; the layout takes an instance so
    tests (and a future font choice) can substitute their own.
    """

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """The advance width of `text` set in one line."""
        return _width(text, size, bold)

    def line_height(self, size: float) -> float:
        """Baseline-to-baseline distance for a font size."""
        return size * LINE_SPACING

    def wrap(
        self,
        text: str,
        width: float,
        size: float,
        bold: bool = False,
        max_lines: int | None = None,
    ) -> tuple[str, ...]:
        """Lines of `text`, each no wider than `width`.

        Breaks at spaces (and at line breaks in the text); a word longer than
        the width is cut between characters. With `max_lines`, text beyond
        the limit is dropped and the last kept line ends with "…".
        """
        if not text or text.isspace():  # `not text.strip()`, without copying the text
            return ()
        # Unconverted: 10 and 10.0 (True and 1) are one key; `_wrap` converts on a miss.
        return _wrap(text, width, size, bold, max_lines)


def write_width_tables() -> list[Path]:
    """Write each weight's `NAME.widths.json` from its TTF (run after changing a font)."""
    written = []
    for bold in (False, True):
        path = width_table_path(bold)
        path.write_bytes(width_table_bytes(*reportlab_advances(bold)))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_width_tables():
        print(path, file=sys.stderr)
