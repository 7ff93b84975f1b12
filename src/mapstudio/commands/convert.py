"""`mapstudio convert IN OUT`: from one format to another, chosen by the extensions.

IN may be .mapstudio, .csv or .mmd; OUT may also be .graphml. CSV and Mermaid
hold one map: reading one makes a project with that map; writing one writes
the map named by --map (the first by default).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mapstudio.commands import CommandError
from mapstudio.commands.loading import existing_file
from mapstudio.interchange.errors import FormatError, InterchangeError, describe_problems
from mapstudio.interchange.formats import (
    EXTENSIONS,
    choose_map,
    format_of,
    read_project,
    write_project,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    formats = ", ".join(sorted(EXTENSIONS))
    parser = subparsers.add_parser(
        "convert",
        help="convert between .mapstudio, CSV, Mermaid and GraphML",
        description=f"Convert IN to OUT; each file's format comes from its extension ({formats}).",
    )
    parser.add_argument("input", metavar="IN", type=Path, help="file to read")
    parser.add_argument("output", metavar="OUT", type=Path, help="file to write")
    parser.add_argument(
        "--map", metavar="NAME", help="map to write to CSV or Mermaid (name or number)"
    )
    parser.add_argument(
        "--strict", action="store_true", help="refuse a CSV or Mermaid file with any bad line"
    )
    parser.add_argument(
        "--excel-fr",
        action="store_true",
        help="write CSV for French Excel: semicolons, French headers, byte-order mark",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source: Path = existing_file(args.input)
    output: Path = args.output
    try:
        format_of(output)
        if output.exists() and not args.force:
            raise CommandError(f"{output} already exists; use --force to replace it")
        if output.resolve() == source.resolve():
            raise CommandError("IN and OUT are the same file")
        project, problems = read_project(source, strict=args.strict)
        map_id = choose_map(project, args.map) if args.map else None
        write_project(project, output, map_id=map_id, french_excel=args.excel_fr)
    except (FormatError, InterchangeError) as exc:
        raise CommandError(str(exc)) from None
    if problems:
        print(
            f"mapstudio: warning: {len(problems)} line(s) of {source.name} were left out: "
            f"{describe_problems(problems)}",
            file=sys.stderr,
        )
    print(f"Wrote {output}.")
    return 0
