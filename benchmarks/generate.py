"""Synthetic journey projects of N cards, built through the model's own operations.

A benchmark map should cost what a real big map costs: several personas with
photos, one map whose phases hold touchpoints (with channels, modes,
emotions and owners), goals, thoughts, frustrations in their lane and as
badges on touchpoints, opportunities answering them, KPIs, and the flows of
the customer's path. Each phase holds `CARDS_PER_PHASE` cards, so a bigger
map is a longer journey (more phases) with cells of the same density, and
the work of every view grows linearly with N.

Every card goes through `ProjectBuilder` (the operations and their checks),
so the project is one MapStudio itself could have made. The same N and seed
always give the same project.

Besides the `.mapstudio` file, `write_bench_files` writes `NAME.bare.json`:
the same cards as plain lists (column, row, title, description) for the
bare-library baselines, which must draw the same text without MapStudio.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.texts import OWNERS, card_text, phase_name
from mapstudio.content.avatar import portrait_png
from mapstudio.content.building import STANDARD_LANES, ProjectBuilder, lane_id
from mapstudio.model.kinds import KNOWN_CHANNELS, CardKind, Evidence, LaneKind, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Persona, Phase

MAP_ID = "map-bench"
DEFAULT_SEED = 8
SIZES: tuple[int, ...] = (500, 2_000, 10_000)

# One phase's cards, in the order they are made (touchpoints first, so the
# frustrations and markers that follow have something to mark).
MARKER = "marker"  # a frustration with no cell: a badge on a touchpoint or phase
PHASE_MIX: tuple[tuple[CardKind | str, int], ...] = (
    (CardKind.TOUCHPOINT, 16),
    (CardKind.GOAL, 3),
    (CardKind.THOUGHT, 6),
    (CardKind.FRUSTRATION, 3),
    (MARKER, 3),
    (CardKind.OPPORTUNITY, 5),
    (CardKind.KPI, 4),
)
CARDS_PER_PHASE = sum(count for _, count in PHASE_MIX)

LANE_OF: dict[CardKind, LaneKind] = {
    CardKind.TOUCHPOINT: LaneKind.TOUCHPOINTS,
    CardKind.GOAL: LaneKind.GOALS,
    CardKind.THOUGHT: LaneKind.THOUGHTS,
    CardKind.FRUSTRATION: LaneKind.FRUSTRATIONS,
    CardKind.OPPORTUNITY: LaneKind.OPPORTUNITIES,
    CardKind.KPI: LaneKind.KPIS,
}

# Personas: (name, photo size in pixels); the first is the map's.
PERSONAS: tuple[tuple[str, int], ...] = (
    ("Julien, le flâneur du centre commercial", 96),
    ("Amélie, acheteuse pressée", 80),
    ("Mark, IT decision maker", 112),
    ("Sophie, cliente fidèle", 64),
)
BRANCH_EVERY = 10  # every tenth touchpoint also flows two steps ahead
MODES = tuple(Mode)
PHASE_MARK_EVERY = 3  # every third marker marks the phase rather than a touchpoint


def phase_count(cards: int) -> int:
    return max(1, math.ceil(cards / CARDS_PER_PHASE))


def card_kinds(cards: int) -> list[tuple[int, CardKind | str]]:
    """(phase index, kind) for each of the `cards` cards, in creation order."""
    plan: list[tuple[int, CardKind | str]] = []
    for phase in range(phase_count(cards)):
        for kind, count in PHASE_MIX:
            plan.extend((phase, kind) for _ in range(count))
    return plan[:cards]


class _MapWriter:
    """Adds one phase's cards at a time, remembering what later cards link to."""

    def __init__(self, builder: ProjectBuilder, rng: random.Random) -> None:
        self.builder = builder
        self.rng = rng
        self.touchpoints: list[str] = []
        self.phase_touchpoints: list[str] = []
        self.phase_frustrations: list[str] = []
        self.markers = 0
        self.count = 0

    def start_phase(self) -> None:
        self.phase_touchpoints = []
        self.phase_frustrations = []

    def add(self, phase_id: str, kind: CardKind | str) -> None:
        self.count += 1
        card_id = f"card-{self.count:05d}"
        text_kind = CardKind.FRUSTRATION if kind == MARKER else CardKind(kind)
        text = card_text(self.rng, text_kind)
        if kind == MARKER:
            self._marker(card_id, phase_id, text.title)
            return
        card_kind = CardKind(kind)
        fields: dict[str, object] = {}
        if card_kind == CardKind.TOUCHPOINT:
            fields = {
                "channel": self.rng.choice(KNOWN_CHANNELS),
                "mode": self.rng.choice(MODES),
                "emotion": self.rng.randint(-2, 2),
                "owner": self.rng.choice(OWNERS),
                "evidence": self.rng.choice(tuple(Evidence)),
            }
        elif card_kind == CardKind.FRUSTRATION:
            fields = {"severity": self.rng.randint(1, 3)}
            if self.phase_touchpoints:
                fields["marks"] = self.rng.choice(self.phase_touchpoints)
        elif card_kind == CardKind.OPPORTUNITY:
            fields = {"priority": self.rng.randint(1, 3), "effort": self.rng.randint(1, 3)}
            if self.phase_frustrations:
                fields["answers"] = self.rng.choice(self.phase_frustrations)
        elif card_kind == CardKind.KPI:
            fields = {"kpi_name": text.title, "kpi_target": f"{self.rng.randint(5, 95)} %"}
        self.builder.card(
            Card(
                id=card_id,
                kind=card_kind,
                title=text.title,
                description=text.description,
                phase_id=phase_id,
                lane_id=lane_id(LANE_OF[card_kind]),
                **fields,  # type: ignore[arg-type]
            )
        )
        if card_kind == CardKind.TOUCHPOINT:
            self.phase_touchpoints.append(card_id)
            self.touchpoints.append(card_id)
        elif card_kind == CardKind.FRUSTRATION:
            self.phase_frustrations.append(card_id)

    def _marker(self, card_id: str, phase_id: str, title: str) -> None:
        self.markers += 1
        on_phase = self.markers % PHASE_MARK_EVERY == 0 or not self.phase_touchpoints
        target = phase_id if on_phase else self.rng.choice(self.phase_touchpoints)
        self.builder.card(
            Card(
                id=card_id,
                kind=CardKind.FRUSTRATION,
                title=title,
                severity=self.rng.randint(1, 3),
                marks=target,
            )
        )
        self.phase_frustrations.append(card_id)

    def flows(self) -> None:
        """The customer's path through every touchpoint, with a few branches."""
        for source, target in itertools.pairwise(self.touchpoints):
            self.builder.flow(source, target)
        for index in range(0, len(self.touchpoints) - 2, BRANCH_EVERY):
            self.builder.flow(self.touchpoints[index], self.touchpoints[index + 2], "ou")


def generate_project(cards: int, seed: int = DEFAULT_SEED, photos: bool = True) -> JourneyProject:
    """A one-map project of exactly `cards` cards (markers included)."""
    if cards < 1:
        raise ValueError("a benchmark map needs at least one card")
    rng = random.Random(seed)
    builder = ProjectBuilder()
    persona_ids = []
    for index, (name, size) in enumerate(PERSONAS):
        photo = portrait_png(size) if photos else None
        persona_ids.append(
            builder.persona(
                Persona(
                    id=f"persona-{index + 1}",
                    name=name,
                    photo=photo,
                    photo_type="image/png" if photo else "",
                    quote="Quand un objet me plaît, je veux être sûr qu’il trouvera sa place.",
                    profession="Technicien en informatique",
                    age_range="30–40 ans",
                    region="Grand Montréal (Québec)",
                )
            )
        )
    builder.journey_map(
        JourneyMap(
            id=MAP_ID,
            name=f"Parcours client – {cards} cartes",
            description="Carte synthétique pour les mesures de performance.",
            persona_id=persona_ids[0],
        )
    )
    phases = [f"phase-{i + 1:04d}" for i in range(phase_count(cards))]
    for index, phase_id in enumerate(phases):
        builder.phase(MAP_ID, Phase(id=phase_id, name=phase_name(index)))
    builder.standard_lanes(MAP_ID, "fr")
    writer = _MapWriter(builder, rng)
    for phase, group in itertools.groupby(card_kinds(cards), key=lambda pk: pk[0]):
        writer.start_phase()
        for _, kind in group:
            writer.add(phases[phase], kind)
    writer.flows()
    return builder.project


# ------------------------------------------------------------ bare data
@dataclass(frozen=True)
class BareCard:
    column: int
    row: int
    title: str
    description: str


def bare_cards(project: JourneyProject, map_id: str = MAP_ID) -> list[BareCard]:
    """Every card as a box in a grid cell; a marker sits in the frustrations row
    of its phase (the baselines draw it as a box: they know no badges)."""
    phases = {pid: i for i, pid in enumerate(project.phase_ids(map_id))}
    lanes = {lid: i for i, lid in enumerate(project.lane_ids(map_id))}
    frustrations = lanes[lane_id(LaneKind.FRUSTRATIONS)]
    result = []
    for card in project.cards(map_id):
        if card.phase_id is not None and card.lane_id is not None:
            column, row = phases[card.phase_id], lanes[card.lane_id]
        else:
            target = card.marks or ""
            phase_id = target if target in phases else project.card(target).phase_id
            column, row = phases[phase_id or ""], frustrations
        result.append(BareCard(column, row, card.title, card.description))
    return result


@dataclass(frozen=True)
class BenchFiles:
    cards: int
    project: Path  # the .mapstudio file
    bare: Path  # the same cards as JSON, for the baselines


def write_bench_files(
    cards: int, folder: Path, seed: int = DEFAULT_SEED, photos: bool = True
) -> BenchFiles:
    """Save a project of `cards` cards and its bare data in `folder`."""
    from mapstudio.fileformat import backup_path, save_project

    folder.mkdir(parents=True, exist_ok=True)
    stem = f"bench-{cards}" + ("" if photos else "-nophotos")
    project = generate_project(cards, seed, photos)
    path = folder / f"{stem}.mapstudio"
    save_project(project, path)
    backup_path(path).unlink(missing_ok=True)
    bare = folder / f"{stem}.bare.json"
    document = {
        "columns": len(project.phase_ids(MAP_ID)),
        "rows": len(STANDARD_LANES),
        "cards": [[c.column, c.row, c.title, c.description] for c in bare_cards(project)],
    }
    bare.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return BenchFiles(cards, path, bare)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate",
        description="Write a synthetic MapStudio project of N cards (and its bare data).",
    )
    parser.add_argument("cards", type=int, help="number of cards, e.g. 10000")
    parser.add_argument("folder", type=Path, help="where to write bench-N.mapstudio")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--no-photos", action="store_true", help="personas without photos")
    args = parser.parse_args(argv)
    if args.cards < 1:
        parser.error("the number of cards must be at least 1")
    files = write_bench_files(args.cards, args.folder, args.seed, not args.no_photos)
    print(files.project)
    return 0


if __name__ == "__main__":
    sys.exit(main())
