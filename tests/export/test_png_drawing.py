"""PNG and SVG paint the map straight from its layout (`export/qt_map.py`).

No `MapScene` and no item per card, flow or face: the canvas's own paint
functions, called once per record, in the scene's stacking order. The image
must be the very pixels the scene renders, and the work must stay one paint
call per card with the cycle collector paused.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from benchmarks.generate import generate_project
from PySide6.QtGui import QImage

from mapstudio.export import ExportOptions, qt_map
from mapstudio.export import images as images_module
from mapstudio.export.qt_sheets import build_scene
from mapstudio.model.geometry import CardBox
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject
from mapstudio.ui.canvas.axis_items import CellItem
from mapstudio.ui.canvas.card_item import CardItem, MarkerItem
from mapstudio.ui.canvas.curve_items import EmotionPointItem, FlowItem
from mapstudio.ui.canvas.scene import MapScene

from .conftest import example_project

# Every kind a map has many of: an image must not build one item for each.
MANY = (CardItem, MarkerItem, CellItem, EmotionPointItem, FlowItem)


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


def _counting(init: Callable[..., None], made: Counter[str], name: str) -> Callable[..., None]:
    def counted(self: object, *args: object, **kwargs: object) -> None:
        made[name] += 1
        init(self, *args, **kwargs)

    return counted


@pytest.fixture
def items_made(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """How many items of the many kinds, and scenes, get built."""
    made: Counter[str] = Counter()
    for cls in (*MANY, MapScene):
        monkeypatch.setattr(cls, "__init__", _counting(cls.__init__, made, cls.__name__))
    yield made


def test_an_image_builds_no_scene_and_paints_each_card_once_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch, generated: JourneyProject, items_made: Counter[str]
) -> None:
    painted: list[tuple[str, bool]] = []
    paint_card = qt_map.paint_card

    def counted(painter: object, box: CardBox) -> None:
        painted.append((box.card_id, gc.isenabled()))
        paint_card(painter, box)  # type: ignore[arg-type]

    monkeypatch.setattr(qt_map, "paint_card", counted)
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
