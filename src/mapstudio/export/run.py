"""One entry point for every export: choose the writer, write beside, then rename.

Output goes to a temporary file in the target's folder and replaces the
target only when complete, so a failed export never leaves a half-written
file (and never destroys the previous one).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from mapstudio.export.errors import ExportError
from mapstudio.export.options import (
    ExportFormat,
    ExportOptions,
    check_dpi,
    format_for_path,
    maps_to_export,
)
from mapstudio.model.project import JourneyProject


def export_project(project: JourneyProject, path: Path, options: ExportOptions) -> int:
    """Export to `path` in the format its extension names; returns pages (PDF) or 1."""
    fmt = format_for_path(path)
    map_ids = maps_to_export(project, options, fmt)
    _check(fmt, options, map_ids)
    folder = path.resolve().parent
    if not folder.is_dir():
        raise ExportError(f"the folder {folder} does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        count = _write(fmt, project, map_ids, tmp, options)
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return count


def _file_mode(path: Path) -> int:
    """The replaced file's mode, or what a plain new file gets (temp files are 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _check(fmt: ExportFormat, options: ExportOptions, map_ids: list[str]) -> None:
    if fmt != ExportFormat.PDF:
        if options.poster is not None and options.poster != (1, 1):
            raise ExportError("poster tiling is for PDF and printing; export a .pdf instead")
        if options.persona_sheet:
            raise ExportError("the persona sheet is part of PDF exports only")
        if len(map_ids) > 1:
            raise ExportError("an image holds one map: choose it with --map")
        check_dpi(options.dpi)


def _write(
    fmt: ExportFormat,
    project: JourneyProject,
    map_ids: list[str],
    target: Path,
    options: ExportOptions,
) -> int:
    if fmt == ExportFormat.PDF:
        from mapstudio.export.pdf import write_pdf

        return write_pdf(project, map_ids, target, options)
    from mapstudio.export.images import write_png, write_svg

    if fmt == ExportFormat.PNG:
        write_png(project, map_ids[0], target, options)
    else:
        write_svg(project, map_ids[0], target, options)
    return 1
