"""The inspector's form for a map: its name, description and persona.

Shown when the map's header is selected, and when nothing is, the way
Keynote's inspector shows the document when no shape is selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mapstudio.model import operations
from mapstudio.model.project import ProjectChange
from mapstudio.model.records import JourneyMap, Record
from mapstudio.ui.document import Document
from mapstudio.ui.inspector.fields import ChoiceField, LongTextField, TextField
from mapstudio.ui.inspector.form import RecordForm


class MapForm(RecordForm):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("mapForm")
        self.add_field(self.tr("Name"), "name", TextField())
        self.add_field(self.tr("Description"), "description", LongTextField())
        self.add_field(self.tr("Persona"), "persona_id", ChoiceField([]))

    def load(self, record: Record) -> None:
        assert isinstance(record, JourneyMap)
        self.heading.setText(self.tr("Journey map"))
        choices: list[tuple[str, Any]] = [(self.tr("(nobody)"), None)]
        choices += [
            (p.name or self.tr("(unnamed)"), p.id) for p in self.document.project.personas()
        ]
        self.fields["persona_id"].set_choices(choices)  # type: ignore[attr-defined]
        super().load(record)

    def concerns(self, change: ProjectChange) -> bool:
        # Persona names appear in the combo, so persona changes matter too.
        return self.node_id is not None and bool(change.touched)

    def commit(self, name: str, value: Any) -> None:
        if name != "persona_id":
            super().commit(name, value)
            return
        record = self.record()
        if isinstance(record, JourneyMap) and record.persona_id != value:
            self.document.try_push(operations.set_map_persona, record.id, value)
