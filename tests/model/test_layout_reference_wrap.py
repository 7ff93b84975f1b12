"""A whole map lays out exactly as it does with the word-wrap it replaced.

The fast wrap is compared line by line in tests/model/test_text_reference.py;
here the comparison is the layout every view draws (boxes, rows, flows, the
emotion curve), on a benchmark map with its realistic French and English
texts, so a changed line break anywhere would move something.
"""

from __future__ import annotations

from benchmarks.generate import MAP_ID, generate_project

from mapstudio.model import text
from mapstudio.model.layout import layout_map
from mapstudio.model.text import TextMetrics
from tests.model import text_reference as reference


class ReferenceMetrics(TextMetrics):
    """DejaVu metrics measured and wrapped by the reference algorithm."""

    def width(self, value: str, size: float, bold: bool = False) -> float:
        return reference.width(value, float(size), bool(bold))

    def wrap(
        self,
        value: str,
        width: float,
        size: float,
        bold: bool = False,
        max_lines: int | None = None,
    ) -> tuple[str, ...]:
        return reference.wrap(value, width, size, bold, max_lines)


def test_a_benchmark_map_lays_out_as_with_the_reference_wrap() -> None:
    project = generate_project(600, photos=False)
    text.clear_caches()
    fast = layout_map(project, MAP_ID)
    expected = layout_map(project, MAP_ID, ReferenceMetrics())
    assert len(fast.cards) == 600 - sum(
        1 for card in project.cards(MAP_ID) if card.phase_id is None
    )
    assert fast == expected
    assert layout_map(project, MAP_ID) == expected  # and again, from warm caches
