"""The inspector's forms for a phase (column) and a lane (row)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mapstudio.model.kinds import LaneKind
from mapstudio.model.records import Record
from mapstudio.ui.document import Document
from mapstudio.ui.inspector.fields import ChoiceField, LongTextField, TextField
from mapstudio.ui.inspector.form import RecordForm
from mapstudio.ui.inspector.names import lane_kind_name


class PhaseForm(RecordForm):
    """A phase's name, what it is, the customer's goal in it, its KPIs."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("phaseForm")
        self.add_field(self.tr("Name"), "name", TextField())
        self.add_field(self.tr("Description"), "description", LongTextField())
        self.add_field(self.tr("Customer goal"), "customer_goal", LongTextField())
        self.add_field(self.tr("KPIs"), "kpis", LongTextField())

    def load(self, record: Record) -> None:
        self.heading.setText(self.tr("Phase"))
        super().load(record)


class LaneForm(RecordForm):
    """A lane's title and kind (the kind decides what new cards land in it)."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("laneForm")
        self.add_field(self.tr("Title"), "title", TextField())
        kinds = [(lane_kind_name(k), k) for k in LaneKind]
        self.add_field(self.tr("Kind"), "kind", ChoiceField(kinds))

    def load(self, record: Record) -> None:
        self.heading.setText(self.tr("Lane"))
        super().load(record)
