"""The word-wrap as it was before it was made fast: the reference it must match.

A frozen copy of `mapstudio.model.text`'s measuring and wrapping at the time
its line breaks were last chosen (one word and one width at a time, a regular
expression for the breaks, an lru_cache per width). The canvas, the PDF and
the PNG all draw the lines the layout wraps, so any line break the fast
version places differently is a visible change; tests/model/test_text_reference.py
compares the two. Do not "improve" this file: change the algorithm on purpose,
then copy it here again.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from mapstudio.model.text import ELLIPSIS, read_width_table

_BREAKS = re.compile(r"[ \t]+")
_FIT_SLACK = 1e-6


@cache
def _advances(bold: bool) -> tuple[dict[int, float], float]:
    widths, default = read_width_table(bold)
    return {ord(char): advance for char, advance in widths.items()}, default


@lru_cache(maxsize=262_144)
def width(text: str, size: float, bold: bool) -> float:
    widths, default = _advances(bold)
    advance = widths.get
    return 0.001 * size * sum(advance(ord(char), default) for char in text)


def _fits(w: float, limit: float) -> bool:
    return w <= limit - _FIT_SLACK


def _split_word(word: str, limit: float, size: float, bold: bool) -> list[str]:
    pieces: list[str] = []
    start = 0
    acc = 0.0
    for i, char in enumerate(word):
        w = width(char, size, bold)
        if i > start and not _fits(acc + w, limit):
            pieces.append(word[start:i])
            start, acc = i, 0.0
        acc += w
    pieces.append(word[start:])
    return pieces


def _wrap_paragraph(paragraph: str, limit: float, size: float, bold: bool) -> list[str]:
    space = width(" ", size, bold)
    lines: list[str] = []
    current: list[str] = []
    current_w = 0.0
    for word in _BREAKS.split(paragraph.strip(" \t")):
        if not word:
            continue
        w = width(word, size, bold)
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
        current, current_w = [last], width(last, size, bold)
    if current:
        lines.append(" ".join(current))
    return lines


def _with_ellipsis(line: str, limit: float, size: float, bold: bool) -> str:
    ellipsis_w = width(ELLIPSIS, size, bold)
    if not _fits(ellipsis_w, limit):
        return ""
    text = line.rstrip()
    while text and not _fits(width(text, size, bold) + ellipsis_w, limit):
        text = text[:-1].rstrip()
    return text + ELLIPSIS


def wrap(
    text: str, limit: float, size: float, bold: bool = False, max_lines: int | None = None
) -> tuple[str, ...]:
    """`TextMetrics.wrap` as it was."""
    if not text or not text.strip():
        return ()
    limit, size, bold = float(limit), float(size), bool(bold)
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
