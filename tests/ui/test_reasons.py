"""What a failed file operation tells the user."""

import errno

from mapstudio.fileformat import ProjectFileError
from mapstudio.ui.reasons import failure_reason


def test_an_os_error_gives_the_systems_phrase_without_errno_or_path() -> None:
    exc = OSError(errno.ENOSPC, "No space left on device", "/tmp/carte.mapstudio")
    assert failure_reason(exc) == "No space left on device"


def test_other_errors_are_already_worded_for_the_user() -> None:
    assert failure_reason(ProjectFileError("made by a newer MapStudio (version 9)")) == (
        "made by a newer MapStudio (version 9)"
    )
    assert failure_reason(OSError("no errno here")) == "no errno here"
