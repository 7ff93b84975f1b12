"""The form for a persona: identity, demographics, buying profile (domain text 004).

Used by the inspector and by the persona editor, so a persona reads the
same wherever it is edited.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mapstudio.model import operations
from mapstudio.model.kinds import BuyingRole
from mapstudio.model.records import Persona, Record
from mapstudio.ui.document import Document
from mapstudio.ui.inspector.fields import ChecksField, LongTextField, TextField
from mapstudio.ui.inspector.form import RecordForm
from mapstudio.ui.inspector.names import buying_role_name
from mapstudio.ui.inspector.photo_field import PhotoField


class PersonaForm(RecordForm):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("personaForm")
        self.add_field(self.tr("Name"), "name", TextField())
        self.add_field(self.tr("Photo"), "photo", PhotoField())
        self.add_field(self.tr("Quote"), "quote", LongTextField())
        for name, label in (
            ("gender", self.tr("Gender")),
            ("age_range", self.tr("Age range")),
            ("profession", self.tr("Profession")),
        ):
            self.add_field(label, name, TextField())
        self.add_field(self.tr("Responsibilities"), "responsibilities", LongTextField())
        for name, label in (
            ("salary_band", self.tr("Salary band")),
            ("region", self.tr("Region")),
            ("company_size", self.tr("Company size")),
        ):
            self.add_field(label, name, TextField())
        for name, label in (
            ("needs", self.tr("Needs")),
            ("concerns", self.tr("Concerns")),
            ("frustrations", self.tr("Frustrations")),
        ):
            self.add_field(label, name, LongTextField())
        self.add_field(self.tr("Urgency / time to buy"), "urgency", TextField())
        roles = [(buying_role_name(r), r) for r in BuyingRole]
        self.add_field(self.tr("Buying roles"), "buying_roles", ChecksField(roles))
        for name, label in (
            ("requirements", self.tr("Requirements")),
            ("goals", self.tr("Goals")),
            ("notes", self.tr("Notes")),
        ):
            self.add_field(label, name, LongTextField())

    def load(self, record: Record) -> None:
        assert isinstance(record, Persona)
        self.heading.setText(self.tr("Persona"))
        super().load(record)

    def commit(self, name: str, value: Any) -> None:
        if name != "photo":
            super().commit(name, value)
            return
        record = self.record()
        data, mime = value
        if record is None or (record.photo, record.photo_type) == (data, mime):  # type: ignore[attr-defined]
            return
        self.document.try_push(operations.set_fields, record.id, photo=data, photo_type=mime)
