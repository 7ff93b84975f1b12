"""Upgrading project documents written by older MapStudio versions.

Each migration turns the JSON document of schema version N into version N+1
and is registered under N. Loading applies them in turn up to the current
`schema.SCHEMA_VERSION`, so a change to the format only needs one new function
here, never a second reader. Files of a newer version are refused, not guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mapstudio.fileformat import schema
from mapstudio.fileformat.errors import NEWER, FileProblem, unreadable

Document = dict[str, Any]
Migration = Callable[[Document], Document]

# from_version -> function turning a document of that version into the next.
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register the decorated function as the upgrade from `from_version`."""

    def register(function: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"two migrations from schema version {from_version}")
        MIGRATIONS[from_version] = function
        return function

    return register


def declared_version(document: Document) -> int:
    """The document's schema version, checked to be a usable whole number."""
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise unreadable("it does not say which version of the format it uses")
    return version


def refuse_newer(document: Document, current: int | None = None) -> None:
    """Refuse a document written by a MapStudio newer than this one."""
    current = schema.SCHEMA_VERSION if current is None else current
    version = declared_version(document)
    if version > current:
        generator = document.get("generator")
        app = generator.get("version") if isinstance(generator, dict) else None
        shown = app[:40] if isinstance(app, str) and app else str(version)
        raise FileProblem(f"was made by a newer MapStudio (version {shown})", NEWER)


def upgrade(
    document: Document,
    current: int | None = None,
    migrations: dict[int, Migration] | None = None,
) -> Document:
    """`document` brought to schema version `current` (default: this app's)."""
    current = schema.SCHEMA_VERSION if current is None else current
    migrations = MIGRATIONS if migrations is None else migrations
    refuse_newer(document, current)
    version = declared_version(document)
    while version < current:
        step = migrations.get(version)
        if step is None:
            raise unreadable(f"no way is known to upgrade format version {version}")
        document = step(document)
        if not isinstance(document, dict) or declared_version(document) != version + 1:
            raise unreadable(f"upgrading format version {version} went wrong")
        version += 1
    return document
