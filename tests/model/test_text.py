"""Text measurement and wrapping: lines always fit, nothing is lost unless clamped."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from mapstudio.model.text import (
    ELLIPSIS,
    FONT_BOLD,
    FONT_REGULAR,
    TextMetrics,
    font_path,
    register_fonts,
)

METRICS = TextMetrics()
EPS = 1e-6

WORDS = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzéàèçôÉ€’«»-.,!?0123456789WMm")),
    min_size=1,
    max_size=40,
)
TEXTS = st.lists(WORDS, max_size=25).map(" ".join)


def test_fonts_are_found_and_registered() -> None:
    assert font_path(False).is_file()
    assert font_path(True).is_file()
    assert font_path(False) != font_path(True)
    register_fonts()
    names = pdfmetrics.getRegisteredFontNames()
    assert FONT_REGULAR in names and FONT_BOLD in names


def test_width_is_reportlab_width_and_bold_is_wider() -> None:
    text = "l’expérience à 12 € « client »"
    assert METRICS.width(text, 10) == pdfmetrics.stringWidth(text, FONT_REGULAR, 10)
    assert METRICS.width(text, 10, bold=True) > METRICS.width(text, 10)
    assert abs(METRICS.width(text, 20) - 2 * METRICS.width(text, 10)) < EPS
    assert METRICS.line_height(10) > 10


def test_empty_and_blank_text_has_no_lines() -> None:
    assert METRICS.wrap("", 100, 10) == ()
    assert METRICS.wrap("   \n ", 100, 10) == ()


def test_short_text_is_one_line() -> None:
    assert METRICS.wrap("Payer en ligne", 200, 10) == ("Payer en ligne",)


def test_long_word_is_hard_broken() -> None:
    word = "Anticonstitutionnellement’expérience€"
    lines = METRICS.wrap(word, 60, 10, bold=True)
    assert len(lines) > 1
    assert "".join(lines) == word
    assert all(METRICS.width(line, 10, True) <= 60 + EPS for line in lines)


def test_clamped_text_ends_with_ellipsis_and_fits() -> None:
    text = " ".join(["paiement"] * 60)
    lines = METRICS.wrap(text, 80, 9, max_lines=3)
    assert len(lines) == 3
    assert lines[-1].endswith(ELLIPSIS)
    assert all(METRICS.width(line, 9) <= 80 + EPS for line in lines)


def test_text_that_fits_exactly_gets_no_ellipsis() -> None:
    lines = METRICS.wrap("un deux trois", 500, 10, max_lines=1)
    assert lines == ("un deux trois",)


def test_line_breaks_in_text_start_new_lines() -> None:
    assert METRICS.wrap("Nom\nPrénom", 300, 10) == ("Nom", "Prénom")


def test_no_break_spaces_keep_words_together() -> None:
    text = "Prix\u00a0: 12\u00a0€"
    assert METRICS.wrap(text, METRICS.width(text, 10) + 1, 10) == (text,)
    assert METRICS.wrap("a b", METRICS.width("a", 10) + 1, 10) == ("a", "b")


@settings(max_examples=150, deadline=None)
@given(
    text=TEXTS,
    width=st.floats(min_value=30, max_value=300),
    size=st.sampled_from([8.5, 9.0, 10.0, 12.0]),
    bold=st.booleans(),
)
def test_every_line_fits_and_no_word_is_lost(
    text: str, width: float, size: float, bold: bool
) -> None:
    lines = METRICS.wrap(text, width, size, bold)
    assert all(METRICS.width(line, size, bold) <= width + EPS for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=100, deadline=None)
@given(text=TEXTS, width=st.floats(min_value=30, max_value=200), max_lines=st.integers(1, 4))
def test_clamped_lines_fit(text: str, width: float, max_lines: int) -> None:
    lines = METRICS.wrap(text, width, 10, True, max_lines)
    assert len(lines) <= max_lines
    assert all(METRICS.width(line, 10, True) <= width + EPS for line in lines)
    if len(METRICS.wrap(text, width, 10, True)) > max_lines:
        assert lines[-1].endswith(ELLIPSIS)
