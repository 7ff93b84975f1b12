"""The inspector: one form per record type, showing the current selection."""

from mapstudio.ui.inspector.panel import Inspector

__all__ = ["Inspector"]
