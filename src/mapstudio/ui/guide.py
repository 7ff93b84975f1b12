"""Help > MapStudio Guide: a short guide to building a map, in the interface's language.

The guide is plain HTML under `resources/guide/` (one file per language),
shown in a `QTextBrowser` in its own window, so it stays open beside the map
while the user follows the steps. It is not modal: reading the guide must
never stop anyone from working.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from mapstudio.languages import DEFAULT
from mapstudio.resources import resource_path
from mapstudio.ui.i18n import current_language

GUIDE_MARGIN = 14  # pixels around the text, so it does not touch the window's edge


def guide_path(lang: str) -> Path:
    """The guide's HTML file for `lang`, or the English one when `lang` has none."""
    path = resource_path("guide", f"guide.{lang}.html")
    return path if path.is_file() else resource_path("guide", f"guide.{DEFAULT}.html")


class UserGuide(QWidget):
    """A tool window showing the guide; links to the web open in the browser."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("MapStudio Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.lang = ""
        self.show_language(lang)
        self.resize(620, 720)

    def show_language(self, lang: str) -> None:
        """Show the guide in `lang` (the English one if that language has none)."""
        if lang == self.lang:
            return
        self.lang = lang
        path = guide_path(lang)
        if path.is_file():
            # setSource, not setHtml: relative links and images resolve beside the file.
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
            self.browser.document().setDocumentMargin(GUIDE_MARGIN)
        else:
            self.browser.setPlainText(
                self.tr("The guide is missing from this installation ({path}).").format(path=path)
            )


def show_guide(parent: QWidget) -> UserGuide:
    """Open the guide beside `parent`, reusing the window if it is already open."""
    guide = parent.findChild(UserGuide, "userGuide")
    if guide is None:
        guide = UserGuide(current_language(), parent)
    else:
        guide.show_language(current_language())
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
