"""The interface language: which one the user gets, and loading its catalogues.

The language comes from Preferences when the user chose one, else from the
system locale; only English (the source language) and French ship. Other
modules ask `current_language()` for texts that Qt's catalogues do not hold
(templates, the guide, the health check's messages).

`install_translators` runs once, before any window exists: Qt translates a
string when the widget is built, so a catalogue installed later would leave
the open window in the old language (hence "takes effect after restart").
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mapstudio.languages import DEFAULT, environment_language, normalize
from mapstudio.resources import resource_path

_log = logging.getLogger(__name__)

CATALOGUE_PREFIX = "mapstudio"
# Qt's own catalogue for its standard dialogs and buttons (Cancel, Yes, No…).
QT_CATALOGUE_PREFIX = "qtbase"

_current = DEFAULT
# QCoreApplication does not own installed translators: without these
# references Python would collect them and the strings would turn English again.
_installed: list[QTranslator] = []


class LanguageSetting(Protocol):
    """What `install_translators` needs from the settings (`EditorSettings`)."""

    def language(self) -> str: ...


def system_language() -> str:
    """The system locale's language if MapStudio speaks it, else English."""
    locale = QLocale.system()
    for name in locale.uiLanguages():
        language = normalize(name)
        if language is not None:
            return language
    language = normalize(locale.name())
    if language is not None:
        return language
    # Qt reports "C" on some platforms where only LANG/LC_ALL say anything.
    return environment_language() if locale.name() in ("C", "POSIX") else DEFAULT


def current_language() -> str:
    """The language of the running interface: "en" or "fr"."""
    return _current


def set_current_language(language: str) -> None:
    global _current
    _current = normalize(language) or DEFAULT


def chosen_language(settings: LanguageSetting | None) -> str:
    """The user's choice in Preferences, else the system's language."""
    chosen = normalize(settings.language()) if settings is not None else None
    return chosen or system_language()


def translations_dir() -> Path:
    """Where MapStudio's compiled catalogues (`mapstudio_<lang>.qm`) live."""
    return resource_path("translations")


def qt_translations_dir() -> str:
    """Where PySide6 keeps Qt's own catalogues (also inside a frozen build)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_translators(app: QCoreApplication, settings: LanguageSetting | None) -> str:
    """Install the catalogues for the chosen language; the language now in use.

    English needs no catalogue. When MapStudio's own catalogue cannot be
    loaded the interface stays English (and says so in the log), so that
    `current_language()` never promises French texts the menus do not show.
    """
    remove_translators(app)
    language = chosen_language(settings)
    if language != DEFAULT:
        ours = QTranslator(app)
        if ours.load(f"{CATALOGUE_PREFIX}_{language}", str(translations_dir())):
            _install(app, ours)
            qt = QTranslator(app)
            if qt.load(f"{QT_CATALOGUE_PREFIX}_{language}", qt_translations_dir()):
                _install(app, qt)
            else:
                _log.warning(
                    "Qt's %s catalogue is missing; standard buttons stay English", language
                )
        else:
            _log.warning(
                "No %s catalogue in %s; the interface stays English", language, translations_dir()
            )
            language = DEFAULT
    set_current_language(language)
    return language


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def remove_translators(app: QCoreApplication) -> None:
    """Take out what `install_translators` put in (tests switch languages with it)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    set_current_language(DEFAULT)
