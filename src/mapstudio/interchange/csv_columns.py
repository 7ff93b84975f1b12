"""The CSV columns of a map's cards, their header names in English and French.

Shared by the CSV importer and exporter so both agree on names and on the
quote that keeps spreadsheets from running a cell as a formula.
"""

from __future__ import annotations

from mapstudio.interchange import vocabulary as vocab

COLUMNS: tuple[str, ...] = (
    "phase",
    "lane",
    "kind",
    "title",
    "description",
    "channel",
    "mode",
    "emotion",
    "owner",
    "kpi",
    "kpi_value",
    "kpi_target",
    "frustration",
    "severity",
    "opportunity",
)
FRENCH_HEADERS: dict[str, str] = {
    "phase": "Étape",
    "lane": "Couloir",
    "kind": "Type",
    "title": "Titre",
    "description": "Description",
    "channel": "Canal",
    "mode": "Mode",
    "emotion": "Émotion",
    "owner": "Responsable",
    "kpi": "KPI",
    "kpi_value": "Valeur KPI",
    "kpi_target": "Cible KPI",
    "frustration": "Frustration",
    "severity": "Gravité",
    "opportunity": "Opportunité",
}
_ALIASES: dict[str, tuple[str, ...]] = {
    "phase": ("étape", "stage"),
    "lane": ("couloir", "ligne", "swimlane"),
    "kind": ("type",),
    "title": ("titre", "name", "nom"),
    "channel": ("canal",),
    "emotion": ("émotion",),
    "owner": ("responsable",),
    "kpi": ("kpi name", "nom kpi", "indicateur"),
    "kpi_value": ("valeur kpi",),
    "kpi_target": ("cible kpi",),
    "severity": ("gravité", "sévérité"),
    "opportunity": ("opportunité",),
}
HEADERS: dict[str, str] = {
    vocab.normalize(alias): column
    for column in COLUMNS
    for alias in (column, FRENCH_HEADERS[column], *_ALIASES.get(column, ()))
}
FRENCH_KEYS = {vocab.normalize(h) for h in FRENCH_HEADERS.values()} - set(COLUMNS)

FORMULA_START = "=+-@"


def unguard(value: str) -> str:
    """Undo `_guard`: a quote written before a formula-like start."""
    if value.startswith("'") and value.lstrip("'")[:1] in tuple(FORMULA_START):
        return value[1:]
    return value


def guard(value: str) -> str:
    """Keep spreadsheets from running a cell as a formula (CSV injection)."""
    if value[:1] in tuple(FORMULA_START) or unguard(value) != value:
        return "'" + value
    return value
