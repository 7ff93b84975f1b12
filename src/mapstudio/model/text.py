"""Text measurement and word-wrap, with the same font metrics as screen and print.

Widths come from the bundled DejaVu Sans TTF through reportlab, the library
the PDF exporter draws with; the canvas loads the same TTF into Qt. So a line
the layout says fits in a box fits there on screen and on paper alike.
Nothing here imports Qt.

Wrapping is the hot path of laying out a big map, so widths are cached per
word and whole wraps are cached per (text, width, size, bold, max_lines).

A width is the sum of the glyphs' advances, as reportlab computes it. The
advances are read from a small table beside each font (`NAME.widths.json`,
written by `python -m mapstudio.model.text` and checked against reportlab by
tests/model/test_layout_scaling.py), so laying out a map neither imports
reportlab nor parses the fonts: the editor starts faster and smaller.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache, lru_cache
from pathlib import Path

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}

ELLIPSIS = "…"
LINE_SPACING = 1.25  # line height as a multiple of the font size

# Break only at ordinary spaces and tabs: no-break spaces (French « », « ! »)
# and narrow no-break spaces keep their neighbours together.
_BREAKS = re.compile(r"[ \t]+")
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


@cache
def _advances(bold: bool) -> tuple[dict[int, float], float]:
    try:
        table = json.loads(width_table_path(bold).read_text(encoding="utf-8"))
        widths = {int(code): float(advance) for code, advance in table["advances"].items()}
        return widths, float(table["default"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return reportlab_advances(bold)  # no table (or a damaged one): ask the font


@lru_cache(maxsize=262_144)
def _width(text: str, size: float, bold: bool) -> float:
    # reportlab's own formula (`instanceStringWidthTTF`), so widths are identical.
    widths, default = _advances(bold)
    advance = widths.get
    return 0.001 * size * sum(advance(ord(char), default) for char in text)


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
        w = _width(char, size, bold)
        if i > start and not _fits(acc + w, limit):
            pieces.append(word[start:i])
            start, acc = i, 0.0
        acc += w
    pieces.append(word[start:])
    return pieces


def _wrap_paragraph(paragraph: str, limit: float, size: float, bold: bool) -> list[str]:
    space = _width(" ", size, bold)
    lines: list[str] = []
    current: list[str] = []
    current_w = 0.0
    for word in _BREAKS.split(paragraph.strip(" \t")):
        if not word:
            continue
        w = _width(word, size, bold)
        if current and _fits(current_w + space + w, limit):
            current.append(word)
            current_w += space + w
            continue
        if current:
            lines.append(" ".join(current))
            current, current_w = [], 0.0
        if _fits(w, limit):
            current, current_w = [word], w
            continue
        *full, last = _split_word(word, limit, size, bold)
        lines.extend(full)
        current, current_w = [last], _width(last, size, bold)
    if current:
        lines.append(" ".join(current))
    return lines


def _with_ellipsis(line: str, limit: float, size: float, bold: bool) -> str:
    """`line` shortened as needed so that `line + "…"` fits in `limit`."""
    ellipsis_w = _width(ELLIPSIS, size, bold)
    if not _fits(ellipsis_w, limit):
        return ""
    text = line.rstrip()
    while text and not _fits(_width(text, size, bold) + ellipsis_w, limit):
        text = text[:-1].rstrip()
    return text + ELLIPSIS


@lru_cache(maxsize=65_536)
def _wrap(
    text: str, limit: float, size: float, bold: bool, max_lines: int | None
) -> tuple[str, ...]:
    lines: list[str] = []
    for paragraph in text.splitlines():
        lines.extend(_wrap_paragraph(paragraph, limit, size, bold))
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
        if not text or not text.strip():
            return ()
        return _wrap(text, float(width), float(size), bool(bold), max_lines)


def write_width_tables() -> list[Path]:
    """Write each weight's `NAME.widths.json` from its TTF (run after changing a font)."""
    written = []
    for bold in (False, True):
        widths, default = reportlab_advances(bold)
        table = {"default": default, "advances": {str(c): widths[c] for c in sorted(widths)}}
        path = width_table_path(bold)
        path.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_width_tables():
        print(path, file=sys.stderr)
