"""The fast word-wrap breaks every line where the algorithm it replaced did.

`tests/model/text_reference.py` keeps the wrap as it was (one word and one
width at a time). Screen, PDF and PNG draw these lines, so the comparison is
exact: same lines, same ellipses, same widths to the last bit, on generated
texts made to be awkward (long words, accents, glyphs missing from the font,
runs of spaces and tabs, line breaks, no-break spaces) and on widths placed
exactly on a line's breaking point, where float rounding decides.
"""

from __future__ import annotations

import math
import random

import pytest
from benchmarks.texts import card_text
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mapstudio.model import layout as rules
from mapstudio.model import text
from mapstudio.model.kinds import CardKind
from mapstudio.model.text import TextMetrics
from tests.model import text_reference as reference

METRICS = TextMetrics()

# Letters of both languages, wide and narrow glyphs, punctuation, no-break and
# narrow no-break spaces, glyphs DejaVu lacks (default width) and a soft hyphen.
LETTERS = [
    *"aeiouyzWMmil1éèàçôûÉÀ€’«»-.,;:!?()0123456789",
    "\u00a0",
    "\u202f",
    "\u00ad",
    "漢",
    "😀",
]
WORD = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=45)
GAP = st.sampled_from([" ", " ", " ", " ", "  ", "\t", " \t ", "\n", "\r\n", "\n\n", "\u2028"])
TEXT = st.builds(
    lambda words, gaps, lead, tail: (
        lead + "".join(w + g for w, g in zip(words, gaps, strict=False)) + tail
    ),
    st.lists(WORD, max_size=30),
    st.lists(GAP, min_size=30, max_size=30),
    st.sampled_from(["", " ", "\t", "\n"]),
    st.sampled_from(["", " ", "\n", " \t"]),
)
SIZE = st.sampled_from([8.5, 9.0, 10.0, 11.0, 13.0, 18.0]) | st.floats(4, 30)
MAX_LINES = st.none() | st.integers(0, 6)


@settings(max_examples=600, deadline=None)
@given(
    value=TEXT,
    width=st.floats(min_value=1, max_value=400),
    size=SIZE,
    bold=st.booleans(),
    max_lines=MAX_LINES,
)
@example(value="Anticonstitutionnellement " * 3, width=40.0, size=10.0, bold=True, max_lines=2)
@example(value="a\tb  c\n\nd", width=12.0, size=10.0, bold=False, max_lines=None)
@example(value="Prix\u00a0: 12\u00a0€ " * 9, width=60.0, size=9.0, bold=False, max_lines=0)
def test_generated_texts_wrap_as_before(
    value: str, width: float, size: float, bold: bool, max_lines: int | None
) -> None:
    expected = reference.wrap(value, width, size, bold, max_lines)
    assert METRICS.wrap(value, width, size, bold, max_lines) == expected
    assert METRICS.width(value, size, bold) == reference.width(value, size, bold)


def breaking_points(value: str, size: float, bold: bool) -> list[float]:
    """Widths at which the first line of `value` would just take one more word.

    Each is the float the old loop compares with the width (the line so far,
    plus a space, plus the next word, summed in its order) plus the slack,
    so a wrap at that width, or one float either side, is decided by the last bit.
    """
    words = [w for w in value.replace("\t", " ").split(" ") if w]
    space = reference.width(" ", size, bold)
    points = []
    current = reference.width(words[0], size, bold)
    for word in words[1:]:
        w = reference.width(word, size, bold)
        points.append(current + space + w + 1e-6)
        current += space + w
    return points


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(WORD, min_size=2, max_size=12),
    size=SIZE,
    bold=st.booleans(),
    max_lines=MAX_LINES,
    nudge=st.sampled_from([-1, 0, 1]),
)
def test_widths_on_a_breaking_point_wrap_as_before(
    words: list[str], size: float, bold: bool, max_lines: int | None, nudge: int
) -> None:
    value = " ".join(words)
    for point in breaking_points(value, size, bold):
        width = point if nudge == 0 else math.nextafter(point, nudge * math.inf)
        assert METRICS.wrap(value, width, size, bold, max_lines) == reference.wrap(
            value, width, size, bold, max_lines
        )


def card_texts(count: int) -> list[str]:
    """Titles and descriptions as the benchmark's maps have them (French and English)."""
    rng = random.Random(20261123)
    kinds = list(CardKind)
    texts = []
    for _ in range(count):
        card = card_text(rng, rng.choice(kinds))
        texts += [card.title, card.description]
    return texts


# (width, size, bold, max_lines) of every text the layout wraps on a card or header.
LAYOUT_BOXES = [
    (rules.CARD_TEXT_WIDTH, rules.CARD_TITLE_SIZE, True, rules.CARD_TITLE_MAX_LINES),
    (rules.CARD_TEXT_WIDTH, rules.CARD_DESCRIPTION_SIZE, False, rules.CARD_DESCRIPTION_MAX_LINES),
    (rules.COLUMN_WIDTH - 2 * rules.HEADER_CELL_PADDING, rules.PHASE_NAME_SIZE, True, 3),
    (100.0, rules.DETAILS_SIZE, False, None),
    (61.5, rules.CARD_TITLE_SIZE, True, 2),
]


@pytest.mark.parametrize("cold", [True, False])
def test_the_benchmark_maps_texts_wrap_as_before(cold: bool) -> None:
    texts = card_texts(1500)
    assert len(set(texts)) > 1000  # mostly distinct, as on a real map
    if cold:
        text.clear_caches()
    for value in texts:
        for width, size, bold, max_lines in LAYOUT_BOXES:
            expected = reference.wrap(value, width, size, bold, max_lines)
            assert METRICS.wrap(value, width, size, bold, max_lines) == expected


def test_a_full_word_width_cache_starts_again_and_wraps_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text, "_WORD_WIDTHS_MAX", 20)
    text.clear_caches()
    texts = card_texts(200)
    longest = max(len(value.split()) for value in texts)
    for value in texts:
        expected = reference.wrap(value, 154.0, 8.5, False, 4)
        assert METRICS.wrap(value, 154.0, 8.5, False, 4) == expected
        # Emptied when full, so it holds at most the limit plus one paragraph's words.
        assert len(text._WORD_WIDTHS[(8.5, False)]) <= 20 + 1 + longest
    text.clear_caches()
