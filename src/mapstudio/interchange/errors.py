"""Errors of importers and exporters, worded for the person who chose the file.

An import problem is tied to a line of the source file, so a marketer can open
the file in Excel or a text editor and fix exactly that line. The UI lists the
problems in a dialog; the CLI prints `str(error)` as one line.
"""

from __future__ import annotations

from collections.abc import Sequence

Problem = tuple[int, str]
"""A line number (1-based; 0 when the problem concerns the whole file) and a message."""


def describe_problems(problems: Sequence[Problem], limit: int = 5) -> str:
    """The first problems as one readable sentence, e.g. for the CLI's one line."""
    parts = [f"line {line}: {message}" if line else message for line, message in problems[:limit]]
    more = len(problems) - limit
    if more > 0:
        parts.append(f"and {more} more problem{'s' if more > 1 else ''}")
    return "; ".join(parts)


class InterchangeError(Exception):
    """A file that cannot be imported or a project that cannot be exported."""

    what = "The file"

    def __init__(self, problems: Sequence[Problem], source: str = "") -> None:
        self.problems: list[Problem] = list(problems)
        self.source = source
        super().__init__(str(self))

    def __str__(self) -> str:
        name = f"“{self.source}”" if self.source else self.what
        return f"{name} cannot be imported: {describe_problems(self.problems)}"


class CsvImportError(InterchangeError):
    """A CSV file of cards that is unreadable, or has bad rows in strict mode."""

    what = "The CSV file"


class MermaidImportError(InterchangeError):
    """A Mermaid `journey` text that is unreadable, or has bad lines in strict mode."""

    what = "The Mermaid text"


class FormatError(Exception):
    """A file name whose extension names no format MapStudio can read, or write."""
