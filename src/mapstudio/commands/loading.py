"""Opening a project file for a command, with errors worded for the user."""

from __future__ import annotations

from pathlib import Path

from mapstudio.commands import CommandError
from mapstudio.model.project import JourneyProject


def existing_file(path: Path) -> Path:
    """`path`, or a `CommandError` naming it when there is no such file."""
    if not path.exists():
        raise CommandError(f"no such file: {path}")
    if path.is_dir():
        raise CommandError(f"{path} is a folder, not a project file")
    return path


def load(path: Path) -> JourneyProject:
    """Load a project; a broken file surfaces as the file format's own message."""
    existing_file(path)
    from mapstudio.fileformat import load_project

    return load_project(path)
