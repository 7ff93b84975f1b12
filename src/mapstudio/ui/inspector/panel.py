"""`Inspector`: the form for whatever is selected, kept in step with the model.

The selection picks a page (card, phase, lane, map, persona, several cards);
every model change refreshes the page if it concerns it, which is how an
undo shows up here. Forms set values with signals blocked, so a refresh
never commits anything back.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mapstudio.model.kinds import NodeKind
from mapstudio.model.project import ProjectChange
from mapstudio.ui.document import Document
from mapstudio.ui.inspector.form import RecordForm

if TYPE_CHECKING:
    from mapstudio.ui.inspector.card_form import CardForm

# The module and class of the form for each kind of record the inspector edits.
# A form's module is imported when its first form is built: at start-up only
# the map's form is shown; the card's, the axes' and the persona's modules
# (with the persona's photo field) load when such a record is first selected.
FORMS: dict[NodeKind, tuple[str, str]] = {
    NodeKind.CARD: ("mapstudio.ui.inspector.card_form", "CardForm"),
    NodeKind.PHASE: ("mapstudio.ui.inspector.axis_forms", "PhaseForm"),
    NodeKind.LANE: ("mapstudio.ui.inspector.axis_forms", "LaneForm"),
    NodeKind.MAP: ("mapstudio.ui.inspector.map_form", "MapForm"),
    NodeKind.PERSONA: ("mapstudio.ui.inspector.persona_form", "PersonaForm"),
}


def form_class(kind: NodeKind) -> type[RecordForm]:
    """The form class for records of `kind`, its module imported on first use."""
    module, name = FORMS[kind]
    form: type[RecordForm] = getattr(importlib.import_module(module), name)
    return form


class Inspector(QWidget):
    """Edits every field of the selection; one undo step per committed field."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorPanel")
        self.document = document
        self.selection: list[str] = []
        self.fallback_id: str | None = None  # shown when nothing is selected: the map
        self.stack = QStackedWidget(self)
        self.message = QLabel(self.tr("Select a card, a phase or a lane to edit it."))
        self.message.setObjectName("inspectorMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.message)
        # Built the first time their kind is shown: the window's first paint
        # shows the map's form only, and the others cost ~5 MB and ~10 ms.
        self.forms: dict[NodeKind, RecordForm] = {}
        # Forms keep their natural height at the top; spare room stays below
        # them instead of being spread between the rows.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.stack.currentChanged.connect(self._fit_stack_to_page)
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.stack)
        column_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect()

    def _fit_stack_to_page(self, index: int) -> None:
        """Size the stack to the page shown, not to the tallest page (the persona form)."""
        for position in range(self.stack.count()):
            page = self.stack.widget(position)
            policy = (
                QSizePolicy.Policy.Preferred if position == index else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy, policy)
        self.stack.adjustSize()

    def _connect(self) -> None:
        self.document.changed.connect(self._on_change)

    def set_document(self, document: Document) -> None:
        self.document.changed.disconnect(self._on_change)
        self.document = document
        for form in self.forms.values():
            form.set_document(document)
        self._connect()
        self.selection = []
        self.fallback_id = None
        self._show()

    def form(self, kind: NodeKind) -> RecordForm:
        """The form for records of `kind`, built and stacked on first use."""
        form = self.forms.get(kind)
        if form is None:
            form = self.forms[kind] = form_class(kind)(self.document)
            self.stack.addWidget(form)
        return form

    def current_form(self) -> RecordForm | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, RecordForm) else None

    def show_selection(self, ids: list[str], fallback_id: str | None = None) -> None:
        """Show the form for `ids`; `fallback_id` (the map) when nothing is selected."""
        self.selection = list(ids)
        self.fallback_id = fallback_id
        self._show()

    def _show(self) -> None:
        project = self.document.project
        ids = [i for i in self.selection if i in project]
        if not ids and self.fallback_id in project:
            ids = [self.fallback_id]  # type: ignore[list-item]
        if len(ids) > 1 and all(project.node_kind(i) == NodeKind.CARD for i in ids):
            card_form = cast("CardForm", self.form(NodeKind.CARD))
            card_form.show_cards(ids)
            self.stack.setCurrentWidget(card_form)
            return
        if len(ids) > 1:
            self.message.setText(self.tr("{count} items selected.").format(count=len(ids)))
            self.stack.setCurrentWidget(self.message)
            return
        if not ids:
            self.message.setText(self.tr("Select a card, a phase or a lane to edit it."))
            self.stack.setCurrentWidget(self.message)
            return
        kind = project.node_kind(ids[0])
        form = self.form(kind) if kind in FORMS else None
        if form is None:
            self.stack.setCurrentWidget(self.message)
            return
        form.show_record(ids[0])
        self.stack.setCurrentWidget(form)

    def _on_change(self, change: ProjectChange) -> None:
        form = self.current_form()
        if form is None or form.node_id not in self.document.project:
            self._show()  # the record went away (deleted, or its addition undone)
        elif form.concerns(change):
            form.refresh()
