"""A small map for the canvas tests, built through the model's operations."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF
from pytestqt.qtbot import QtBot

from mapstudio.content.building import ProjectBuilder, lane_id
from mapstudio.model.kinds import CardKind, LaneKind, Mode
from mapstudio.model.records import Card, JourneyMap, Persona, Phase
from mapstudio.ui.canvas import MapCanvas
from mapstudio.ui.document import Document

MAP = "map-1"
PHASES = ("ph-a", "ph-b", "ph-c")
TP = lane_id(LaneKind.TOUCHPOINTS)
GOALS = lane_id(LaneKind.GOALS)


def build_document() -> Document:
    b = ProjectBuilder()
    b.persona(Persona(id="persona-1", name="Julie", quote="I want it simple."))
    b.journey_map(JourneyMap(id=MAP, name="Buying a lamp", persona_id="persona-1"))
    for pid, name in zip(PHASES, ("Discover", "Choose", "Buy"), strict=True):
        b.phase(MAP, Phase(id=pid, name=name))
    b.standard_lanes(MAP, "en")

    def tp(cid: str, phase: str, title: str, emotion: int, channel: str) -> None:
        b.card(
            Card(
                id=cid,
                kind=CardKind.TOUCHPOINT,
                title=title,
                phase_id=phase,
                lane_id=TP,
                channel=channel,
                mode=Mode.ONLINE,
                emotion=emotion,
            )
        )

    tp("t1", "ph-a", "Sees an ad on social media", 1, "social")
    tp("t2", "ph-b", "Compares lamps on the website", 0, "website")
    tp("t3", "ph-b", "Asks a question by chat", -1, "chat")
    tp("t4", "ph-c", "Pays in the shop", 2, "shop")
    b.card(Card(id="g1", kind=CardKind.GOAL, title="Find a lamp", phase_id="ph-a", lane_id=GOALS))
    b.flow("t1", "t2")
    return Document(b.project)


def make_canvas(qtbot: QtBot, document: Document | None = None) -> MapCanvas:
    canvas = MapCanvas(document or build_document(), MAP)
    qtbot.addWidget(canvas)
    canvas.resize(1400, 1000)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.fit_to_window()
    return canvas


def view_point(canvas: MapCanvas, scene_pos: QPointF) -> QPoint:
    return canvas.mapFromScene(scene_pos)


def card_center(canvas: MapCanvas, card_id: str) -> QPointF:
    return canvas.scene_rect_of(card_id).center()
