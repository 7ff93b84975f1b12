"""Why a file operation failed, in words for the user.

An `OSError` carries the system's own short phrase ("Permission denied",
"No space left on device") in `strerror`; its `str()` adds the errno and the
path the dialog already names. Every other error (a `ProjectFileError`, an
import or export error) is already worded for the user.
"""

from __future__ import annotations


def failure_reason(exc: BaseException) -> str:
    """The part of `exc` a message box should show after the file's name."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
