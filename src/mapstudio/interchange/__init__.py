"""Interchange with other tools: CSV cards, Mermaid journeys, GraphML. No Qt here.

Importers parse untrusted text into a `ParsedMap` with line-numbered problems
and add it to a project as one undoable edit (`build_import_edit`); exporters
write one map (CSV, Mermaid) or the whole graph (GraphML).
"""

from mapstudio.interchange.csv_cards import export_csv, import_csv, parse_csv, write_csv
from mapstudio.interchange.errors import (
    CsvImportError,
    FormatError,
    InterchangeError,
    MermaidImportError,
    Problem,
)
from mapstudio.interchange.graphml import graphml_graph, write_graphml
from mapstudio.interchange.mermaid import (
    export_mermaid,
    import_mermaid,
    parse_mermaid,
    write_mermaid,
)
from mapstudio.interchange.parsed import ImportResult, ParsedMap, build_import_edit

__all__ = [
    "CsvImportError",
    "FormatError",
    "ImportResult",
    "InterchangeError",
    "MermaidImportError",
    "ParsedMap",
    "Problem",
    "build_import_edit",
    "export_csv",
    "export_mermaid",
    "graphml_graph",
    "import_csv",
    "import_mermaid",
    "parse_csv",
    "parse_mermaid",
    "write_csv",
    "write_graphml",
    "write_mermaid",
]
