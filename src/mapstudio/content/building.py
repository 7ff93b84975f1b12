"""A thin front on the model's operations for code that builds whole projects.

Templates and examples add dozens of records in a row; this keeps each step a
single call while still going through the operations (and their checks).
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from mapstudio.languages import SUPPORTED
from mapstudio.model import operations
from mapstudio.model.kinds import CardKind, LaneKind, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase

# The lanes every new map starts with, top to bottom, with their names.
STANDARD_LANES: tuple[tuple[LaneKind, str, str], ...] = (
    (LaneKind.GOALS, "Customer goals", "Objectifs du client"),
    (LaneKind.TOUCHPOINTS, "Touchpoints", "Points de contact"),
    (LaneKind.THOUGHTS, "Thoughts", "Pensées"),
    (LaneKind.EMOTIONS, "Emotions", "Émotions"),
    (LaneKind.FRUSTRATIONS, "Frustrations", "Frustrations"),
    (LaneKind.OPPORTUNITIES, "Opportunities", "Opportunités"),
    (LaneKind.KPIS, "KPIs", "KPI"),
)


def lazy_builder(
    module: str, function: str, *, takes_language: bool = True
) -> Callable[[str], JourneyProject]:
    """A builder imported on first use, so listing templates does not load them all.

    The content modules are mostly long bilingual tables; the welcome screen
    and `mapstudio templates` only need titles, and opening a template reads
    its committed file, so the code that writes it stays unloaded.
    """

    def build(lang: str) -> JourneyProject:
        builder = getattr(importlib.import_module(f"mapstudio.content.{module}"), function)
        return builder(lang) if takes_language else builder()

    return build


# The languages every template and example is written in.
LANGUAGES: tuple[str, ...] = SUPPORTED

Say = Callable[[str, str], str]
Words = tuple[str, str]  # (English, French)

# French typography: a no-break space before ? ! ; : % and inside « », so a
# wrapped line never starts with a lone "?" or "»".
_NBSP = "\u00a0"
_BEFORE_PUNCTUATION = re.compile(r" ([?!;:%»])")
_AFTER_GUILLEMET = re.compile(r"« ")


def french_typography(text: str) -> str:
    """`text` with the spaces French typesetting keeps glued to punctuation."""
    text = _BEFORE_PUNCTUATION.sub(_NBSP + r"\1", text)
    return _AFTER_GUILLEMET.sub("«" + _NBSP, text)


def wording(lang: str) -> Say:
    """`say(english, french)` for `lang`: builders keep both texts side by side.

    Raises `ValueError` for a language the content is not written in.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"no content in the language {lang!r} (known: {', '.join(LANGUAGES)})")
    if lang == "fr":
        return lambda _english, french: french_typography(french)
    return lambda english, _french: english


def in_language(words: Words, lang: str) -> str:
    """An (English, French) pair in `lang`; English for a language MapStudio does not speak.

    Unlike `wording`, it never refuses a language: titles are shown in any
    interface, while content is only built in the languages it is written in.
    """
    english, french = words
    return french_typography(french) if lang == "fr" else english


def lane_id(kind: LaneKind) -> str:
    """The deterministic id of a standard lane, e.g. `lane-touchpoints`."""
    return f"lane-{kind.value}"


# The ids `standard_lanes` gives the lanes the content files put cards in.
GOALS = lane_id(LaneKind.GOALS)
TOUCHPOINTS = lane_id(LaneKind.TOUCHPOINTS)
THOUGHTS = lane_id(LaneKind.THOUGHTS)
EMOTIONS = lane_id(LaneKind.EMOTIONS)
FRUSTRATIONS = lane_id(LaneKind.FRUSTRATIONS)
OPPORTUNITIES = lane_id(LaneKind.OPPORTUNITIES)
KPIS = lane_id(LaneKind.KPIS)


class ProjectBuilder:
    """Builds a project step by step, applying each operation's edit at once."""

    def __init__(self) -> None:
        self.project = JourneyProject()

    def persona(self, persona: Persona) -> str:
        operations.add_persona(self.project, persona).apply(self.project)
        return persona.id

    def journey_map(self, journey_map: JourneyMap) -> str:
        operations.add_map(self.project, journey_map).apply(self.project)
        return journey_map.id

    def phase(self, map_id: str, phase: Phase) -> str:
        operations.add_phase(self.project, map_id, phase).apply(self.project)
        return phase.id

    def lane(self, map_id: str, lane: Lane) -> str:
        operations.add_lane(self.project, map_id, lane).apply(self.project)
        return lane.id

    def standard_lanes(self, map_id: str, lang: str) -> None:
        """Add the standard lanes, named in `lang` ("en" or "fr")."""
        for kind, english, french in STANDARD_LANES:
            title = french if lang == "fr" else english
            self.lane(map_id, Lane(id=lane_id(kind), title=title, kind=kind))

    def card(self, card: Card) -> str:
        operations.add_card(self.project, card).apply(self.project)
        return card.id

    def cell_card(
        self, kind: CardKind, card_id: str, phase_id: str, lane_id: str, title: str, **fields: Any
    ) -> str:
        """Add a card of `kind` at the end of the cell (`phase_id`, `lane_id`)."""
        return self.card(
            Card(id=card_id, kind=kind, title=title, phase_id=phase_id, lane_id=lane_id, **fields)
        )

    def kpi_cards(
        self, rows: Iterable[tuple[str, str, Words, Words]], lane_id: str, say: Say
    ) -> None:
        """One KPI card per (id, phase, name, description) row; the KPI is named as the card."""
        for card_id, phase_id, name, description in rows:
            self.cell_card(
                CardKind.KPI,
                card_id,
                phase_id,
                lane_id,
                say(*name),
                description=say(*description),
                kpi_name=say(*name),
            )

    def touchpoint_cards(
        self,
        rows: Iterable[tuple[str, str, Words, Words, str, Mode, int, Words]],
        lane_id: str,
        say: Say,
        **fields: Any,
    ) -> None:
        """One touchpoint per (id, phase, title, description, channel, mode, emotion, owner)."""
        for card_id, phase_id, title, description, channel, mode, emotion, owner in rows:
            self.cell_card(
                CardKind.TOUCHPOINT,
                card_id,
                phase_id,
                lane_id,
                say(*title),
                description=say(*description),
                channel=channel,
                mode=mode,
                emotion=emotion,
                owner=say(*owner),
                **fields,
            )

    def card_marker(
        self, card_id: str, target_id: str, title: str, severity: int = 2, description: str = ""
    ) -> str:
        """A frustration with no cell, drawn as a badge on the card or phase it marks."""
        return self.card(
            Card(
                id=card_id,
                kind=CardKind.FRUSTRATION,
                title=title,
                description=description,
                severity=severity,
                marks=target_id,
            )
        )

    def flow(self, source: str, target: str, label: str = "") -> None:
        operations.add_flow(self.project, source, target, label).apply(self.project)

    def path(self, *touchpoint_ids: str) -> None:
        """Flows joining the touchpoints one after the other, in the order given."""
        for source, target in itertools.pairwise(touchpoint_ids):
            self.flow(source, target)


def save_generated(project: JourneyProject, path: Path) -> bool:
    """Write a generated template or example file unless it already holds these bytes.

    Returns whether the file was written. No backup is kept: the code is the source.
    """
    from mapstudio.fileformat import backup_path, project_to_bytes, save_project

    if path.exists() and path.read_bytes() == project_to_bytes(project):
        return False
    save_project(project, path)
    backup_path(path).unlink(missing_ok=True)
    return True
