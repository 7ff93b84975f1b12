"""Print and export: PDF (reportlab, vector, from the layout), PNG and SVG (Qt).

`export_project(project, path, options)` picks the writer from the file's
extension; every failure the user can cause is an `ExportError`.
"""

from mapstudio.export.errors import ExportError
from mapstudio.export.options import ExportFormat, ExportOptions, format_for_path
from mapstudio.export.run import export_project

__all__ = ["ExportError", "ExportFormat", "ExportOptions", "export_project", "format_for_path"]
