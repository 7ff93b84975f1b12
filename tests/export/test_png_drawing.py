"""PNG and SVG paint the map straight from its layout (`export/qt_map.py`).

No `MapScene` and no item per card, flow or face: the canvas's own paint
functions, called once per record, in the scene's stacking order. The image
must be the very pixels the scene renders, and the work must stay one paint
call per card with the cycle collector paused.
"""

from __future__ import annotations

from collections import Counter

import pytest
from benchmarks.generate import generate_project
from PySide6.QtGui import QImage

from mapstudio.export import ExportOptions
from mapstudio.export import images as images_module
from mapstudio.export.qt_sheets import build_scene
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject

from .conftest import example_project
from .drawing_census import count_cards_painted, count_items_made


@pytest.fixture(scope="module")
def generated() -> JourneyProject:
    """A synthetic map with everything: photo, flows, curve, badges on cards and phases."""
    project = generate_project(120)
    layout = layout_map(project, project.maps()[0].id)
    assert any(column.badges for column in layout.phases)
    assert any(box.badges for box in layout.cards.values())
    assert layout.flows and layout.emotion_points and layout.header.photo is not None
    return project


def _png_bytes(image: QImage) -> bytes:
    """The decoded pixels, row by row (what the PNG file holds)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(image.constBits())[: image.sizeInBytes()]


def _render_through_scene(
    monkeypatch: pytest.MonkeyPatch, project: JourneyProject, options: ExportOptions
) -> QImage:
    """`render_png` with the editor's `MapScene` in place of the image drawing."""
    with monkeypatch.context() as patch:
        patch.setattr(
            images_module, "map_drawing", lambda p, map_id, lang: build_scene(p, map_id, lang)[0]
        )
        return images_module.render_png(project, project.maps()[0].id, options)


@pytest.mark.parametrize(
    ("which", "options"),
    [
        ("example", ExportOptions()),
        ("example", ExportOptions(dpi=300, transparent=True)),
        ("generated", ExportOptions(dpi=100)),
    ],
)
def test_an_image_has_the_pixels_the_canvas_scene_renders(
    monkeypatch: pytest.MonkeyPatch,
    generated: JourneyProject,
    which: str,
    options: ExportOptions,
) -> None:
    project = example_project() if which == "example" else generated
    drawn = images_module.render_png(project, project.maps()[0].id, options)
    rendered = _render_through_scene(monkeypatch, project, options)
    assert drawn.size() == rendered.size()
    blank = QImage(drawn.size(), drawn.format())
    blank.fill(0)
    assert _png_bytes(drawn) != _png_bytes(blank)  # the map is there
    assert _png_bytes(drawn) == _png_bytes(rendered)


@pytest.fixture
def items_made(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many items of the many kinds, and scenes, get built."""
    return count_items_made(monkeypatch)


def test_an_image_builds_no_scene_and_paints_each_card_once_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch, generated: JourneyProject, items_made: Counter[str]
) -> None:
    painted = count_cards_painted(monkeypatch)
    map_id = generated.maps()[0].id
    images_module.render_png(generated, map_id, ExportOptions(dpi=72))

    assert not items_made, f"an image built items: {dict(items_made)}"
    cards = layout_map(generated, map_id).cards
    assert Counter(card_id for card_id, _ in painted) == Counter(cards.keys())  # once each
    assert not any(enabled for _, enabled in painted)


def test_the_counting_sees_what_the_editor_builds(
    qapp: object, generated: JourneyProject, items_made: Counter[str]
) -> None:
    """The guard above can fail: the scene path builds every item it counts."""
    scene, layout = build_scene(generated, generated.maps()[0].id)
    assert items_made["MapScene"] == 1
    assert items_made["CardItem"] == len(layout.cards)
    assert items_made["FlowItem"] == len(layout.flows)
    del scene
