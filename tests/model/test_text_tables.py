"""The glyph width tables beside the fonts: what `python -m mapstudio.model.text`
writes, read back into exactly the advances reportlab measures with.

The layout reads the tables at start-up instead of parsing the fonts with
reportlab; a table that is stale, damaged or missing must never change a
width (the canvas, the PDF and the PNG all draw the lines wrapped with them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mapstudio.model import text
from mapstudio.model.text import (
    TextMetrics,
    read_width_table,
    reportlab_advances,
    width_table_bytes,
    width_table_path,
)

WEIGHTS = (False, True)


@pytest.fixture
def fresh_advances() -> Iterator[None]:
    """Widths measured from scratch in the test, and again after it (the
    process-wide caches hold the real tables for every other test)."""
    text._char_advances.cache_clear()
    text.clear_caches()
    yield
    text._char_advances.cache_clear()
    text.clear_caches()


@pytest.mark.parametrize("bold", WEIGHTS)
def test_the_tables_are_what_the_generator_writes_today(bold: bool) -> None:
    """Byte for byte: run `python -m mapstudio.model.text` after changing a font."""
    assert width_table_path(bold).read_bytes() == width_table_bytes(*reportlab_advances(bold))


@pytest.mark.parametrize("bold", WEIGHTS)
def test_a_table_reads_back_into_reportlabs_advances(bold: bool) -> None:
    widths, default = read_width_table(bold)
    advances, reportlab_default = reportlab_advances(bold)
    assert widths == {chr(code): advance for code, advance in advances.items()}
    assert all(type(advance) is float for advance in widths.values())
    assert default == reportlab_default


def test_the_table_groups_characters_by_advance(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Awkward characters (quotes, backslash, controls, combining marks, emoji)
    and awkward advances (0, integers, long fractions) survive the round trip."""
    advances = {
        0: 0.0,
        ord('"'): 459.9609375,
        ord("\\"): 336.9140625,
        ord("a"): 612.79296875,
        0x0301: 0.0,
        0x00E9: 612.79296875,
        0x1F600: 1000,
        0x2028: 1 / 3,
    }
    data = width_table_bytes(advances, 600.09765625)
    groups = json.loads(data)["by_advance"]
    assert groups["0.0"] == "\x00\u0301" and groups["612.79296875"] == "a\u00e9"
    path = tmp_path / "font.widths.json"
    path.write_bytes(data)
    monkeypatch.setattr(text, "width_table_path", lambda bold=False: path)
    widths, default = read_width_table()
    assert widths == {chr(code): float(advance) for code, advance in advances.items()}
    assert default == 600.09765625


@pytest.mark.parametrize("content", [None, b"", b"{not json", b'{"default": 600}', b"[1, 2]"])
def test_a_missing_or_damaged_table_falls_back_on_the_font(
    content: bytes | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fresh_advances: None,
) -> None:
    sample = "L’expérience « client » à 12 € — ça coûte…"
    expected = {bold: TextMetrics().width(sample, 10.0, bold) for bold in WEIGHTS}
    text._char_advances.cache_clear()
    text.clear_caches()
    table = tmp_path / "DejaVuSans.widths.json"
    if content is not None:
        table.write_bytes(content)
    monkeypatch.setattr(text, "width_table_path", lambda bold=False: table)
    for bold in WEIGHTS:
        with pytest.raises((OSError, ValueError, KeyError, TypeError, AttributeError)):
            read_width_table(bold)
        assert TextMetrics().width(sample, 10.0, bold) == expected[bold]


@pytest.mark.parametrize("bold", WEIGHTS)
def test_grouped_advances_answer_every_character_as_the_expanded_table(bold: bool) -> None:
    """`CharAdvances` keeps the table grouped and looks a character up on first
    use: the answer is the table's for each of its characters, the default
    for any other, and it holds only the characters asked for."""
    widths, default = read_width_table(bold)
    lazy = text.CharAdvances(*text.read_width_groups(bold))
    assert len(lazy) == 0
    sample = "L’expérience « client » — ça coûte 12 €…"
    assert [lazy[c] for c in sample] == [widths[c] for c in sample]
    assert set(lazy) == set(sample)
    assert [lazy[c] for c in widths] == list(widths.values())
    strangers = [c for c in "\ue000\U000e0001\U0010fffd\U0001fad8" if c not in widths]
    assert strangers  # private use, a tag, a last plane's character: not in DejaVu
    assert [lazy[c] for c in strangers] == [default] * len(strangers)
