"""The inspector's form for a card: the fields its kind uses, nothing more.

A touchpoint shows channel, mode, emotion, owner and evidence; a frustration
its severity; an opportunity priority, effort and the frustration it answers;
a KPI its name, value and target. Hidden rows keep their widgets so switching
between cards never rebuilds the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from mapstudio.model import operations
from mapstudio.model.kinds import CardKind, Evidence, Mode, NodeKind
from mapstudio.model.project import JourneyProject, ProjectChange
from mapstudio.model.records import Card, Record
from mapstudio.ui.document import Document
from mapstudio.ui.inspector.fields import (
    ChannelField,
    ChoiceField,
    EmotionField,
    LongTextField,
    TextField,
)
from mapstudio.ui.inspector.form import RecordForm
from mapstudio.ui.inspector.names import (
    card_kind_name,
    evidence_name,
    level_names,
    mode_name,
)

# Which optional fields each card kind shows.
_KIND_FIELDS: dict[str, set[CardKind]] = {
    "channel": {CardKind.TOUCHPOINT},
    "mode": {CardKind.TOUCHPOINT},
    "emotion": {CardKind.TOUCHPOINT, CardKind.ACTION, CardKind.THOUGHT},
    "evidence": {CardKind.TOUCHPOINT, CardKind.FRUSTRATION, CardKind.KPI},
    "owner": {CardKind.TOUCHPOINT, CardKind.OPPORTUNITY, CardKind.KPI, CardKind.ACTION},
    "severity": {CardKind.FRUSTRATION},
    "priority": {CardKind.OPPORTUNITY},
    "effort": {CardKind.OPPORTUNITY},
    "answers": {CardKind.OPPORTUNITY},
    "kpi_name": {CardKind.KPI},
    "kpi_value": {CardKind.KPI},
    "kpi_target": {CardKind.KPI},
}


class MapFrustrations:
    """The frustrations of one map, in map order: the choices of an opportunity's
    "Answers" field, read once and kept until an edit touches one of them.

    Reading them means going through every card of the map; the form refreshes
    after every edit while an opportunity is shown, so without this each
    keystroke elsewhere on a 10,000-card map would cost a pass over the map.
    An edit invalidates the list only when it adds, changes or removes a
    frustration, or changes a phase, lane or map (their order is the list's).
    """

    def __init__(self) -> None:
        self._project: JourneyProject | None = None
        self._map_id: str | None = None
        self._ids: list[str] | None = None

    def ids(self, project: JourneyProject, map_id: str) -> list[str]:
        if self._ids is None or project is not self._project or map_id != self._map_id:
            self._project, self._map_id = project, map_id
            self._ids = [c.id for c in project.cards(map_id) if c.kind == CardKind.FRUSTRATION]
        return self._ids

    def note(self, change: ProjectChange) -> None:
        """Forget the list if `change` may have altered it (O(size of the change))."""
        project, ids = self._project, self._ids
        if project is None or ids is None:
            return
        if not change.removed.isdisjoint(ids) or any(
            _alters_frustrations(project, node_id) for node_id in change.added | change.changed
        ):
            self._ids = None


def _alters_frustrations(project: JourneyProject, node_id: str) -> bool:
    kind = project.node_kind(node_id)
    if kind is None:
        return False  # gone again within the same change
    return kind != NodeKind.CARD or project.card(node_id).kind == CardKind.FRUSTRATION


class CardForm(RecordForm):
    """Every field of one card, by kind."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("cardForm")
        self.add_field(self.tr("Title"), "title", TextField())
        self.add_field(self.tr("Description"), "description", LongTextField())
        self.add_field(self.tr("Channel"), "channel", ChannelField())
        modes = [(self.tr("(not set)"), None)] + [(mode_name(m), m) for m in Mode]
        self.add_field(self.tr("Mode"), "mode", ChoiceField(modes))
        self.add_field(self.tr("Emotion"), "emotion", EmotionField())
        evidence = [(self.tr("(not set)"), None)] + [(evidence_name(e), e) for e in Evidence]
        self.add_field(self.tr("Evidence"), "evidence", ChoiceField(evidence))
        self.add_field(self.tr("Owner"), "owner", TextField())
        for name, label in (
            ("severity", self.tr("Severity")),
            ("priority", self.tr("Priority")),
            ("effort", self.tr("Effort")),
        ):
            self.add_field(
                label, name, ChoiceField((text, level) for level, text in level_names(name).items())
            )
        self.add_field(self.tr("Answers"), "answers", ChoiceField([]))
        self.add_field(self.tr("KPI"), "kpi_name", TextField())
        self.add_field(self.tr("Current value"), "kpi_value", TextField())
        self.add_field(self.tr("Target"), "kpi_target", TextField())
        self.place = QLabel(self)
        self.place.setWordWrap(True)
        self.form.addRow(self.tr("Place"), self.place)
        self.others: list[str] = []  # further selected cards, edited together
        self.frustrations = MapFrustrations()
        document.changed.connect(self.frustrations.note)

    def set_document(self, document: Document) -> None:
        self.document.changed.disconnect(self.frustrations.note)
        super().set_document(document)
        self.frustrations = MapFrustrations()
        document.changed.connect(self.frustrations.note)

    def show_record(self, node_id: str | None) -> None:
        self.others = []
        super().show_record(node_id)

    def show_cards(self, card_ids: list[str]) -> None:
        """Several cards: the fields they all have, shown with the first one's values."""
        self.others = list(card_ids[1:])
        super().show_record(card_ids[0])

    def cards(self) -> list[Card]:
        project = self.document.project
        ids = [self.node_id, *self.others] if self.node_id else []
        return [project.card(i) for i in ids if project.node_kind(i) == NodeKind.CARD]

    def load(self, record: Record) -> None:
        assert isinstance(record, Card)
        cards = self.cards()
        kinds = {c.kind for c in cards}
        several = len(cards) > 1
        if several:
            self.heading.setText(self.tr("{count} cards").format(count=len(cards)))
        else:
            self.heading.setText(card_kind_name(record.kind))
        for name, allowed in _KIND_FIELDS.items():
            self.set_field_visible(name, kinds <= allowed and not (several and name == "answers"))
        for name in ("title", "description"):
            self.set_field_visible(name, not several)
        self.form.setRowVisible(self.place, not several)
        if record.kind == CardKind.OPPORTUNITY:
            self._load_frustrations(record)
        super().load(record)
        self.place.setText(self._place_text(record))

    def _load_frustrations(self, card: Card) -> None:
        project = self.document.project
        map_id = project.map_of(card.id)
        frustrations = (
            [project.card(i) for i in self.frustrations.ids(project, map_id)]
            if map_id is not None
            else []
        )
        choices = [(self.tr("(none)"), None)]
        choices += [(c.title or self.tr("(untitled)"), c.id) for c in frustrations]
        self.fields["answers"].set_choices(choices)  # type: ignore[attr-defined]

    def _place_text(self, card: Card) -> str:
        project = self.document.project
        if card.phase_id and card.lane_id:
            return self.tr("{phase} › {lane}").format(
                phase=project.phase(card.phase_id).name, lane=project.lane(card.lane_id).title
            )
        if card.marks and card.marks in project:
            target = project.get(card.marks)
            name = getattr(target, "title", "") or getattr(target, "name", "")
            return self.tr("Marks “{name}”").format(name=name)
        return ""

    def concerns(self, change: ProjectChange) -> bool:
        # An opportunity lists the map's frustrations; any card change may alter it.
        # (Refreshing is O(1) in the map's size: the list is kept until it changes.)
        self.frustrations.note(change)  # whichever of the two listeners runs first
        return self.node_id is not None and bool(change.touched)

    def commit(self, name: str, value: Any) -> None:
        if self.others:
            self._commit_all(name, value)
            return
        if name != "answers":
            super().commit(name, value)
            return
        record = self.record()
        if isinstance(record, Card) and record.answers != value:
            self.document.try_push(operations.set_answers, record.id, value)

    def _commit_all(self, name: str, value: Any) -> None:
        """The same value for every selected card: one undo step."""
        project = self.document.project
        ids = [c.id for c in self.cards() if getattr(c, name) != value]
        steps = [lambda i=i: operations.set_fields(project, i, **{name: value}) for i in ids]
        if steps:
            self.document.try_push(operations.sequence, f"Change {name}", steps)
