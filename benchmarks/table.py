"""The benchmark table: one row per figure, printed as text or as Markdown.

A row shows what MapStudio took, what the baseline took, the figure (a
ratio, except the one absolute goal, milliseconds per drag move), the goal
and whether it was met. A row that could not be measured says why. A floor
row compares two bare programs (one with a library MapStudio cannot do
without): it shows how low the figure of the goal it names could go at best,
and is never a miss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    mapstudio: str  # MapStudio's measurement, with its unit
    baseline: str  # the baseline's, with its unit
    figure: float | None  # None: not measured (see `error`)
    goal: float
    error: str = ""
    floor: bool = False  # a bare library's own cost, shown beside the goal it bounds

    @property
    def passed(self) -> bool | None:
        if self.figure is None:
            return None
        return self.floor or self.figure <= self.goal

    @property
    def verdict(self) -> str:
        if self.passed is None:
            return "error"
        if self.floor:
            return "floor"
        return "ok" if self.passed else "MISS"

    def figure_text(self) -> str:
        return "—" if self.figure is None else f"{self.figure:.2f}"

    def goal_text(self) -> str:
        return f"≤ {self.goal:g}"


def failed_row(name: str, goal: float, error: str) -> Row:
    return Row(name, "—", "—", None, goal, error)


HEADERS = ("benchmark", "MapStudio", "baseline", "figure", "goal", "result")


def _cells(row: Row) -> tuple[str, ...]:
    return (row.name, row.mapstudio, row.baseline, row.figure_text(), row.goal_text(), row.verdict)


def text_table(rows: Sequence[Row]) -> str:
    """Aligned columns for a terminal; errors listed under the table."""
    cells = [HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(HEADERS))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines += [f"error in {names}: {error}" for error, names in errors(rows)]
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: Sequence[Row]) -> str:
    """A GitHub Markdown table, ready to paste into docs/performance.md."""
    lines = [
        "| " + " | ".join(h.capitalize() if h[0].islower() else h for h in HEADERS) + " |",
        "|" + "|".join(("---", "---:", "---:", "---:", "---:", "---")) + "|",
    ]
    for row in rows:
        cells = list(_cells(row))
        cells[5] = {"ok": "ok", "MISS": "**miss**", "error": "error", "floor": "floor"}[row.verdict]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines += [f"\nError in {names}: {error}" for error, names in errors(rows)]
    return "\n".join(lines)


def errors(rows: Sequence[Row]) -> list[tuple[str, str]]:
    """Each distinct error once, with the names of the rows it cost."""
    names: dict[str, list[str]] = {}
    for row in rows:
        if row.error:
            names.setdefault(row.error, []).append(row.name)
    return [(error, ", ".join(rows_hit)) for error, rows_hit in names.items()]
