"""CSV import of a map's cards: one row per card (see docs/csv.md).

Written for spreadsheets: French Excel saves with semicolons and a byte-order
mark, people type headers and values in English or French, with or without
accents. Rows with problems are reported with their line numbers and left out;
`strict=True` refuses the whole file instead.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mapstudio.interchange import vocabulary as vocab
from mapstudio.interchange.csv_columns import COLUMNS, FRENCH_KEYS, HEADERS, unguard
from mapstudio.interchange.csv_export import csv_rows, export_csv, write_csv
from mapstudio.interchange.errors import CsvImportError
from mapstudio.interchange.parsed import (
    MAX_CARDS_PER_CELL,
    MAX_LANES,
    MAX_PHASES,
    ImportResult,
    ParsedCard,
    ParsedMap,
    ParsedMarker,
    apply_import,
)
from mapstudio.interchange.source import Source, read_text
from mapstudio.model.kinds import (
    DEFAULT_LANE_FOR_CARD,
    EMOTION_MAX,
    EMOTION_MIN,
    SEVERITY_MAX,
    SEVERITY_MIN,
    CardKind,
    LaneKind,
)
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card

# Limits for untrusted files: far above a real map (a few hundred cards).
MAX_BYTES = 10_000_000
MAX_ROWS = 10_000
MAX_FIELD_CHARS = 10_000
MAX_COLUMNS = 100  # the format knows about a dozen; Excel's blank columns add a few
MAX_PROBLEMS = 200  # beyond this the file is surely not a card list

_CARD_FIELDS = ("title", "description", "channel", "mode", "emotion", "owner", "kpi")
_CARD_FIELDS += ("kpi_value", "kpi_target")
_FORMULA_START = "=+-@"
_KIND_FOR_LANE: dict[LaneKind, CardKind] = {v: k for k, v in DEFAULT_LANE_FOR_CARD.items()}


# -------------------------------------------------------------------- import
def import_csv(
    source: Source,
    project: JourneyProject | None = None,
    map_name: str | None = None,
    *,
    strict: bool = False,
) -> ImportResult:
    """Add the cards of a CSV file as a new map of `project` (a new project when None).

    Bad rows are left out and listed in `result.problems`; with `strict`, any
    problem raises `CsvImportError` and nothing is imported.
    """
    parsed = parse_csv(source)
    if strict and parsed.problems:
        raise CsvImportError(parsed.problems, parsed.source)
    return apply_import(parsed, project, map_name)


def parse_csv(source: Source) -> ParsedMap:
    """Read a CSV file of cards; raises `CsvImportError` only when no row can be read."""
    text, name = read_text(source, MAX_BYTES, CsvImportError)
    reader = _Reader(name)
    reader.read(text)
    return reader.result()


@dataclass
class _Reader:
    name: str
    parsed: ParsedMap = field(default_factory=ParsedMap)
    lane_kinds: dict[str, LaneKind | None] = field(default_factory=dict)
    lane_keys: dict[str, str] = field(default_factory=dict)  # normalized title -> title
    cell_counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    last_card: ParsedCard | None = None

    def fail(self, line: int, message: str) -> CsvImportError:
        return CsvImportError([(line, message)], self.name)

    def read(self, text: str) -> None:
        self.parsed.name = Path(self.name).stem if self.name else ""
        self.parsed.source = self.name
        delimiter = _delimiter(text)
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        start = 1
        columns: list[str | None] | None = None
        count = 0
        try:
            for row in rows:
                line, start = start, rows.line_num + 1
                if not any(cell.strip() for cell in row):
                    continue
                if columns is None:
                    columns = self.header(row, line)
                    continue
                count += 1
                if count > MAX_ROWS:
                    raise self.fail(line, f"the file has more than {MAX_ROWS} rows")
                problems = self.row(line, row, columns)
                self.check_size(line)
                self.parsed.problems += [(line, p) for p in problems]
                if len(self.parsed.problems) > MAX_PROBLEMS:
                    raise CsvImportError(self.parsed.problems, self.name)
        except csv.Error as exc:
            raise self.fail(rows.line_num, f"the CSV is malformed ({exc})") from None
        if columns is None:
            raise self.fail(0, "the file is empty")

    def check_size(self, line: int) -> None:
        """Refuse a file naming more phases or lanes than any map could show."""
        if len(self.parsed.phases) > MAX_PHASES:
            raise self.fail(line, f"the file names more than {MAX_PHASES} phases")
        if len(self.lane_kinds) > MAX_LANES:
            raise self.fail(line, f"the file names more than {MAX_LANES} lanes")

    def header(self, row: list[str], line: int) -> list[str | None]:
        if len(row) > MAX_COLUMNS:
            raise self.fail(line, f"the first line has more than {MAX_COLUMNS} columns")
        columns: list[str | None] = []
        for cell in row:
            key = vocab.normalize(cell)
            column = HEADERS.get(key)
            if column is not None and column in columns:
                raise self.fail(line, f"the column “{cell.strip()}” appears twice")
            if column is None and key:
                self.parsed.warnings.append((line, f"the column “{cell.strip()}” is ignored"))
            if key in FRENCH_KEYS:
                self.parsed.lang = "fr"
            columns.append(column)
        if "phase" not in columns or "title" not in columns:
            raise self.fail(
                line,
                "the first line must name the columns, at least phase and title "
                "(see the CSV format in the documentation)",
            )
        return columns

    def row(self, line: int, row: list[str], columns: list[str | None]) -> list[str]:
        if len(row) > MAX_COLUMNS:
            return [f"the row has more than {MAX_COLUMNS} values"]
        values = dict.fromkeys(COLUMNS, "")
        for index, cell in enumerate(row):
            column = columns[index] if index < len(columns) else None
            if column is not None:
                values[column] = unguard(cell.strip())
            elif index >= len(columns) and cell.strip():
                return [f"the row has {len(row)} values but the header names {len(columns)}"]
        too_long = [c for c, v in values.items() if len(v) > MAX_FIELD_CHARS]
        if too_long:
            return [f"the {too_long[0]} is longer than {MAX_FIELD_CHARS} characters"]
        if values["opportunity"] and not values["frustration"]:
            return ["an opportunity needs the frustration it answers on the same row"]
        is_card = values["kind"] and not vocab.lane_kind(values["kind"])
        if is_card or any(values[c] for c in _CARD_FIELDS):
            return self.card_row(line, values)
        if values["frustration"]:
            return self.marker_row(line, values)
        if values["phase"]:
            self.parsed.add_phase(values["phase"])
        if values["lane"]:
            self.declare_lane(
                values["lane"], vocab.lane_kind(values["kind"]) if values["kind"] else None
            )
        elif values["kind"]:
            return ["a row with a lane type must name the lane"]
        return []

    def find_lane(self, title: str) -> str | None:
        return self.lane_keys.get(vocab.normalize(title))

    def declare_lane(self, title: str, kind: LaneKind | None) -> str:
        existing = self.find_lane(title)
        if existing is not None:
            if self.lane_kinds[existing] is None:
                self.lane_kinds[existing] = kind
            return existing
        self.lane_kinds[title] = kind or vocab.lane_kind(title)
        self.lane_keys[vocab.normalize(title)] = title
        return title

    def lane_for(self, kind: CardKind) -> str:
        wanted = DEFAULT_LANE_FOR_CARD[kind]
        for title, lane_kind in self.lane_kinds.items():
            if lane_kind == wanted:
                return title
        return self.declare_lane(vocab.lane_title(wanted, self.parsed.lang), wanted)

    def card_row(self, line: int, values: dict[str, str]) -> list[str]:
        problems: list[str] = []
        if not values["phase"]:
            problems.append("the card has no phase")
        kind = CardKind.TOUCHPOINT
        if values["kind"]:
            found = vocab.card_kind(values["kind"])
            if found is None:
                known = ", ".join(k.value for k in CardKind)
                problems.append(f"unknown type “{values['kind']}” (use one of: {known})")
            else:
                kind = found
        elif values["lane"]:
            lane_kind = self.lane_kinds.get(self.find_lane(values["lane"]) or "")
            lane_kind = lane_kind or vocab.lane_kind(values["lane"])
            kind = _KIND_FOR_LANE.get(lane_kind, CardKind.TOUCHPOINT) if lane_kind else kind
        mode = vocab.mode(values["mode"]) if values["mode"] else None
        if values["mode"] and mode is None:
            problems.append(
                f"unknown mode “{values['mode']}” (use online, offline, in person or phone)"
            )
        emotion = _level(values["emotion"], EMOTION_MIN, EMOTION_MAX, "emotion", problems)
        severity = _level(values["severity"], SEVERITY_MIN, SEVERITY_MAX, "severity", problems)
        if problems:
            return problems
        card = Card(
            id="",
            kind=kind,
            title=values["title"],
            description=values["description"],
            channel=vocab.channel(values["channel"]) if values["channel"] else "",
            mode=mode,
            emotion=emotion,
            owner=values["owner"],
            kpi_name=values["kpi"],
            kpi_value=values["kpi_value"],
            kpi_target=values["kpi_target"],
        )
        markers = []
        if values["frustration"]:
            markers.append(
                ParsedMarker(values["frustration"], severity or 2, values["opportunity"], line)
            )
        elif kind == CardKind.FRUSTRATION and severity is not None:
            card = card.with_changes(severity=severity)
        phase = self.parsed.add_phase(values["phase"])
        lane = self.declare_lane(values["lane"], None) if values["lane"] else self.lane_for(kind)
        if self.lane_kinds[lane] is None:
            self.lane_kinds[lane] = DEFAULT_LANE_FOR_CARD[kind]
        self.cell_counts[phase, lane] += 1
        if self.cell_counts[phase, lane] > MAX_CARDS_PER_CELL:
            raise self.fail(
                line, f"more than {MAX_CARDS_PER_CELL} cards in the cell {phase} / {lane}"
            )
        self.last_card = ParsedCard(line, phase, lane, card, markers)
        self.parsed.cards.append(self.last_card)
        return []

    def marker_row(self, line: int, values: dict[str, str]) -> list[str]:
        problems: list[str] = []
        severity = _level(values["severity"], SEVERITY_MIN, SEVERITY_MAX, "severity", problems)
        if problems:
            return problems
        marker = ParsedMarker(values["frustration"], severity or 2, values["opportunity"], line)
        if values["lane"]:
            return ["a frustration on a lane needs the card's title"]
        if values["phase"]:
            phase = self.parsed.add_phase(values["phase"])
            self.parsed.phase_markers.append((phase, marker))
        elif self.last_card is not None:
            self.last_card.markers.append(marker)
        else:
            return ["a frustration row must name its phase or follow a card row"]
        return []

    def result(self) -> ParsedMap:
        self.parsed.lanes = [
            (title, kind or LaneKind.NOTES) for title, kind in self.lane_kinds.items()
        ]
        return self.parsed


def _level(text: str, low: int, high: int, name: str, problems: list[str]) -> int | None:
    if not text:
        return None
    cleaned = text.replace("−", "-").replace(" ", "").removeprefix("+")
    try:
        value = int(cleaned)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        problems.append(
            f"the {name} “{text}” must be a whole number from {low:+d} to {high:+d}"
            if low < 0
            else f"the {name} “{text}” must be a whole number from {low} to {high}"
        )
        return None
    return value


def _delimiter(text: str) -> str:
    """The separator that makes the most known column names of the first line."""
    first = next((ln for ln in text.splitlines() if ln.strip()), "")

    def score(delimiter: str) -> tuple[int, int]:
        try:
            cells = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:  # e.g. one field over the size limit: not this separator
            return -1, 0
        if len(cells) > MAX_COLUMNS:  # refused later; do not normalize a million cells
            return 0, len(cells)
        return sum(vocab.normalize(c) in HEADERS for c in cells), len(cells)

    return max((",", ";", "\t"), key=score)


__all__ = ["csv_rows", "export_csv", "import_csv", "parse_csv", "write_csv"]
