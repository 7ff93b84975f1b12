"""`python -m benchmarks.run --quick`: the whole suite at tiny sizes, end to end.

The figures of a quick run mean nothing (one run, tiny maps, measurements
side by side); what matters is that every measurement runs and every row is
printed with a figure and its goal, in both table forms.
"""

from __future__ import annotations

import pytest

from benchmarks import run

FLOOR_ROWS = [
    "startup floor: bare + networkx",
    f"memory floor: bare {run.QUICK_SIZES[0]} cards + networkx",
]
EXPECTED_ROWS = [
    "startup",
    *FLOOR_ROWS,
    *(f"open {n} cards" for n in run.QUICK_SIZES),
    f"open growth {run.QUICK_SIZES[-1]} vs {run.QUICK_SIZES[-2]}",
    "open growth, start-up off",
    "drag on the big map",
    "drag: ms per move",
    "edit: items repainted",
    "edit: time",
    "export PDF",
    "export PNG",
    "save",
    "load",
    "file size",
    *(f"memory: open {n} cards" for n in run.QUICK_SIZES),
]


def test_quick_run_prints_every_row_with_its_figure_and_goal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = run.main(["--quick", "--markdown"])
    out = capsys.readouterr().out
    rows = {line.split(" | ")[0].removeprefix("| "): line for line in out.splitlines()}
    assert status == 0, out
    for name in EXPECTED_ROWS:
        assert name in rows, f"no row for {name}:\n{out}"
        cells = [c.strip() for c in rows[name].strip("|").split("|")]
        assert cells[3] != "—" and float(cells[3]) >= 0, rows[name]
        verdicts = ("floor",) if name in FLOOR_ROWS else ("ok", "**miss**")
        assert cells[4].startswith("≤ ") and cells[5] in verdicts, rows[name]
    assert "Error" not in out
    assert "AMD" in out or "cores" in out  # the machine is named under the table
