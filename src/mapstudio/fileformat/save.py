"""Saving a project: deterministic bytes, written atomically, previous version kept.

The new file is written beside the target under a temporary name, flushed to
disk, then renamed over the target in one step, so a crash, a full disk or a
pulled cable leaves either the old file or the new one, never half of each.
The old file is kept as `NAME.mapstudio.bak` so a bad save can be undone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from pathlib import Path

from mapstudio.fileformat import jsontext
from mapstudio.fileformat.archive import write_archive
from mapstudio.fileformat.errors import FileProblem, ProjectFileError
from mapstudio.fileformat.serialize import project_to_json_dict
from mapstudio.model.project import JourneyProject

BACKUP_SUFFIX = ".bak"

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.EROFS: "the drive is read-only",
    errno.EACCES: "you do not have permission to write in that folder",
    errno.EPERM: "you do not have permission to write in that folder",
    errno.ENOENT: "the folder does not exist",
}


def project_to_bytes(project: JourneyProject) -> bytes:
    """The complete `.mapstudio` file for `project`, the same bytes every time."""
    media: dict[str, bytes] = {}
    try:
        document = project_to_json_dict(project, media)
        text = jsontext.encode(document)
    except FileProblem as problem:
        raise ProjectFileError(
            f"The project cannot be saved: {problem.detail}. "
            "Replace or remove that photo and save again."
        ) from None
    except (TypeError, ValueError) as exc:
        raise ProjectFileError(
            f"The project cannot be saved: it holds data MapStudio cannot write ({exc})."
        ) from exc
    return write_archive(text, media)


def backup_path(path: str | Path) -> Path:
    """Where `save_project` keeps the previous version of `path`."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def save_project(project: JourneyProject, path: str | Path, *, keep_backup: bool = True) -> None:
    """Write `project` to `path` atomically, keeping the previous file as a backup.

    On failure raises `ProjectFileError`; the file at `path` is then unchanged.
    `keep_backup=False` skips the `.bak` (autosaves, which are copies anyway).
    """
    path = Path(path)
    data = project_to_bytes(project)
    try:
        write_atomically(path, data, keep_backup=keep_backup)
    except OSError as exc:
        raise ProjectFileError(
            f"“{path.name}” could not be saved: {_reason(exc)}. "
            "The previous version is unchanged; save to another folder or free some space "
            "and try again."
        ) from exc


def write_atomically(path: str | Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Replace `path` with `data` in one step: a crash leaves the old file or the new one.

    Writes a temporary file beside `path`, flushes it to disk, optionally keeps
    the current file as `NAME.bak`, then renames. Raises `OSError`, after
    removing the temporary file, if any step fails.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        _write_synced(temp, data)
        if keep_backup and path.exists():
            _keep_backup(path)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    _sync_directory(path.parent)


def _write_synced(temp: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o666)  # the user's umask decides the final mode
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_backup(path: Path) -> None:
    """Make `NAME.bak` the current file: a hard link if possible, else a copy.

    Goes through a temporary name so a failed copy never leaves a half backup.
    """
    backup = backup_path(path)
    temp = path.with_name(f".{backup.name}.{secrets.token_hex(4)}.tmp")
    try:
        try:
            os.link(path, temp)
        except OSError:
            shutil.copy2(path, temp)
        os.replace(temp, backup)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable (POSIX); not possible or needed everywhere."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))
