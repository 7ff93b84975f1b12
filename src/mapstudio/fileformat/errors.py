"""The one exception the file format lets out, and the wording of its messages.

Every message names the file, says what is wrong and what to do, in words a
marketer understands; the UI shows it in a dialog and the CLI prints it.
"""

from __future__ import annotations


class ProjectFileError(Exception):
    """A project file could not be opened or saved; `str(error)` is for the user."""


# What to do, by kind of trouble. `{name}` is the file's name.
WRONG_FILE = "Check that you opened the right file."
DAMAGED = "The file may be damaged; open its backup “{name}.bak” if there is one."
TOO_LARGE = "MapStudio refuses files like this to stay safe; check that you opened the right file."
NEWER = "Update MapStudio to open it."


class FileProblem(Exception):
    """Raised inside the package; the public functions turn it into `ProjectFileError`.

    Internal code knows what is wrong but not the file's name, so it says only
    the problem (`reason`, completing “the file …”) and the `advice` to give.
    """

    def __init__(self, reason: str, advice: str = DAMAGED, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.advice = advice
        self.detail = detail or reason  # the problem alone, for messages about saving

    def for_file(self, name: str) -> ProjectFileError:
        """The user-facing error for the file called `name`."""
        return ProjectFileError(f"“{name}” {self.reason}. {self.advice.format(name=name)}")


def invalid(detail: str) -> FileProblem:
    """A file that is readable but holds a project breaking MapStudio's rules."""
    return FileProblem(f"contains a project MapStudio cannot use ({detail})", detail=detail)


def unreadable(detail: str) -> FileProblem:
    """A file whose bytes or structure are broken."""
    return FileProblem(f"cannot be read ({detail})")
