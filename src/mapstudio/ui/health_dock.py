"""View > Health Check: the findings of `model.analysis`, map by map, one click from their cards.

The dock is a view like the others: it holds nothing the model does not, and
rechecks the maps an edit touched a moment after the last change (edits come
in bursts while typing or dragging). While the dock is hidden it only notes
what is out of date, so a project nobody is checking costs nothing per edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mapstudio.model.analysis import Finding, Severity, check_map
from mapstudio.model.analysis_messages import translator
from mapstudio.model.kinds import NodeKind
from mapstudio.model.project import JourneyProject, ProjectChange
from mapstudio.ui.document import Document
from mapstudio.ui.i18n import current_language

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

REFRESH_DELAY_MS = 300
HEALTH_DOCK_HEIGHT = 150  # pixels, until the user resizes the dock
_FINDING_ROLE = Qt.ItemDataRole.UserRole
_SEVERITY_ORDER = {Severity.WARNING: 0, Severity.INSIGHT: 1}


@dataclass(frozen=True)
class LocatedFinding:
    """A finding and the map it is about (None for a persona's finding)."""

    finding: Finding
    map_id: str | None

    @property
    def key(self) -> tuple[str, tuple[str, ...]]:
        """What stays the same across refreshes, to keep the user's place in the list."""
        return self.finding.code, self.finding.ids


class ProjectHealth:
    """`check_project`'s findings, rechecking only the maps changed since the last run.

    A map's findings depend on that map's nodes alone, and `ProjectChange.maps`
    names the maps an edit touched, so an edit on one map of a large project
    costs one map's check. Personas are rechecked every time (a loop over them).
    """

    def __init__(self) -> None:
        self._by_map: dict[str, list[LocatedFinding]] = {}
        self._dirty: set[str] | None = None  # None: every map
        self._language = ""

    def invalidate(self, map_ids: frozenset[str] | None = None) -> None:
        """Forget the findings of these maps (of every map when None)."""
        if map_ids is None or self._dirty is None:
            self._dirty = None
        else:
            self._dirty |= map_ids

    def findings(self, project: JourneyProject, language: str) -> list[LocatedFinding]:
        """Every finding, in `check_project`'s order: map by map, then personas."""
        if language != self._language:
            self._language, self._dirty = language, None
        translate = translator(language)
        fresh: dict[str, list[LocatedFinding]] = {}
        for journey_map in project.maps():
            cached = self._by_map.get(journey_map.id)
            if cached is None or self._dirty is None or journey_map.id in self._dirty:
                found = check_map(project, journey_map.id, translate)
                cached = [LocatedFinding(f, journey_map.id) for f in found]
            fresh[journey_map.id] = cached
        self._by_map, self._dirty = fresh, set()
        located = [f for group in fresh.values() for f in group]
        for persona in project.personas():
            if not project.maps_about(persona.id):
                params = {"name": persona.name}
                message = translate("persona-without-map", params)
                finding = Finding(
                    "persona-without-map", Severity.WARNING, message, (persona.id,), params
                )
                located.append(LocatedFinding(finding, None))
        return located


class HealthDock(QDockWidget):
    """The health check of the whole project, grouped by map, problems before insights."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Health Check"))
        self.setObjectName("healthCheck")
        self.editor = window
        self.document = window.document
        self.findings: list[LocatedFinding] = []
        self._shown_names: list[tuple[str, str]] | None = None  # the maps the list was built for
        self.health = ProjectHealth()
        self._icons: dict[Severity, QIcon] = {}
        self._stale = True
        # No check before the window's first paint: on a big map it would hold
        # the window back (tenths of a second on 10,000 cards) for a list the
        # user reads later, if at all. The window tells us when it has painted.
        self._window_painted = False
        window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setObjectName("healthSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("healthFindings")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)  # one line each: fast with thousands of rows
        self.tree.itemClicked.connect(lambda item, _column: self.go_to(item))
        self.tree.itemActivated.connect(lambda item, _column: self.go_to(item))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self.document.changed.connect(self._on_change)
        self.visibilityChanged.connect(self._on_visibility)

    # -------------------------------------------------------------- document
    def set_document(self, document: Document) -> None:
        """Follow another document (File > New, File > Open) and check it at once."""
        self.document.changed.disconnect(self._on_change)
        self.document = document
        document.changed.connect(self._on_change)
        self.timer.stop()
        self.health = ProjectHealth()
        self._stale = True
        self.findings, self._shown_names = [], None
        self._refresh_if_shown()

    def _on_change(self, change: ProjectChange) -> None:
        self.health.invalidate(change.maps)
        self._stale = True
        if self.isVisible():
            self.timer.start()  # restarts: one check after the last edit of a burst

    def _on_visibility(self, visible: bool) -> None:
        if visible and self._stale and self._window_painted:
            self.timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Start the first check once the window has painted (then stop watching)."""
        if watched is self.editor and event.type() == QEvent.Type.Paint:
            self._window_painted = True
            self.editor.removeEventFilter(self)
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self, lambda: self._on_visibility(self.isVisible()))
        return False

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self._window_painted:
            self.refresh()
        else:
            self._show_findings()  # nothing stale on screen while hidden

    def is_stale(self) -> bool:
        """Whether the project changed since the list was last computed."""
        return self._stale

    # --------------------------------------------------------------- refresh
    def refresh(self) -> None:
        """Run the check now, in the interface's language."""
        self.timer.stop()
        project = self.document.project
        found = self.health.findings(project, current_language())
        names = [(m.id, m.name) for m in project.maps()]
        self._stale = False
        if (found, names) != (self.findings, self._shown_names):  # most edits change none
            self.findings, self._shown_names = found, names
            self._show_findings()

    def _show_findings(self) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, _FINDING_ROLE) if current is not None else None
        scroll = self.tree.verticalScrollBar().value()
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for label, map_id, group in self._groups():
                parent = QTreeWidgetItem([f"{label} ({len(group)})"])
                font = QFont(parent.font(0))
                font.setBold(True)
                parent.setFont(0, font)
                parent.setData(0, _FINDING_ROLE, map_id)
                items = [self._item(located) for located in group]
                parent.addChildren(items)
                self.tree.addTopLevelItem(parent)
                parent.setExpanded(True)
                if isinstance(keep, LocatedFinding):
                    for located, item in zip(group, items, strict=True):
                        if located.key == keep.key:
                            self.tree.setCurrentItem(item)
        self.tree.verticalScrollBar().setValue(scroll)
        self.summary.setText(self._summary_text())

    def _groups(self) -> list[tuple[str, str | None, list[LocatedFinding]]]:
        """Maps in tab order, then personas; in each, problems first, in the check's order."""
        project = self.document.project
        groups: list[tuple[str, str | None, list[LocatedFinding]]] = []
        for journey_map in project.maps():
            group = [f for f in self.findings if f.map_id == journey_map.id]
            if group:
                name = journey_map.name or self.tr("Untitled map")
                groups.append((name, journey_map.id, group))
        others = [f for f in self.findings if f.map_id is None]
        if others:
            groups.append((self.tr("Personas"), None, others))
        for _label, _map_id, group in groups:
            group.sort(key=lambda f: _SEVERITY_ORDER[f.finding.severity])
        return groups

    def _item(self, located: LocatedFinding) -> QTreeWidgetItem:
        finding = located.finding
        item = QTreeWidgetItem([finding.message])
        item.setData(0, _FINDING_ROLE, located)
        item.setIcon(0, self.severity_icon(finding.severity))
        warning = finding.severity == Severity.WARNING
        kind = self.tr("Problem") if warning else self.tr("Insight")
        item.setToolTip(0, f"{kind} · {finding.code}\n{finding.message}")
        return item

    def severity_icon(self, severity: Severity) -> QIcon:
        """The style's warning sign for problems, its information sign for insights."""
        icon = self._icons.get(severity)
        if icon is None:
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if severity == Severity.WARNING
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            icon = self._icons[severity] = self.style().standardIcon(pixmap)
        return icon

    def _summary_text(self) -> str:
        warnings = sum(1 for f in self.findings if f.finding.severity == Severity.WARNING)
        insights = len(self.findings) - warnings
        if self._stale and not self.findings:
            return ""
        if not warnings and not insights:
            return self.tr("No problems found.")
        if not warnings:
            return self.tr("No problems found. Insights: {insights}").format(insights=insights)
        return self.tr("Problems: {problems} · Insights: {insights}").format(
            problems=warnings, insights=insights
        )

    # ------------------------------------------------------------ navigation
    def finding_items(self) -> list[QTreeWidgetItem]:
        """The rows of findings (not the map headings), top to bottom."""
        root = self.tree.invisibleRootItem()
        return [
            root.child(i).child(j)
            for i in range(root.childCount())
            for j in range(root.child(i).childCount())
        ]

    def go_to(self, item: QTreeWidgetItem) -> None:
        """Show what a row is about: its map's tab and its cards selected, or its persona."""
        data = item.data(0, _FINDING_ROLE)
        window = self.editor
        project = self.document.project
        if isinstance(data, str):  # a map's heading
            window.show_map(data)
            return
        if not isinstance(data, LocatedFinding):
            return  # the personas' heading
        ids = [i for i in data.finding.ids if i in project]
        if not ids:
            self.timer.start(0)  # the list is behind the project: catch up
            return
        if data.map_id is None or data.map_id not in project:
            personas = [i for i in ids if project.node_kind(i) == NodeKind.PERSONA]
            window.persona_dock.show()
            window.persona_dock.raise_()
            if personas:
                window.persona_editor.select(personas[0])
            return
        window.show_map(data.map_id)
        canvas = window.canvas_for(data.map_id)
        if canvas is not None:
            canvas.select_ids(ids)  # also scrolls them into view
            window.inspector_dock.show()
            window.inspector_dock.raise_()
