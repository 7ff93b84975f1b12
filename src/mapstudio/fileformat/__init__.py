"""The `.mapstudio` file: a zip of project.json and media, read as untrusted input.

See docs/file-format.md for the format itself. Every failure surfaces as one
`ProjectFileError` whose message is meant for the user.
"""

from mapstudio.fileformat.errors import FileProblem, ProjectFileError
from mapstudio.fileformat.load import load_project, project_from_bytes
from mapstudio.fileformat.save import backup_path, project_to_bytes, save_project
from mapstudio.fileformat.schema import MIME_TYPE, SCHEMA_VERSION
from mapstudio.fileformat.serialize import project_from_json_dict as _from_json_dict
from mapstudio.fileformat.serialize import project_to_json_dict as _to_json_dict
from mapstudio.model.project import JourneyProject


def project_to_json_dict(project: JourneyProject, media: dict[str, bytes] | None = None) -> dict:
    """The project as the JSON document of project.json (e.g. for the clipboard).

    Photos are referenced by `media/…` name; their bytes are put into `media`.
    """
    try:
        return _to_json_dict(project, media)
    except FileProblem as problem:
        raise ProjectFileError(f"The project cannot be written: {problem.detail}.") from None


def project_from_json_dict(
    document: object,
    media: dict[str, bytes] | None = None,
    source_name: str = "the project data",
) -> JourneyProject:
    """The project a JSON document describes, with photos from `media`, fully checked."""
    try:
        return _from_json_dict(document, media)
    except FileProblem as problem:
        raise problem.for_file(source_name) from None
    except Exception as exc:  # same safety net as for files
        raise ProjectFileError(
            f"“{source_name}” cannot be read (unexpected problem: {type(exc).__name__})."
        ) from exc


__all__ = [
    "MIME_TYPE",
    "SCHEMA_VERSION",
    "ProjectFileError",
    "backup_path",
    "load_project",
    "project_from_bytes",
    "project_from_json_dict",
    "project_to_bytes",
    "project_to_json_dict",
    "save_project",
]
