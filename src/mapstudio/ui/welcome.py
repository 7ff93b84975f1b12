"""The welcome screen: start from a template, reopen recent work, or open an example.

Shown over the editor when MapStudio starts without a file (unless the user
turned it off), and from Help > Welcome Screen. It is a window-modal dialog
opened with `open()`: it never runs an event loop of its own, so start-up
and tests go on while it is shown.

Whatever the user picks replaces the editor's document the way File > New
and File > Open do (unsaved work is offered for saving first). Templates
and examples open as new, untitled projects: their files live in the
installation, which may be read-only, so Save asks where to put the copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mapstudio.content.examples import EXAMPLES
from mapstudio.resources import resource_path
from mapstudio.ui.document import Document
from mapstudio.ui.i18n import current_language
from mapstudio.ui.reasons import failure_reason
from mapstudio.ui.settings import EditorSettings
from mapstudio.ui.template_gallery import TemplateGallery, open_template

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

PATH_ROLE = Qt.ItemDataRole.UserRole
FILE_ICON = 32
SIDE_WIDTH = 340


@dataclass(frozen=True)
class ExampleEntry:
    """A worked example as the welcome screen lists it."""

    title: str
    path: Path


def example_entries(lang: str) -> list[ExampleEntry]:
    """The bundled worked examples, titled in `lang`, each in `lang` where it exists."""
    return [ExampleEntry(e.title(lang), e.file(lang)) for e in EXAMPLES.values()]


def folder_label(folder: Path) -> str:
    """`folder` as people read it: "~/Documents/Maps" for a folder in their home."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


def wants_welcome(path: Path | None, exit_when_ready: bool, settings: EditorSettings) -> bool:
    """Whether start-up shows the welcome screen: no file given, a person waiting, not off.

    `--exit-when-ready` is a smoke test with nobody to close a dialog, so it
    never gets one.
    """
    return path is None and not exit_when_ready and settings.show_welcome()


def open_example(window: EditorWindow, path: Path) -> bool:
    """Open the example at `path` as a new untitled project; False if not opened."""
    from mapstudio.fileformat import ProjectFileError, load_project

    try:
        project = load_project(path)
    except (ProjectFileError, OSError) as exc:
        reason = failure_reason(exc)
        QMessageBox.critical(
            window,
            QCoreApplication.translate("WelcomeScreen", "Cannot open the example"),
            QCoreApplication.translate(
                "WelcomeScreen", "“{name}” cannot be opened.\n\n{reason}"
            ).format(name=path.name, reason=reason),
        )
        return False
    if not window.file_ops.maybe_save():
        return False
    window.set_document(Document(project))
    return True


class WelcomeScreen(QDialog):
    """Templates on the left; recent projects, examples and Open… on the right."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.setObjectName("welcomeScreen")
        self.setWindowTitle(self.tr("Welcome to MapStudio"))
        self.editor = window
        lang = current_language()
        self._file_icon = QIcon(str(resource_path("icons", "application-x-mapstudio.svg")))

        heading = QLabel(
            self.tr(
                "<h2>Welcome to MapStudio</h2>"
                "<p>Map your customer's journey: start from a template, "
                "or open a project.</p>"
            ),
            self,
        )
        heading.setObjectName("welcomeHeading")
        heading.setWordWrap(True)

        self._busy = False  # one choice at a time, while "save changes?" is asked
        self.gallery = TemplateGallery(lang, self)
        self.gallery.setToolTip(
            self.tr("Double-click a template, or select it and press Create, to start a project.")
        )
        self.gallery.templateChosen.connect(self._choose_template)
        templates = self._section(self.tr("Start from a template"), self.gallery)

        self.recent_list = self._file_list("recentList")
        self.recent_list.itemActivated.connect(self._open_recent)
        self.open_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
            self.tr("&Open…"),
            self,
        )
        self.open_button.setObjectName("openButton")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open_file)
        self.example_list = self._file_list("exampleList")
        self.example_list.itemActivated.connect(self._open_example)
        for example in example_entries(lang):
            item = QListWidgetItem(self._file_icon, example.title, self.example_list)
            item.setData(PATH_ROLE, str(example.path))
            item.setToolTip(self.tr("Opens a copy: Save asks where to keep it."))
        self.example_list.setFixedHeight(self._list_height(self.example_list, 3))

        side = QVBoxLayout()
        side.addLayout(self._section(self.tr("Recent projects"), self.recent_list), 1)
        side.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addSpacing(8)
        side.addLayout(self._section(self.tr("Examples"), self.example_list))

        body = QHBoxLayout()
        body.addLayout(templates, 3)
        body.addSpacing(12)
        body.addLayout(side, 1)
        self.recent_list.setMinimumWidth(SIDE_WIDTH)

        self.show_at_start = QCheckBox(self.tr("&Show this screen at start"), self)
        self.show_at_start.setObjectName("showAtStart")
        self.show_at_start.setChecked(window.settings.show_welcome())
        self.show_at_start.toggled.connect(window.settings.set_show_welcome)
        self.create_button = QPushButton(self.tr("C&reate"), self)
        self.create_button.setObjectName("createButton")
        # Not the default button: Enter in a list opens that list's item, and only it.
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self._create)
        close = QPushButton(self.tr("&Close"), self)
        close.setAutoDefault(False)
        close.setObjectName("closeWelcome")
        close.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.show_at_start)
        footer.addStretch(1)
        footer.addWidget(self.create_button)
        footer.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.refresh_recent_files()
        self.gallery.setFocus()
        grid = self.gallery.gridSize()
        self.resize(3 * grid.width() + 420, 2 * grid.height() + 150)

    def _section(self, title: str, content: QWidget) -> QVBoxLayout:
        section = QVBoxLayout()
        label = QLabel(f"<b>{title}</b>", self)
        label.setBuddy(content)
        section.addWidget(label)
        section.addWidget(content, 1)
        return section

    def _file_list(self, name: str) -> QListWidget:
        """A list of projects: document icons, long titles wrapped rather than scrolled."""
        files = QListWidget(self)
        files.setObjectName(name)
        files.setIconSize(QSize(FILE_ICON, FILE_ICON))
        files.setWordWrap(True)
        files.setSpacing(2)
        files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        files.setResizeMode(QListWidget.ResizeMode.Adjust)
        return files

    @staticmethod
    def _list_height(widget: QListWidget, rows: int) -> int:
        """Room for up to `rows` rows, so a short list takes no more space than it needs."""
        shown = max(1, min(rows, widget.count()))
        height = sum(widget.sizeHintForRow(i) + 2 * widget.spacing() for i in range(shown))
        return height + 2 * widget.frameWidth()

    # ---------------------------------------------------------------- recent
    def refresh_recent_files(self) -> None:
        """List the remembered files; those gone from disk show, greyed out, as missing."""
        self.recent_list.clear()
        for path in self.editor.settings.recent_files():
            label = f"{path.name}\n{folder_label(path.parent)}"
            item = QListWidgetItem(self._file_icon, label, self.recent_list)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            if not path.is_file():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("{path} (file not found)").format(path=path))
        if self.recent_list.count() == 0:
            empty = QListWidgetItem(self.tr("No recent projects yet"), self.recent_list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    # --------------------------------------------------------------- choices
    # Double-click or Enter opens an item. Not a single click: the dialog would
    # vanish under the mouse and the rest of a double-click land on the map.
    def _choose(self, open_choice: Callable[[], bool]) -> None:
        if self._busy or not self.isVisible():
            return
        self._busy = True
        try:
            if open_choice():
                self.accept()
        finally:
            self._busy = False

    def _create(self) -> None:
        name = self.gallery.current_name()
        if name is not None:
            self._choose_template(name)

    def _choose_template(self, name: str) -> None:
        self._choose(lambda: open_template(self.editor, name, self.gallery.lang))

    def _open_recent(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._choose(lambda: self.editor.file_ops.open_path(Path(path)))
            if self.isVisible():
                self.refresh_recent_files()  # a file that vanished has left the list

    def _open_file(self) -> None:
        self._choose(self.editor.file_ops.open)

    def _open_example(self, item: QListWidgetItem) -> None:
        self._choose(lambda: open_example(self.editor, Path(item.data(PATH_ROLE))))


def show_welcome(window: EditorWindow) -> WelcomeScreen:
    """Show the welcome screen over `window` (window-modal, without blocking)."""
    # A closed screen lingers until Qt deletes it: only a visible one is reused.
    screen = next((s for s in window.findChildren(WelcomeScreen) if s.isVisible()), None)
    if screen is None:
        screen = WelcomeScreen(window)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    else:
        screen.refresh_recent_files()
    screen.open()
    screen.raise_()
    screen.activateWindow()
    return screen
