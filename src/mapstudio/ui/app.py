"""Starting the application: QApplication, fonts, the file, the main window."""

from __future__ import annotations

import gc
import linecache
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication, QWidget

from mapstudio import __version__
from mapstudio.model.bulk import collector_paused
from mapstudio.model.project import JourneyProject
from mapstudio.resources import resource_path
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.file_lock import may_open
from mapstudio.ui.fonts import map_font_family
from mapstudio.ui.i18n import install_translators
from mapstudio.ui.settings import EditorSettings

# A start-up check must not hang a CI job if the window never paints.
FIRST_PAINT_TIMEOUT_MS = 30_000
# Every image Qt decodes (photos on the canvas, in exports) may take at most this
# much memory: a 40-megapixel photo fits, a decompression bomb is refused.
IMAGE_ALLOCATION_LIMIT_MB = 256


def application() -> QApplication:
    """The one QApplication, created and named on first use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("MapStudio")
    app.setOrganizationName("MapStudio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.mapstudio.MapStudio")
    app.setWindowIcon(QIcon(str(resource_path("icons", "mapstudio.svg"))))
    map_font_family()  # bundled DejaVu Sans: accents and layout metrics match everywhere
    QImageReader.setAllocationLimit(IMAGE_ALLOCATION_LIMIT_MB)
    return app


class FirstPaintWatcher(QObject):
    """Calls `on_paint` once, after the watched widget's first paint event."""

    def __init__(self, widget: QWidget, on_paint: object) -> None:
        super().__init__(widget)
        self._on_paint = on_paint
        self.fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.fired:
            self.fired = True
            QTimer.singleShot(0, self._on_paint)  # type: ignore[arg-type]
        return False


def open_project(path: Path | None, quiet: bool) -> tuple[JourneyProject, Path | None]:
    """The project at `path`, or an empty one after telling the user why not."""
    if path is None:
        return JourneyProject(), None
    from mapstudio.fileformat import ProjectFileError, load_project

    try:
        return load_project(path), path
    except (ProjectFileError, OSError) as exc:
        message = str(exc)
    if quiet:  # a start-up check has nobody to close a dialog
        print(f"mapstudio: error: {message}", file=sys.stderr)
    else:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the project"), message
        )
    return JourneyProject(), None


@contextmanager
def frozen_after_opening() -> Iterator[None]:
    """No cyclic garbage collection while the project is read and the window
    built; then what was built is frozen out of the collector's sight.

    Opening a big map creates hundreds of thousands of long-lived objects
    (the model's graph, records, layout, items) and almost no cyclic garbage
    (a few hundred objects, whatever the map's size). Left to itself, the
    collector would scan that heap again and again as it grows, and once
    more in full just after the first paint (0.14 s on 10,000 cards). Frozen
    objects are still freed by reference counting; `EditorWindow.set_document`
    unfreezes them when another document replaces this one, so cycles among
    the old document's objects are collected as usual.
    """
    with collector_paused():
        yield
        gc.freeze()


def open_window(path: Path | None, quiet: bool) -> EditorWindow:
    """The editor window on the project at `path` (an empty one if it cannot be
    opened), not yet shown. `quiet`: no dialog, neither for an error nor for a
    file another MapStudio has open (start-up checks and benchmarks)."""
    with frozen_after_opening():
        project, opened = open_project(path, quiet=quiet)
        if opened is not None and not quiet and not may_open(None, opened):
            project, opened = JourneyProject(), None  # open elsewhere and the user declined
        return EditorWindow(Document(project, opened))


def forget_module_sources() -> None:
    """Drop the sources PySide6's import hook read while the editor's modules loaded.

    Once PySide6 is imported, its `__feature__` hook reads the whole source of
    every module imported after it (`inspect.getsource`: does the module use
    PySide6?), and `linecache` keeps them: ~80 files, 2.5 MB of one open's
    memory (measured), waiting for a traceback. A traceback reads the lines
    it needs again.
    """
    linecache.clearcache()


def run_app(path: Path | None, exit_when_ready: bool) -> int:
    """Run the editor until the user quits; the process's exit status."""
    forget_module_sources()  # every module the first paint needs is imported by now
    app = application()
    # Before any widget exists: Qt translates each text when the widget is built.
    install_translators(app, EditorSettings())
    window = open_window(path, quiet=exit_when_ready)
    if exit_when_ready:
        FirstPaintWatcher(window, app.quit)
        QTimer.singleShot(FIRST_PAINT_TIMEOUT_MS, lambda: app.exit(1))
    window.show()
    if not exit_when_ready:  # a start-up check never gets a dialog
        # After the first turn of the event loop, so the editor is on screen behind it.
        QTimer.singleShot(0, lambda: greet(window, path))
    return app.exec()


def greet(window: EditorWindow, path: Path | None) -> None:
    """Offer the work a crash left behind, else the welcome screen if it is wanted.

    Their modules (and the template gallery's) load here, after the window is
    up: the first paint does not wait for dialogs it does not show.
    """
    from mapstudio.ui.recovery import find_candidates, offer_recovery
    from mapstudio.ui.welcome import show_welcome, wants_welcome

    abandoned = find_candidates()  # work a crash left behind comes first
    if abandoned:
        offer_recovery(window, abandoned)
    elif wants_welcome(path, False, window.settings):
        show_welcome(window)
