"""The base of the inspector's forms: rows of fields bound to one record.

A form loads a record's values into its fields and turns each field's
`committed` value into one `operations.set_fields` edit on the document's
undo stack. Values equal to the stored ones are dropped, so focus moving
through a form never adds empty undo steps.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from mapstudio.model import operations
from mapstudio.model.project import ProjectChange
from mapstudio.model.records import Record
from mapstudio.ui.document import Document


class Field(Protocol):
    committed: SignalInstance

    def set_value(self, value: Any) -> None: ...


class RecordForm(QWidget):
    """Fields for one kind of record; `show_record` chooses which one."""

    edited = Signal(str)  # the field name the user just committed

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.node_id: str | None = None
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel(self)
        self.heading.setObjectName("inspectorHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.form.addRow(self.heading)

    # ------------------------------------------------------------ building
    def add_field(self, label: str, name: str, widget: QWidget) -> QWidget:
        """A row bound to the record field `name`."""
        widget.setObjectName(name)
        self.fields[name] = widget
        self.form.addRow(label, widget)
        widget.committed.connect(lambda value, n=name: self.commit(n, value))  # type: ignore[attr-defined]
        return widget

    def set_field_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields[name], visible)

    # -------------------------------------------------------------- record
    def set_document(self, document: Document) -> None:
        self.document = document
        self.node_id = None

    def show_record(self, node_id: str | None) -> None:
        self.node_id = node_id
        self.refresh()

    def record(self) -> Record | None:
        if self.node_id is None or self.node_id not in self.document.project:
            return None
        return self.document.project.get(self.node_id)

    def refresh(self) -> None:
        """Load the record's current values (after any change, undo included)."""
        record = self.record()
        if record is None:
            return
        self.load(record)

    def load(self, record: Record) -> None:
        for name, widget in self.fields.items():
            if hasattr(record, name):
                widget.set_value(getattr(record, name))  # type: ignore[attr-defined]

    def concerns(self, change: ProjectChange) -> bool:
        """Whether a change may alter what this form shows."""
        return self.node_id is not None and self.node_id in change.touched

    # -------------------------------------------------------------- commit
    def commit(self, name: str, value: Any) -> None:
        """One field's new value as one undoable edit (nothing if unchanged)."""
        record = self.record()
        if record is None or getattr(record, name, None) == value:
            return
        if self.document.try_push(operations.set_fields, record.id, **{name: value}):
            self.edited.emit(name)
        else:
            self.refresh()  # refused: show the stored value again
