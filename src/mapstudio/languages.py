"""Which language ("en" or "fr") to speak, without Qt: for the CLI and the model's texts.

The editor asks Qt (`QLocale`) and the user's Preferences; the command line
and the content builders only have the environment, read here the way
gettext does (LC_ALL, then LC_MESSAGES, then LANG, then LANGUAGE).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

SUPPORTED: tuple[str, ...] = ("en", "fr")
DEFAULT = "en"


def normalize(tag: str | None) -> str | None:
    """ "fr_FR.UTF-8", "fr-CA", "FR" → "fr"; None for unsupported or empty tags."""
    if not tag:
        return None
    code = tag.split(":")[0].split(".")[0].split("@")[0].replace("-", "_").split("_")[0]
    code = code.strip().lower()
    return code if code in SUPPORTED else None


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, falling back to English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name)
        if value:
            if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
                return DEFAULT
            return normalize(value) or DEFAULT
    return DEFAULT
