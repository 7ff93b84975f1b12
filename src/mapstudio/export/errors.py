"""The export's own error type: a message a marketer can act on, never a traceback."""

from __future__ import annotations


class ExportError(Exception):
    """The export could not be made (bad page size, unknown map, unwritable file…)."""
