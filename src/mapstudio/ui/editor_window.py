"""`EditorWindow`: the main window of the editor — tabs of maps, docks, menus.

The window owns no project state: it shows the open `Document` (one canvas
tab per map, in the maps' order), forwards commands to the current canvas,
and follows model changes (tabs appear, vanish and rename with their maps).
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QWidget,
)

from mapstudio.model import operations
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import NodeKind
from mapstudio.model.project import ProjectChange
from mapstudio.ui import clipboard
from mapstudio.ui.actions import EditorActions, WindowCommands
from mapstudio.ui.autosave import AutosaveController
from mapstudio.ui.canvas import MapCanvas
from mapstudio.ui.clipboard import CardClipboard
from mapstudio.ui.document import Document
from mapstudio.ui.file_lock import FileLock
from mapstudio.ui.file_ops import FileOps, blank_project, display_name
from mapstudio.ui.health_dock import HEALTH_DOCK_HEIGHT, HealthDock
from mapstudio.ui.history import HistoryDock
from mapstudio.ui.inspector import Inspector
from mapstudio.ui.palette import Palette, entry_edit
from mapstudio.ui.palette_mime import PaletteEntry
from mapstudio.ui.settings import EditorSettings

if TYPE_CHECKING:
    from mapstudio.ui.persona_editor import PersonaEditor

INSPECTOR_WIDTH = 400  # pixels: the right column's starting width


class EditorWindow(QMainWindow):
    """One open project: map tabs in the middle, palette left, inspector right."""

    def __init__(
        self,
        document: Document | None = None,
        settings: EditorSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editorWindow")
        self.settings = settings if settings is not None else EditorSettings()
        self.document = document if document is not None else Document(blank_project())
        self.undo_group = QUndoGroup(self)
        self.file_ops = FileOps(self)
        self.commands = WindowCommands(self)
        self.card_clipboard = CardClipboard(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mapTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)
        self.tabs.currentChanged.connect(lambda _i: self._on_current_tab())
        self.tabs.tabBar().tabMoved.connect(self._on_tab_moved)
        self.setCentralWidget(self.tabs)
        self.palette = Palette(self.document)
        self.palette.entryActivated.connect(self.insert_entry)
        self.inspector = Inspector(self.document)
        self._persona_editor: PersonaEditor | None = None  # built when first shown
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.palette_dock = self._dock(self.tr("Palette"), "palette", self.palette, left)
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspector", self.inspector, right)
        self.persona_dock = self._dock(self.tr("Personas"), "personaEditor", None, right)
        self.persona_dock.visibilityChanged.connect(self._on_persona_dock_visible)
        self.tabifyDockWidget(self.inspector_dock, self.persona_dock)
        self.inspector_dock.raise_()
        self.history_dock = HistoryDock(self.document.undo_stack, self)
        self.addDockWidget(right, self.history_dock)
        self.history_dock.hide()
        self.health_dock = HealthDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.health_dock)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        self.actions = EditorActions(self)
        self.actions.build_menus()
        self.actions.build_toolbar(self.toolbar)
        self.zoom_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._bind(self.document)
        self.file_lock = FileLock(self)
        self.file_lock.follow_document(self.document)
        self.autosave = AutosaveController(self)
        self.refresh_recent_files()
        self.resize(1280, 820)
        self.resizeDocks([self.health_dock], [HEALTH_DOCK_HEIGHT], Qt.Orientation.Vertical)
        # The inspector's forms and the persona editor are built on first use,
        # so the right column cannot size itself from them: give it the width
        # its widest form (a card's) needs until the user resizes it.
        self.resizeDocks([self.inspector_dock], [INSPECTOR_WIDTH], Qt.Orientation.Horizontal)
        self._restore_layout()

    def _dock(
        self, title: str, name: str, widget: QWidget | None, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    @property
    def persona_editor(self) -> PersonaEditor:
        """The Personas dock's editor, built on first use.

        Its tab sits behind the inspector at start-up, so the window's first
        paint does not wait for its list and form (~7 ms, ~1 MB), nor for
        importing them: it is built when the tab is first shown or the
        editor is first asked for.
        """
        if self._persona_editor is None:
            from mapstudio.ui.persona_editor import PersonaEditor

            editor = self._persona_editor = PersonaEditor(self.document)
            editor.mapCreated.connect(self.show_map)
            self.persona_dock.setWidget(editor)
        return self._persona_editor

    def _on_persona_dock_visible(self, visible: bool) -> None:
        if visible:
            self.persona_editor  # noqa: B018 - built for the tab now shown

    # -------------------------------------------------------------- document
    def set_document(self, document: Document) -> None:
        """Show another document in this window (File > New, File > Open)."""
        old = self.document
        gc.unfreeze()  # the start-up document may be frozen (ui/app.py): let it go
        self._unbind(old)
        self.document = document
        for panel in (self.palette, self.inspector, self._persona_editor):
            if panel is not None:  # a persona editor not built yet reads the new one when built
                panel.set_document(document)
        self.history_dock.set_stack(document.undo_stack)
        self.health_dock.set_document(document)
        self._bind(document)
        self.file_lock.follow_document(document)
        self.autosave.follow(document)
        old.close()
        old.deleteLater()

    def _bind(self, document: Document) -> None:
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.pathChanged.connect(self._update_title)
        document.changed.connect(self._on_change)
        document.error.connect(self.show_error)
        self._sync_tabs()
        self._update_title()
        self._on_current_tab()

    def _unbind(self, document: Document) -> None:
        document.undo_stack.cleanChanged.disconnect(self._update_title)
        document.pathChanged.disconnect(self._update_title)
        document.changed.disconnect(self._on_change)
        document.error.disconnect(self.show_error)
        self.undo_group.removeStack(document.undo_stack)
        while self.tabs.count():
            canvas = self.tabs.widget(0)
            self.tabs.removeTab(0)
            canvas.deleteLater()

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(
            self.tr("{name}[*] — MapStudio").format(name=display_name(self.document))
        )
        self.setWindowModified(self.document.is_modified())

    def show_error(self, message: str) -> None:
        """A refused gesture: said in the status bar, without a dialog in the way."""
        # The model's rules speak English; ui/catalog_markers.py marks them.
        self.statusBar().showMessage(QCoreApplication.translate("ModelError", message), 8000)

    # ------------------------------------------------------------------ tabs
    def canvases(self) -> list[MapCanvas]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def canvas_for(self, map_id: str) -> MapCanvas | None:
        return next((c for c in self.canvases() if c.map_id() == map_id), None)

    def current_canvas(self) -> MapCanvas | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, MapCanvas) else None

    def show_map(self, map_id: str) -> None:
        canvas = self.canvas_for(map_id)
        if canvas is not None:
            self.tabs.setCurrentWidget(canvas)

    def _on_change(self, change: ProjectChange) -> None:
        project = self.document.project
        shown = {c.map_id() for c in self.canvases()}
        if any(n in shown or project.node_kind(n) == NodeKind.MAP for n in change.touched):
            self._sync_tabs()

    def _sync_tabs(self) -> None:
        """One tab per map, in the maps' order, titled with the map's name."""
        maps = self.document.project.maps()
        wanted = {m.id for m in maps}
        with QSignalBlocker(self.tabs):
            for index in reversed(range(self.tabs.count())):
                canvas = self.tabs.widget(index)
                if canvas.map_id() not in wanted:  # type: ignore[attr-defined]
                    self.tabs.removeTab(index)
                    canvas.deleteLater()
            for index, journey_map in enumerate(maps):
                canvas = self.canvas_for(journey_map.id) or self._make_canvas(journey_map.id)
                position = self.tabs.indexOf(canvas)
                title = journey_map.name or self.tr("Untitled map")
                if position < 0:
                    self.tabs.insertTab(index, canvas, title)
                elif position != index:
                    self.tabs.tabBar().moveTab(position, index)
                self.tabs.setTabText(index, title)
        self._on_current_tab()

    def _make_canvas(self, map_id: str) -> MapCanvas:
        canvas = MapCanvas(self.document, map_id)
        canvas.selectionChangedIds.connect(lambda ids, c=canvas: self._on_selection(c, ids))
        canvas.zoomChanged.connect(lambda _factor: self._update_zoom_label())
        canvas.set_context_actions(self.actions.canvas_actions())
        return canvas

    def _on_tab_moved(self, _from: int, to: int) -> None:
        canvas = self.tabs.widget(to)
        if isinstance(canvas, MapCanvas):
            self.document.try_push(operations.move_map, canvas.map_id(), to)

    def _on_current_tab(self) -> None:
        canvas = self.current_canvas()
        if canvas is None:
            self.inspector.show_selection([])
        else:
            self.inspector.show_selection(canvas.selected_ids(), canvas.map_id())
        self._update_actions()

    def _on_selection(self, canvas: MapCanvas, ids: list[str]) -> None:
        if canvas is self.current_canvas():
            self.inspector.show_selection(ids, canvas.map_id())
            self._update_actions()

    def _update_actions(self) -> None:
        canvas = self.current_canvas()
        has_map = canvas is not None
        selected = canvas.selected_ids() if canvas is not None else []
        cards = clipboard.copyable(self.document.project, selected)
        for action in (self.actions.cut, self.actions.copy):
            action.setEnabled(bool(cards))
        self.actions.delete.setEnabled(bool(selected))
        for action in (
            self.actions.paste,
            self.actions.select_all,
            self.actions.rename_map,
            self.actions.delete_map,
            self.actions.duplicate_map,
            self.actions.map_persona,
            self.actions.zoom_in,
            self.actions.zoom_out,
            self.actions.zoom_reset,
            self.actions.fit,
        ):
            action.setEnabled(has_map)
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        canvas = self.current_canvas()
        factor = canvas.zoom_factor() if canvas is not None else 1.0
        self.zoom_label.setText(self.tr("{percent} %").format(percent=round(factor * 100)))

    # -------------------------------------------------------------- commands
    def insert_entry(self, entry: PaletteEntry) -> None:
        """Insert a palette entry near the selection (keyboard twin of a drop)."""
        canvas = self.current_canvas()
        if canvas is None:
            return
        try:
            edit, new_id = entry_edit(
                self.document.project, canvas.map_id(), entry, canvas.selected_ids()
            )
        except ModelError as exc:
            self.show_error(str(exc))
            return
        if self.document.push(edit) and new_id is not None:
            canvas.select_ids([new_id])

    def delete_selection(self) -> None:
        canvas = self.current_canvas()
        if canvas is not None:
            canvas.delete_selection()

    def select_all(self) -> None:
        canvas = self.current_canvas()
        if canvas is not None:
            canvas.select_ids(self.document.project.card_ids(canvas.map_id()))

    def edit_title(self) -> None:
        canvas = self.current_canvas()
        if canvas is not None:
            ids = canvas.selected_ids() or [canvas.map_id()]
            canvas.edit_title(ids[0])

    def zoom_in(self) -> None:
        self._zoom("zoom_in")

    def zoom_out(self) -> None:
        self._zoom("zoom_out")

    def zoom_reset(self) -> None:
        self._zoom("zoom_reset")

    def fit_to_window(self) -> None:
        self._zoom("fit_to_window")

    def _zoom(self, how: str) -> None:
        canvas = self.current_canvas()
        if canvas is not None:
            getattr(canvas, how)()  # the label follows through `zoomChanged`

    def refresh_recent_files(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        for path in self.settings.recent_files():
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.file_ops.open_path(p))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(self.tr("Clear Menu"))
            clear.triggered.connect(self._clear_recent_files)

    def _clear_recent_files(self) -> None:
        self.settings.clear_recent_files()
        self.refresh_recent_files()

    def apply_preferences(self) -> None:
        """Take changed preferences into account (called by the Preferences dialog)."""
        self.autosave.apply_preferences()

    def quit_application(self) -> None:
        QApplication.closeAllWindows()

    # ---------------------------------------------------------- persistence
    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.file_ops.maybe_save():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        # A clean close: the autosave and the lock have nothing left to guard.
        self.autosave.discard()
        self.file_lock.release()
        event.accept()


def open_editor(path: Path | None = None) -> EditorWindow:
    """A shown editor window on `path` (a new project when None or unreadable)."""
    window = EditorWindow()
    if path is not None:
        window.file_ops.open_path(path)
    window.show()
    return window
