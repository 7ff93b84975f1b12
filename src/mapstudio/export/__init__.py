"""Print and export: PDF (reportlab, vector, from the layout), PNG and SVG (Qt).

`export_project(project, path, options)` picks the writer from the file's
extension; every failure the user can cause is an `ExportError`.

The names below load on first use (PEP 562): the editor reads
`mapstudio.export.colours` for its palette at start-up, and importing this
package must not pull in the writers, options and page maths it does not
need before the window's first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mapstudio.lazy_names import lazy_names

if TYPE_CHECKING:
    from mapstudio.export.errors import ExportError
    from mapstudio.export.options import ExportFormat, ExportOptions, format_for_path
    from mapstudio.export.run import export_project

# Each public name and the module that defines it.
_HOMES: dict[str, str] = {
    "ExportError": "mapstudio.export.errors",
    "ExportFormat": "mapstudio.export.options",
    "ExportOptions": "mapstudio.export.options",
    "format_for_path": "mapstudio.export.options",
    "export_project": "mapstudio.export.run",
}

__all__ = ["ExportError", "ExportFormat", "ExportOptions", "export_project", "format_for_path"]


__getattr__, __dir__ = lazy_names(globals(), _HOMES)
