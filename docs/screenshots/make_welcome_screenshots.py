"""Render docs/screenshots/welcome-en.png and welcome-fr.png from the real welcome screen.

Run under a real X server, so fonts and styles are the ones users see:

    xvfb-run -a -s "-screen 0 1600x1000x24" \
        .venv/bin/python docs/screenshots/make_welcome_screenshots.py

Each language runs in its own process: Qt translates a widget's texts when it
is built, and MapStudio installs its catalogues once, at start-up. Settings
live in a temporary folder (also used as the home folder), so the user's own
settings and recent files never appear in the pictures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "fr")
# Recent projects shown in the list: (file name, template it is made from), per language.
RECENT = {
    "en": (
        ("spring-campaign.mapstudio", "buying-journey"),
        ("store-visit.mapstudio", "phygital-retail"),
    ),
    "fr": (
        ("campagne-printemps.mapstudio", "buying-journey"),
        ("visite-magasin.mapstudio", "phygital-retail"),
    ),
}


class FixedLanguage:
    """Settings that ask for one language, whatever the system's locale."""

    def __init__(self, language: str) -> None:
        self._language = language

    def language(self) -> str:
        return self._language


def render(lang: str, home: Path) -> Path:
    """Show the welcome screen in `lang` over an editor window and save it as PNG."""
    from PySide6.QtCore import QSettings

    from mapstudio.content.templates import load_template
    from mapstudio.fileformat import save_project
    from mapstudio.ui.app import application
    from mapstudio.ui.editor_window import EditorWindow
    from mapstudio.ui.i18n import install_translators
    from mapstudio.ui.settings import EditorSettings
    from mapstudio.ui.welcome import show_welcome

    app = application()
    install_translators(app, FixedLanguage(lang))
    settings = EditorSettings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    folder = home / "Documents" / ("Parcours clients" if lang == "fr" else "Journey maps")
    folder.mkdir(parents=True, exist_ok=True)
    for name, template in reversed(RECENT[lang]):
        path = folder / name
        save_project(load_template(template, lang), path)
        settings.add_recent_file(path)
    window = EditorWindow(settings=settings)
    window.resize(1500, 940)
    window.show()
    screen = show_welcome(window)
    for _ in range(20):  # let layouts settle and every thumbnail paint
        app.processEvents()
    target = HERE / f"welcome-{lang}.png"
    if not screen.grab().save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    window.document.mark_saved()
    return target


def main(argv: list[str]) -> int:
    if argv:  # child process: one language
        with tempfile.TemporaryDirectory() as home:
            os.environ["HOME"] = home  # recent files read "~/Documents/…"
            print(render(argv[0], Path(home)))
        return 0
    for lang in LANGUAGES:
        subprocess.run([sys.executable, __file__, lang], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
