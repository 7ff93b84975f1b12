"""`mapstudio info FILE [--json]`: what a project holds, without opening a window."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from mapstudio.commands.loading import load
from mapstudio.model.kinds import CardKind
from mapstudio.model.project import JourneyProject


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "info",
        help="count what a project holds",
        description="Print counts of personas, maps, phases, lanes, cards, flows and "
        "frustrations in a project.",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="a .mapstudio project")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.set_defaults(func=run)


def project_counts(project: JourneyProject) -> dict[str, Any]:
    """The counts `info` reports; keys are a stable interface for scripts."""
    maps = project.maps()
    cards = [card for m in maps for card in project.cards(m.id)]
    by_kind = {kind.value: 0 for kind in CardKind}
    for card in cards:
        by_kind[card.kind.value] += 1
    return {
        "personas": len(project.personas()),
        "maps": len(maps),
        "phases": sum(len(project.phase_ids(m.id)) for m in maps),
        "lanes": sum(len(project.lane_ids(m.id)) for m in maps),
        "cards": by_kind,
        "flows": len(project.flows()),
        "frustrations": by_kind[CardKind.FRUSTRATION.value],
        "touchpoints": by_kind[CardKind.TOUCHPOINT.value],
        "map_names": [m.name for m in maps],
    }


def _as_text(path: Path, counts: dict[str, Any]) -> str:
    lines = [str(path)]
    for name in ("personas", "maps", "phases", "lanes"):
        lines.append(f"  {name:<14}{counts[name]:>5}")
    lines.append(f"  {'cards':<14}{sum(counts['cards'].values()):>5}")
    lines += [f"    {kind:<12}{n:>5}" for kind, n in counts["cards"].items() if n]
    for name in ("flows", "frustrations"):
        lines.append(f"  {name:<14}{counts[name]:>5}")
    lines += [f"  map: {name}" for name in counts["map_names"]]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    counts = project_counts(load(args.file))
    if args.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        print(_as_text(args.file, counts))
    return 0
