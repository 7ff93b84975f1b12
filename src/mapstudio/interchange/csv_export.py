"""CSV export of a map's cards: one row per card, as docs/csv.md describes.

Rows are laid out so that `import_csv` rebuilds the same map: lane rows first
when lane order or kinds would not follow from the cards, a bare phase row for
an empty phase, a marker's opportunity on the marked card's row, and one
continuation row per further marker.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from mapstudio.interchange import vocabulary as vocab
from mapstudio.interchange.csv_columns import COLUMNS, FRENCH_HEADERS, guard
from mapstudio.model.kinds import DEFAULT_LANE_FOR_CARD, CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card


def export_csv(
    project: JourneyProject,
    map_id: str,
    *,
    lang: str = "en",
    delimiter: str = ",",
    bom: bool = False,
) -> str:
    """The map's cards as CSV text; `lang="fr"` writes French headers and values.

    For French Excel, use `delimiter=";"` and `bom=True`. Reading the result
    back with `import_csv` gives the same phases, lanes, cards and markers.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([FRENCH_HEADERS[c] if lang == "fr" else c for c in COLUMNS])
    for row in csv_rows(project, map_id, lang):
        writer.writerow([row.get(c, "") for c in COLUMNS])
    return ("\ufeff" if bom else "") + out.getvalue()


def write_csv(project: JourneyProject, map_id: str, path: Path, **options: object) -> None:
    """Write `export_csv` to a file, in UTF-8 (options as for `export_csv`)."""
    text = export_csv(project, map_id, **options)  # type: ignore[arg-type]
    Path(path).write_text(text, encoding="utf-8", newline="")


def csv_rows(project: JourneyProject, map_id: str, lang: str = "en") -> list[dict[str, str]]:
    """The rows `export_csv` writes, as column → text (formula starts guarded)."""
    lanes = project.lanes(map_id)
    carried = _carried_opportunities(project, map_id)
    rows: list[dict[str, str]] = []
    for phase in project.phases(map_id):
        phase_rows: list[dict[str, str]] = []
        for lane in lanes:
            for card in project.cards_in_cell(phase.id, lane.id):
                if card.id in carried:
                    continue
                row = {"phase": phase.name, "lane": lane.title, **_card_fields(card, lang)}
                phase_rows += _with_markers(project, card.id, row)
        rows += phase_rows or [{"phase": phase.name}]
        rows += [
            {"phase": phase.name, **_marker_fields(project, marker)}
            for marker in _markers(project, phase.id)
        ]
    if not _lanes_read_back(project, map_id, rows, bool(carried)):
        declared = [
            {"lane": lane.title, "kind": _lane_kind_word(lane.kind, lang)} for lane in lanes
        ]
        rows = declared + rows
    return [
        {c: v if c in ("emotion", "severity") else guard(v) for c, v in row.items()} for row in rows
    ]


def _markers(project: JourneyProject, target_id: str) -> list[Card]:
    """Markers (frustrations without a cell) on a card or phase, most severe first."""
    return [m for m in project.markers_of(target_id) if m.phase_id is None]


def _carried_opportunities(project: JourneyProject, map_id: str) -> set[str]:
    """Opportunities written in the opportunity column of their frustration's row."""
    carried: set[str] = set()
    for card in project.cards(map_id):
        if card.kind == CardKind.FRUSTRATION and card.phase_id is None:
            answers = project.opportunities_for(card.id)
            if answers:
                carried.add(answers[0].id)
    return carried


def _with_markers(
    project: JourneyProject, target_id: str, row: dict[str, str]
) -> list[dict[str, str]]:
    """`row` with its first marker, then one continuation row per further marker."""
    markers = _markers(project, target_id)
    if markers:
        row.update(_marker_fields(project, markers[0]))
    return [row] + [_marker_fields(project, marker) for marker in markers[1:]]


def _marker_fields(project: JourneyProject, marker: Card) -> dict[str, str]:
    answers = project.opportunities_for(marker.id)
    return {
        "frustration": marker.title or marker.description or "frustration",
        "severity": str(marker.severity),
        "opportunity": answers[0].title if answers else "",
    }


def _card_fields(card: Card, lang: str) -> dict[str, str]:
    kind = vocab.CARD_KIND_FR[card.kind] if lang == "fr" else card.kind.value
    mode = ""
    if card.mode is not None:
        mode = vocab.MODE_FR[card.mode] if lang == "fr" else card.mode.value
    fields = {
        "kind": kind,
        "title": card.title,
        "description": card.description,
        "channel": card.channel,
        "mode": mode,
        "emotion": "" if card.emotion is None else str(card.emotion),
        "owner": card.owner,
        "kpi": card.kpi_name,
        "kpi_value": card.kpi_value,
        "kpi_target": card.kpi_target,
    }
    if card.kind == CardKind.FRUSTRATION:
        fields["severity"] = str(card.severity)
    return fields


def _lane_kind_word(kind: LaneKind, lang: str) -> str:
    return vocab.LANE_KIND_FR[kind] if lang == "fr" else kind.value


def _lanes_read_back(
    project: JourneyProject, map_id: str, rows: list[dict[str, str]], needs_opportunities: bool
) -> bool:
    """Whether importing `rows` recreates the map's lanes, in order, with their kinds."""
    expected = [(vocab.normalize(lane.title), lane.kind) for lane in project.lanes(map_id)]
    found: list[tuple[str, LaneKind]] = []
    for row in rows:
        title = row.get("lane", "")
        if title and vocab.normalize(title) not in (t for t, _ in found):
            kind = vocab.lane_kind(title) or DEFAULT_LANE_FOR_CARD[CardKind(_kind_value(row))]
            found.append((vocab.normalize(title), kind))
    if needs_opportunities and all(k != LaneKind.OPPORTUNITIES for _, k in found):
        return False
    return found == expected


def _kind_value(row: dict[str, str]) -> str:
    return (vocab.card_kind(row.get("kind", "")) or CardKind.TOUCHPOINT).value
