"""The editor's actions, menus and toolbar, with the platform's standard shortcuts.

Actions live on the window (not on a canvas), so their shortcuts work
wherever the focus is; text fields still get Ctrl+C or Ctrl+Z first, as
they accept those keys as shortcut overrides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QToolBar

from mapstudio import __version__
from mapstudio.model import operations
from mapstudio.model.errors import ModelError
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.ui import clipboard
from mapstudio.ui.file_ops import standard_map_edit
from mapstudio.ui.inspector.names import card_kind_name, channel_name, lane_kind_name
from mapstudio.ui.palette import PALETTE_CARDS, PALETTE_CHANNELS
from mapstudio.ui.palette_mime import PaletteEntry, PaletteItem

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

Key = QKeySequence.StandardKey


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys, plus Ctrl+Shift+Z everywhere (Windows lacks it)."""
    keys = list(QKeySequence.keyBindings(Key.Redo))
    extra = QKeySequence("Ctrl+Shift+Z")
    if extra not in keys:
        keys.append(extra)
    return keys


class EditorActions:
    """Every action of the window, by name, so menus, toolbar and tests share them."""

    def __init__(self, window: EditorWindow) -> None:
        self.window = window
        w = window
        c = window.commands
        style = w.style()
        icon = style.standardIcon
        SP = QStyle.StandardPixmap
        # File
        self.new = self._make(
            QCoreApplication.translate("EditorActions", "&New"),
            w.file_ops.new,
            Key.New,
            icon(SP.SP_FileIcon),
        )
        self.new_from_template = self._make(
            QCoreApplication.translate("EditorActions", "New from &Template…"),
            c.new_from_template,
            QKeySequence("Ctrl+Shift+N"),
        )
        self.new_from_template.setObjectName("newFromTemplateAction")
        self.open = self._make(
            QCoreApplication.translate("EditorActions", "&Open…"),
            w.file_ops.open,
            Key.Open,
            icon(SP.SP_DialogOpenButton),
        )
        self.save = self._make(
            QCoreApplication.translate("EditorActions", "&Save"),
            w.file_ops.save,
            Key.Save,
            icon(SP.SP_DialogSaveButton),
        )
        self.save_as = self._make(
            QCoreApplication.translate("EditorActions", "Save &As…"), w.file_ops.save_as, Key.SaveAs
        )
        self.close = self._make(
            QCoreApplication.translate("EditorActions", "&Close"), w.close, Key.Close
        )
        self.print = self._make(
            QCoreApplication.translate("EditorActions", "&Print…"), c.print_map, Key.Print
        )
        self.export = self._make(
            QCoreApplication.translate("EditorActions", "&Export…"), c.export_maps
        )
        self.export.setObjectName("exportAction")
        self.export.setShortcut(QKeySequence("Ctrl+E"))
        self.import_data = self._make(
            QCoreApplication.translate("EditorActions", "&Import…"), c.import_data
        )
        self.import_data.setObjectName("importAction")
        self.export_data = self._make(
            QCoreApplication.translate("EditorActions", "Export &Data…"), c.export_data
        )
        self.export_data.setObjectName("exportDataAction")
        self.quit = self._make(
            QCoreApplication.translate("EditorActions", "&Quit"), w.quit_application, Key.Quit
        )
        self.recent_menu = QMenu(QCoreApplication.translate("EditorActions", "Open &Recent"), w)
        self.recent_menu.setObjectName("recentMenu")
        # Edit
        self.undo = w.undo_group.createUndoAction(
            w, QCoreApplication.translate("EditorActions", "&Undo")
        )
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.undo.setIcon(icon(SP.SP_ArrowBack))
        self.redo = w.undo_group.createRedoAction(
            w, QCoreApplication.translate("EditorActions", "&Redo")
        )
        self.redo.setShortcuts(redo_shortcuts())
        self.redo.setIcon(icon(SP.SP_ArrowForward))
        self.cut = self._make(
            QCoreApplication.translate("EditorActions", "Cu&t"), w.card_clipboard.cut, Key.Cut
        )
        self.copy = self._make(
            QCoreApplication.translate("EditorActions", "&Copy"), w.card_clipboard.copy, Key.Copy
        )
        self.paste = self._make(
            QCoreApplication.translate("EditorActions", "&Paste"), w.card_clipboard.paste, Key.Paste
        )
        self.delete = self._make(
            QCoreApplication.translate("EditorActions", "&Delete"), w.delete_selection, Key.Delete
        )
        self.select_all = self._make(
            QCoreApplication.translate("EditorActions", "Select &All"), w.select_all, Key.SelectAll
        )
        self.edit_title = self._make(
            QCoreApplication.translate("EditorActions", "&Edit Title"),
            w.edit_title,
            QKeySequence("F2"),
        )
        self.history = w.history_dock.toggleViewAction()
        self.history.setText(QCoreApplication.translate("EditorActions", "&History"))
        self.history.setShortcut(QKeySequence("Ctrl+Alt+H"))
        self.preferences = self._make(
            QCoreApplication.translate("EditorActions", "Pre&ferences…"),
            c.edit_preferences,
            Key.Preferences,
        )
        self.preferences.setObjectName("preferencesAction")
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # View
        self.zoom_in = self._make(
            QCoreApplication.translate("EditorActions", "Zoom &In"), w.zoom_in, Key.ZoomIn
        )
        self.zoom_out = self._make(
            QCoreApplication.translate("EditorActions", "Zoom &Out"), w.zoom_out, Key.ZoomOut
        )
        self.zoom_reset = self._make(
            QCoreApplication.translate("EditorActions", "&Actual Size"),
            w.zoom_reset,
            QKeySequence("Ctrl+0"),
        )
        self.fit = self._make(
            QCoreApplication.translate("EditorActions", "&Fit to Window"),
            w.fit_to_window,
            QKeySequence("Ctrl+9"),
        )
        # Map
        self.new_map = self._make(
            QCoreApplication.translate("EditorActions", "&New Map…"),
            c.new_map,
            QKeySequence("Ctrl+Shift+M"),
        )
        self.rename_map = self._make(
            QCoreApplication.translate("EditorActions", "&Rename Map…"), c.rename_map
        )
        self.duplicate_map = self._make(
            QCoreApplication.translate("EditorActions", "D&uplicate Map"), c.duplicate_map
        )
        self.delete_map = self._make(
            QCoreApplication.translate("EditorActions", "&Delete Map"), c.delete_map
        )
        self.map_persona = self._make(
            QCoreApplication.translate("EditorActions", "Map &Persona…"), c.choose_map_persona
        )
        # Help
        self.about = self._make(
            QCoreApplication.translate("EditorActions", "&About MapStudio"), c.about
        )
        self.about_qt = self._make(
            QCoreApplication.translate("EditorActions", "About &Qt"), c.about_qt
        )
        self.user_guide = self._make(
            QCoreApplication.translate("EditorActions", "MapStudio &Help"),
            c.show_help,
            Key.HelpContents,
        )
        self.user_guide.setObjectName("userGuideAction")
        self.welcome = self._make(
            QCoreApplication.translate("EditorActions", "&Welcome Screen"), c.show_welcome
        )
        self.welcome.setObjectName("welcomeAction")

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: Key | QKeySequence | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            if isinstance(shortcut, Key):
                action.setShortcuts(QKeySequence.keyBindings(shortcut))
            else:
                action.setShortcut(shortcut)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ------------------------------------------------------------- menus
    def build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("EditorActions", "&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addActions([self.new, self.new_from_template, self.open])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.close])
        file_menu.addSeparator()
        file_menu.addActions([self.import_data, self.export, self.export_data, self.print])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit = bar.addMenu(QCoreApplication.translate("EditorActions", "&Edit"))
        edit.setObjectName("editMenu")
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.delete])
        edit.addSeparator()
        edit.addActions([self.select_all, self.edit_title])
        edit.addSeparator()
        edit.addAction(self.history)
        edit.addSeparator()
        edit.addAction(self.preferences)

        view = bar.addMenu(QCoreApplication.translate("EditorActions", "&View"))
        view.setObjectName("viewMenu")
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.fit])
        view.addSeparator()
        docks = (w.palette_dock, w.inspector_dock, w.persona_dock, w.history_dock)
        for dock in (*docks, w.health_dock):
            view.addAction(dock.toggleViewAction())
        view.addAction(w.toolbar.toggleViewAction())

        self._build_insert_menu(bar.addMenu(QCoreApplication.translate("EditorActions", "&Insert")))

        map_menu = bar.addMenu(QCoreApplication.translate("EditorActions", "&Map"))
        map_menu.setObjectName("mapMenu")
        map_menu.addActions([self.new_map, self.rename_map, self.duplicate_map, self.delete_map])
        map_menu.addSeparator()
        map_menu.addAction(self.map_persona)

        help_menu = bar.addMenu(QCoreApplication.translate("EditorActions", "&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addActions([self.user_guide, self.welcome])
        help_menu.addSeparator()
        help_menu.addActions([self.about, self.about_qt])

    def _insert(self, menu: QMenu, text: str, entry: PaletteEntry) -> QAction:
        action = menu.addAction(self.window.palette.icon(entry), text)
        action.triggered.connect(lambda _checked=False, e=entry: self.window.insert_entry(e))
        return action

    def _build_insert_menu(self, menu: QMenu) -> None:
        menu.setObjectName("insertMenu")
        self.insert_phase = self._insert(
            menu,
            QCoreApplication.translate("EditorActions", "&Phase"),
            PaletteEntry(PaletteItem.PHASE),
        )
        lanes = menu.addMenu(QCoreApplication.translate("EditorActions", "&Lane"))
        for kind in LaneKind:
            self._insert(
                lanes, lane_kind_name(kind), PaletteEntry(PaletteItem.LANE, lane_kind=kind)
            )
        menu.addSeparator()
        touchpoints = menu.addMenu(QCoreApplication.translate("EditorActions", "&Touchpoint"))
        for channel in PALETTE_CHANNELS:
            entry = PaletteEntry(PaletteItem.CARD, card_kind=CardKind.TOUCHPOINT, channel=channel)
            self._insert(touchpoints, channel_name(channel), entry)
        for kind in PALETTE_CARDS:
            self._insert(menu, card_kind_name(kind), PaletteEntry(PaletteItem.CARD, card_kind=kind))
        menu.addSeparator()
        self._insert(
            menu,
            QCoreApplication.translate("EditorActions", "Frustration &Marker"),
            PaletteEntry(PaletteItem.MARKER),
        )
        self._insert(
            menu,
            QCoreApplication.translate("EditorActions", "New P&ersona"),
            PaletteEntry(PaletteItem.PERSONA),
        )

    def build_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.addActions([self.new, self.open, self.save])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out, self.zoom_in, self.fit])

    def canvas_actions(self) -> list[QAction]:
        """What the canvas's context menu offers besides its own items."""
        return [self.cut, self.copy, self.paste, self.delete]


class WindowCommands:
    """The Map and Help menus' commands, and File > Print, for one window.

    Their dialogs' classes are imported when a command first runs: PySide
    builds each Qt class's Python type on first use, and the first paint
    shows none of them.
    """

    def __init__(self, window: EditorWindow) -> None:
        self.window = window

    def new_map(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("EditorActions", "New map"),
            QCoreApplication.translate("EditorActions", "Name of the new map:"),
            text=QCoreApplication.translate("EditorActions", "New journey"),
        )
        if ok:
            edit, map_id = standard_map_edit(self.window.document.project, name.strip())
            if self.window.document.push(edit):
                self.window.show_map(map_id)

    def rename_map(self) -> None:
        canvas = self.window.current_canvas()
        if canvas is None:
            return
        current = self.window.document.project.map(canvas.map_id()).name
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("EditorActions", "Rename map"),
            QCoreApplication.translate("EditorActions", "Name of the map:"),
            text=current,
        )
        if ok and name.strip() != current:
            self.window.document.try_push(operations.set_fields, canvas.map_id(), name=name.strip())

    def delete_map(self) -> None:
        canvas = self.window.current_canvas()
        if canvas is not None:
            self.window.document.try_push(operations.remove_map, canvas.map_id())

    def duplicate_map(self) -> None:
        canvas = self.window.current_canvas()
        if canvas is None:
            return
        try:
            edit, map_id = clipboard.duplicate_map(
                self.window.document.project,
                canvas.map_id(),
                QCoreApplication.translate("EditorActions", "{name} (copy)").format(
                    name=self.window.document.project.map(canvas.map_id()).name
                ),
            )
        except ModelError as exc:
            self.window.show_error(str(exc))
            return
        if self.window.document.push(edit):
            self.window.show_map(map_id)

    def choose_map_persona(self) -> None:
        canvas = self.window.current_canvas()
        if canvas is None:
            return
        project = self.window.document.project
        personas = project.personas()
        labels = [QCoreApplication.translate("EditorActions", "(nobody)")] + [
            p.name or QCoreApplication.translate("EditorActions", "(unnamed persona)")
            for p in personas
        ]
        current = project.map(canvas.map_id()).persona_id
        index = next((i + 1 for i, p in enumerate(personas) if p.id == current), 0)
        from PySide6.QtWidgets import QInputDialog

        label, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("EditorActions", "Map persona"),
            QCoreApplication.translate("EditorActions", "This map is about:"),
            labels,
            index,
            False,
        )
        if ok:
            chosen = personas[labels.index(label) - 1].id if labels.index(label) else None
            self.window.document.try_push(operations.set_map_persona, canvas.map_id(), chosen)

    def print_map(self) -> None:
        """Print preview of the current map (QtPrintSupport loads only when asked)."""
        from mapstudio.ui.printing import print_document

        canvas = self.window.current_canvas()
        print_document(self.window, self.window.document, canvas.map_id() if canvas else None)

    def export_maps(self) -> None:
        """File > Export: PDF, PNG or SVG with the same choices as `mapstudio export`."""
        from mapstudio.ui.export_dialog import export_from_dialog

        path = export_from_dialog(self.window, self.window.document)
        if path is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("EditorActions", "Exported to {path}").format(path=path),
                5000,
            )

    def import_data(self) -> None:
        """File > Import: a CSV or Mermaid file as a new map (ui/interchange_ops.py)."""
        from mapstudio.ui.interchange_ops import import_from_dialog

        import_from_dialog(self.window)

    def export_data(self) -> None:
        """File > Export Data: CSV, Mermaid, GraphML or a project copy, like `convert`."""
        from mapstudio.ui.interchange_ops import export_data_from_dialog

        export_data_from_dialog(self.window)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.window,
            QCoreApplication.translate("EditorActions", "About MapStudio"),
            QCoreApplication.translate(
                "EditorActions",
                "<h3>MapStudio {version}</h3>"
                "<p>Customer journey maps for marketers: personas, phases, "
                "touchpoints, emotions, frustrations and opportunities.</p>"
                "<p>Works offline; your maps stay on your computer.</p>",
            ).format(version=__version__),
        )

    def about_qt(self) -> None:
        QApplication.aboutQt()

    def edit_preferences(self) -> None:
        """Edit > Preferences…: its dialog's module loads on first use, not at start-up."""
        from mapstudio.ui.preferences import edit_preferences

        edit_preferences(self.window)

    def show_help(self) -> None:
        """Help > MapStudio Help: the five-step guide, in its own window."""
        from mapstudio.ui.guide import show_guide

        show_guide(self.window)

    def show_welcome(self) -> None:
        from mapstudio.ui.welcome import show_welcome

        show_welcome(self.window)

    def new_from_template(self) -> None:
        """File > New from Template…: the template gallery in a dialog."""
        from mapstudio.ui.template_gallery import new_from_template

        new_from_template(self.window)
