"""The persona editor: the project's personas, each with every field of domain text 004.

Personas live beside the maps (a map is *about* one), so they get their own
panel: a list to add, duplicate and remove them, the full form, and a button
that starts a map for the chosen persona with the standard lanes and phases.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mapstudio.model import operations
from mapstudio.model.kinds import NodeKind
from mapstudio.model.project import ProjectChange
from mapstudio.model.records import Persona
from mapstudio.ui.document import Document
from mapstudio.ui.file_ops import standard_map_edit
from mapstudio.ui.inspector.persona_form import PersonaForm


class PersonaEditor(QWidget):
    """List of personas and the form of the selected one."""

    mapCreated = Signal(str)  # id of a map made with "New map for this persona"

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personaEditorPanel")
        self.document = document
        self.list = QListWidget(self)
        self.list.setObjectName("personaList")
        self.add_button = self._button(self.tr("Add"), "addPersona", self.add_persona)
        self.duplicate_button = self._button(
            self.tr("Duplicate"), "duplicatePersona", self.duplicate_persona
        )
        self.remove_button = self._button(self.tr("Remove"), "removePersona", self.remove_persona)
        self.map_button = self._button(
            self.tr("New map for this persona"), "newMapForPersona", self.new_map
        )
        self.form = PersonaForm(document)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            buttons.addWidget(button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.map_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.document.changed.connect(self._on_change)
        self.reload()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def set_document(self, document: Document) -> None:
        self.document.changed.disconnect(self._on_change)
        self.document = document
        self.form.set_document(document)
        self.document.changed.connect(self._on_change)
        self.reload()

    # ------------------------------------------------------------------ list
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, persona_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(row)
                return

    def reload(self) -> None:
        """Refill the list (names may have changed order), keeping the current persona."""
        current = self.current_id()
        with QSignalBlocker(self.list):
            self.list.clear()
            for persona in self.document.project.personas():
                item = QListWidgetItem(persona.name or self.tr("(unnamed persona)"))
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                self.list.addItem(item)
            ids = [p.id for p in self.document.project.personas()]
            if current in ids:
                self.list.setCurrentRow(ids.index(current))
            elif ids:
                self.list.setCurrentRow(0)
        self._show_current()

    def _show_current(self) -> None:
        persona_id = self.current_id()
        self.form.setEnabled(persona_id is not None)
        self.form.show_record(persona_id)
        for button in (self.duplicate_button, self.remove_button, self.map_button):
            button.setEnabled(persona_id is not None)

    def _on_change(self, change: ProjectChange) -> None:
        project = self.document.project
        shown = {self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())}
        if any(n in shown or project.node_kind(n) == NodeKind.PERSONA for n in change.touched):
            self.reload()

    # -------------------------------------------------------------- commands
    def add_persona(self) -> None:
        persona = Persona(id=operations.new_id("persona"), name=self.tr("New persona"))
        if self.document.try_push(operations.add_persona, persona):
            self.select(persona.id)

    def duplicate_persona(self) -> None:
        persona_id = self.current_id()
        if persona_id is None:
            return
        original = self.document.project.persona(persona_id)
        copy = original.with_changes(
            id=operations.new_id("persona"),
            name=self.tr("{name} (copy)").format(name=original.name),
        )
        if self.document.try_push(operations.add_persona, copy):
            self.select(copy.id)

    def remove_persona(self) -> None:
        persona_id = self.current_id()
        if persona_id is not None:
            self.document.try_push(operations.remove_persona, persona_id)

    def new_map(self) -> None:
        """A map about the current persona, with the standard lanes and buying phases."""
        persona_id = self.current_id()
        if persona_id is None:
            return
        persona = self.document.project.persona(persona_id)
        name = self.tr("Journey of {name}").format(name=persona.name or self.tr("the persona"))
        edit, map_id = standard_map_edit(self.document.project, name, persona_id)
        if self.document.push(edit):
            self.mapCreated.emit(map_id)
