"""Opening a `.mapstudio` file: untrusted bytes in, a valid project or one error out.

The stages run cheapest and most defensive first: file size, zip directory,
marker, bounded reads, guarded JSON, version and migration, value checks,
then the model's own rules. Whatever goes wrong, the caller sees exactly one
`ProjectFileError` with a message for the user.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mapstudio.fileformat import jsontext, limits, schema
from mapstudio.fileformat.archive import ProjectArchive
from mapstudio.fileformat.errors import TOO_LARGE, WRONG_FILE, FileProblem, ProjectFileError
from mapstudio.fileformat.serialize import project_from_json_dict
from mapstudio.model.bulk import collector_paused
from mapstudio.model.project import JourneyProject

_log = logging.getLogger(__name__)


def load_project(path: str | Path) -> JourneyProject:
    """The project saved at `path`; `ProjectFileError` if it cannot be opened."""
    path = Path(path)
    name = path.name or str(path)
    try:
        with open(path, "rb") as file:
            if os.fstat(file.fileno()).st_size > limits.MAX_FILE_BYTES:
                raise FileProblem("is too large to open safely", TOO_LARGE).for_file(name)
            data = file.read(limits.MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ProjectFileError(
            f"“{name}” was not found. It may have been moved, renamed or deleted."
        ) from None
    except IsADirectoryError:
        raise ProjectFileError(f"“{name}” is a folder, not a MapStudio project.") from None
    except PermissionError:
        raise ProjectFileError(
            f"“{name}” cannot be opened: you do not have permission to read it."
        ) from None
    except OSError as exc:
        raise ProjectFileError(
            f"“{name}” cannot be opened ({exc.strerror or exc}). "
            "Check that the drive or network folder is available."
        ) from None
    return project_from_bytes(data, name)


def project_from_bytes(data: bytes, source_name: str = "the project file") -> JourneyProject:
    """The project in `data` (a whole `.mapstudio` file); `ProjectFileError` if unusable.

    `source_name` is how the messages call the file, normally its name.
    """
    try:
        with collector_paused():  # a big file makes hundreds of thousands of objects
            return _read(data)
    except FileProblem as problem:
        raise problem.for_file(source_name) from None
    except Exception as exc:  # a gap in the checks above: still no traceback for the user
        _log.exception("unexpected error reading %s", source_name)
        raise ProjectFileError(
            f"“{source_name}” cannot be read (unexpected problem: {type(exc).__name__}). "
            f"{WRONG_FILE}"
        ) from exc


def _read(data: bytes) -> JourneyProject:
    archive = ProjectArchive(data)
    try:
        marker = archive.read(schema.MIMETYPE_ENTRY, len(schema.MIME_TYPE))
    except KeyError:
        marker = b""
    if marker != schema.MIME_TYPE.encode("ascii"):
        raise FileProblem(
            "is not a MapStudio project (the MapStudio marker is missing)", WRONG_FILE
        )
    try:
        raw = archive.read(schema.PROJECT_ENTRY, limits.MAX_JSON_BYTES)
    except KeyError:
        raise FileProblem("cannot be read (its project data is missing)") from None
    document = jsontext.decode(raw)
    # Each media entry is read once and its bytes shared, however many items
    # name it: 100 000 personas pointing at one 16 MiB photo must not mean
    # 100 000 decompressions and copies.
    media: dict[str, bytes] = {}

    def read_media(name: str) -> bytes:
        if name not in media:
            media[name] = archive.read(name, limits.MAX_PHOTO_BYTES)
        return media[name]

    return project_from_json_dict(
        document,
        read_media,
        may_hold_surrogates=jsontext.may_hold_surrogates(raw),
        document_owned=True,
    )
