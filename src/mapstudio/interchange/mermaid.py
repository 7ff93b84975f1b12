"""Mermaid `journey` import and export (see docs/mermaid.md).

A journey's sections become phases, its tasks touchpoint cards (the 1…5 score
maps to the emotion -2…+2 and back), its actors personas, and consecutive
tasks are joined by flows. The export is plain Mermaid: it renders unchanged,
and characters Mermaid's grammar reserves are written as Mermaid entities
(`#58;` for a colon), which Mermaid shows as the character and we read back.
"""

from __future__ import annotations

import re
from pathlib import Path

from mapstudio.interchange.errors import MermaidImportError, Problem
from mapstudio.interchange.mermaid_grammar import (
    Token,
    TooManyTokens,
    UnclosedBlock,
    decode,
    prepare,
    tokens,
)
from mapstudio.interchange.parsed import (
    MAX_CARDS_PER_CELL,
    MAX_PERSONAS,
    MAX_PHASES,
    ImportResult,
    ParsedCard,
    ParsedMap,
    apply_import,
)
from mapstudio.interchange.source import Source, read_text
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card

MAX_BYTES = 2_000_000
MAX_TASKS = 5_000
MAX_NAME_CHARS = 2_000
MAX_PROBLEMS = 200

SCORE_MIN, SCORE_MAX = 1, 5
_NEUTRAL_SCORE = 3  # a touchpoint without emotion is written as neutral
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?", re.IGNORECASE)


def score_to_emotion(score: int) -> int:
    return score - _NEUTRAL_SCORE


def emotion_to_score(emotion: int | None) -> int:
    return _NEUTRAL_SCORE if emotion is None else emotion + _NEUTRAL_SCORE


# -------------------------------------------------------------------- import
def import_mermaid(
    source: Source,
    project: JourneyProject | None = None,
    map_name: str | None = None,
    *,
    strict: bool = False,
) -> ImportResult:
    """Add a Mermaid journey as a new map of `project` (a new project when None).

    Bad lines are left out and listed in `result.problems`; with `strict`,
    any problem raises `MermaidImportError` and nothing is imported.
    """
    parsed = parse_mermaid(source)
    if strict and parsed.problems:
        raise MermaidImportError(parsed.problems, parsed.source)
    return apply_import(parsed, project, map_name)


def parse_mermaid(source: Source) -> ParsedMap:
    """Read a Mermaid journey; raises `MermaidImportError` when it is not one at all."""
    text, name = read_text(source, MAX_BYTES, MermaidImportError)
    prepared = prepare(text)
    try:
        stream = tokens(prepared.text)
    except UnclosedBlock as block:
        raise MermaidImportError(
            [(block.line, "the “accDescr {” block is never closed with “}”")], name
        ) from None
    except TooManyTokens as too_many:
        raise MermaidImportError(
            [(too_many.line, "the text is far longer than a journey (is it a Mermaid journey?)")],
            name,
        ) from None
    return _Reader(name, prepared.entities, prepared.front_matter_title).read(stream)


class _Reader:
    """Mermaid's grammar over the tokens, recovering at the next line after an error."""

    def __init__(self, name: str, entities: list[str], front_title: str) -> None:
        self.name = name
        self.entities = entities
        self.parsed = ParsedMap(name=decode(front_title, entities), source=name)
        self.acc_title = ""
        self.section = ""
        self.actors: dict[str, str] = {}
        self.cell_counts: dict[str, int] = {}  # tasks per section

    def fail(self, problems: list[Problem]) -> MermaidImportError:
        return MermaidImportError(problems, self.name)

    def text(self, raw: str) -> str:
        return decode(raw, self.entities)[:MAX_NAME_CHARS]

    def read(self, stream: list[Token]) -> ParsedMap:
        start = next((i for i, t in enumerate(stream) if t.kind != "NEWLINE"), len(stream))
        if start == len(stream) or stream[start].kind != "journey":
            line = stream[start].line if start < len(stream) else 1
            raise self.fail([(line, "this is not a Mermaid journey: it must start with “journey”")])
        index = start + 1
        problems = self.parsed.problems
        while index < len(stream):
            token = stream[index]
            index += 1
            if token.kind == "NEWLINE":
                continue
            following = stream[index] if index < len(stream) else None
            message = self.statement(token, following)
            if message is None and token.kind in ("acc_title", "acc_descr", "taskName"):
                index += 1  # the value token was consumed with its keyword
            if message is not None:
                problems.append((token.line, message))
                while index < len(stream) and stream[index].kind != "NEWLINE":
                    index += 1
            if len(problems) > MAX_PROBLEMS:
                raise self.fail(problems)
        if not self.parsed.name:
            self.parsed.name = self.acc_title
        self.parsed.personas = list(self.actors.values())
        cards = self.parsed.cards
        self.parsed.flows = [(i, i + 1) for i in range(len(cards) - 1)]
        return self.parsed

    def statement(self, token: Token, following: Token | None) -> str | None:
        """Handle one statement; a message for the user when the line is wrong."""
        kind = token.kind
        if kind == "title":
            self.parsed.name = self.text(token.text[6:])
        elif kind in ("acc_title", "acc_descr"):
            if following is None or following.kind != f"{kind}_value":
                return "the accessibility line has no text"
            if kind == "acc_title":
                self.acc_title = self.text(following.text)
            else:
                self.parsed.description = self.text(following.text)
        elif kind == "acc_descr_multiline_value":
            value = re.sub(r"\n\s+", "\n", token.text.strip())  # as Mermaid stores it
            self.parsed.description = self.text(value)
        elif kind == "section":
            self.section = self.parsed.add_phase(self.text(token.text[8:]))
            if len(self.parsed.phases) > MAX_PHASES:
                raise self.fail([(token.line, f"the journey has more than {MAX_PHASES} sections")])
        elif kind == "taskName":
            if following is not None and following.kind == "INVALID":
                char = following.text
                return f"“{char}” cannot be used in a task name (write #{ord(char)}; instead)"
            if following is None or following.kind != "taskData":
                name = self.text(token.text)
                return f"the task “{name}” needs a score: write “{name}: 5: Actor”"
            return self.task(token, following)
        elif kind == "journey":
            return "“journey” may only start the text (a task name cannot begin with it)"
        elif kind == "taskData":
            return "a score without a task name before it"
        else:
            return f"unexpected “{token.text.strip()}” (Mermaid cannot read this line)"
        return None

    def task(self, name_token: Token, data: Token) -> str | None:
        title = self.text(name_token.text)
        pieces = data.text[1:].split(":")
        score_text = pieces[0].strip()
        number = float(score_text) if _NUMBER.fullmatch(score_text) else None
        if number is None or not number.is_integer() or not SCORE_MIN <= number <= SCORE_MAX:
            shown = score_text or "nothing"
            return f"the score of “{title}” is {shown}; it must be a whole number from 1 to 5"
        if len(pieces) > 2:
            self.parsed.warnings.append(
                (name_token.line, "text after the actors' colon is ignored, as Mermaid does")
            )
        if len(self.parsed.cards) >= MAX_TASKS:
            raise self.fail([(name_token.line, f"the journey has more than {MAX_TASKS} tasks")])
        for actor in pieces[1].split(",") if len(pieces) > 1 else []:
            actor = self.text(actor)
            if actor:
                self.actors.setdefault(actor.casefold(), actor)
            if len(self.actors) > MAX_PERSONAS:
                raise self.fail(
                    [(name_token.line, f"the journey has more than {MAX_PERSONAS} actors")]
                )
        if not self.parsed.phases:
            self.section = self.parsed.add_phase(self.section)
        lane = self.parsed.lane_for_kind(LaneKind.TOUCHPOINTS)
        self.cell_counts[self.section] = self.cell_counts.get(self.section, 0) + 1
        if self.cell_counts[self.section] > MAX_CARDS_PER_CELL:
            raise self.fail(
                [(name_token.line, f"more than {MAX_CARDS_PER_CELL} tasks in one section")]
            )
        card = Card(
            id="", kind=CardKind.TOUCHPOINT, title=title, emotion=score_to_emotion(int(number))
        )
        self.parsed.cards.append(ParsedCard(name_token.line, self.section, lane, card))
        return None


# -------------------------------------------------------------------- export
_KEYWORD_START = re.compile(r"journey|title\s|section\s|acc(?:title|descr)\s*[:{]", re.IGNORECASE)


def escape(text: str, reserved: str = "#:;", task: bool = False) -> str:
    """Text Mermaid reads as one name and shows as `text`: reserved marks as entities.

    Line breaks become `<br>`; a task name that starts like a keyword gets its
    first letter as an entity, because Mermaid's lexer would take it as one.
    """
    text = "\n".join(line.strip() for line in text.strip().split("\n"))
    out: list[str] = []
    for index, char in enumerate(text):
        doubled = char == "%" and "%" in (text[index - 1 : index] + text[index + 1 : index + 2])
        if char in reserved or doubled:
            out.append(f"#{ord(char)};")
        elif char == "\n":
            out.append("<br>")
        else:
            out.append(char)
    escaped = "".join(out)
    if task and _KEYWORD_START.match(escaped):
        escaped = f"#{ord(escaped[0])};{escaped[1:]}"
    return escaped


def export_mermaid(project: JourneyProject, map_id: str) -> str:
    """The map's touchpoints as a Mermaid journey, one section per phase."""
    journey_map = project.map(map_id)
    actors = ""
    if journey_map.persona_id is not None:
        actors = escape(project.persona(journey_map.persona_id).name, "#:;,")
    lines = ["journey"]
    if journey_map.name.strip():
        lines.append(f"    title {escape(journey_map.name)}")
    if journey_map.description.strip():
        description = escape(journey_map.description, "#}").replace("<br>", "\n")
        lines.append("    accDescr {")
        lines += [f"        {line}" for line in description.split("\n")]
        lines.append("    }")
    for position, phase in enumerate(project.phases(map_id)):
        section = escape(phase.name) or "-"
        if position or phase.name.strip():
            lines.append(f"    section {section}")
        for card in _touchpoints_of(project, map_id, phase.id):
            task = escape(card.title, task=True) or "(untitled)"
            score = emotion_to_score(card.emotion)
            lines.append(f"      {task}: {score}" + (f": {actors}" if actors else ""))
    return "\n".join(lines) + "\n"


def write_mermaid(project: JourneyProject, map_id: str, path: Path) -> None:
    Path(path).write_text(export_mermaid(project, map_id), encoding="utf-8")


def _touchpoints_of(project: JourneyProject, map_id: str, phase_id: str) -> list[Card]:
    return [
        card
        for lane_id in project.lane_ids(map_id)
        for card in project.cards_in_cell(phase_id, lane_id)
        if card.kind == CardKind.TOUCHPOINT
    ]
