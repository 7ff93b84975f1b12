"""The interface language: which one the user gets, and loading its catalogues.

The language comes from Preferences when the user chose one, else from the
system locale; only English (the source language) and French ship. Other
modules ask `current_language()` for texts that Qt's catalogues do not hold
(templates, the guide, the health check's messages).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from mapstudio.languages import DEFAULT, normalize

_current = DEFAULT


def system_language() -> str:
    """The system locale's language if MapStudio speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        language = normalize(name)
        if language is not None:
            return language
    return normalize(QLocale.system().name()) or DEFAULT


def current_language() -> str:
    """The language of the running interface: "en" or "fr"."""
    return _current


def set_current_language(language: str) -> None:
    global _current
    _current = normalize(language) or DEFAULT
