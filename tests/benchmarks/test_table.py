"""The benchmark table: verdicts against goals, text and Markdown forms."""

from __future__ import annotations

from benchmarks.table import Row, failed_row, markdown_table, text_table


def rows() -> list[Row]:
    return [
        Row("startup", "1.20 s", "0.40 s", 3.0, 1.5),
        Row("open 500 cards", "0.90 s", "0.60 s", 1.5, 2.0),
        failed_row("drag on the big map", 1.5, "the probe printed no figures"),
        failed_row("drag: ms per move", 8.0, "the probe printed no figures"),
    ]


def test_a_figure_above_its_goal_is_a_miss_and_a_missing_one_an_error() -> None:
    startup, open_row, drag, _ = rows()
    assert (startup.passed, startup.verdict) == (False, "MISS")
    assert (open_row.passed, open_row.verdict) == (True, "ok")
    assert (drag.passed, drag.verdict) == (None, "error")


def test_a_floor_row_is_never_a_miss_whatever_its_figure() -> None:
    floor = Row("startup floor: bare + networkx", "0.29 s", "0.16 s", 1.8, 1.5, floor=True)
    assert (floor.passed, floor.verdict) == (True, "floor")
    assert "| 1.80 | ≤ 1.5 | floor |" in markdown_table([floor])


def test_text_table_has_a_line_per_row_and_each_error_once() -> None:
    text = text_table(rows())
    lines = text.splitlines()
    assert lines[0].split()[:3] == ["benchmark", "MapStudio", "baseline"]
    assert any(line.startswith("startup") and "3.00" in line and "MISS" in line for line in lines)
    assert text.count("the probe printed no figures") == 1
    assert "drag on the big map, drag: ms per move" in text


def test_markdown_table_is_ready_to_paste() -> None:
    text = markdown_table(rows())
    table = [line for line in text.splitlines() if line.startswith("|")]
    assert len(table) == 2 + len(rows())
    assert all(line.count("|") == table[0].count("|") for line in table)
    assert "| startup | 1.20 s | 0.40 s | 3.00 | ≤ 1.5 | **miss** |" in table
    assert "| open 500 cards | 0.90 s | 0.60 s | 1.50 | ≤ 2 | ok |" in table
