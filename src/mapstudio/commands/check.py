"""`mapstudio check FILE [--json] [--strict] [--lang fr]`: the health check, without a window.

Exit status 0 when the check ran (even with findings), 1 with --strict when
there is any problem (severity "warning"; insights never fail the check),
2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mapstudio.commands import CommandError
from mapstudio.commands.loading import existing_file
from mapstudio.interchange.errors import FormatError, InterchangeError
from mapstudio.interchange.formats import read_project
from mapstudio.model.analysis import Finding, Severity, check_project
from mapstudio.model.analysis_messages import LANGUAGES, translator


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="find gaps in a project's maps",
        description="List phases without touchpoints, touchpoints without channel or "
        "emotion, unanswered frustrations, dead ends and unreachable steps of the path, "
        "the lowest emotional moment and where frustrations cluster.",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="a .mapstudio, .csv or .mmd file")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit with status 1 when there is any warning; insights (the lowest emotional "
        "moment, where frustrations cluster) never fail the check",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the messages (default: en)"
    )
    parser.set_defaults(func=run)


def finding_json(finding: Finding) -> dict[str, object]:
    """A finding as JSON; keys are a stable interface for scripts."""
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "ids": list(finding.ids),
        "params": dict(finding.params),
    }


def run(args: argparse.Namespace) -> int:
    try:
        project, _ = read_project(existing_file(args.file))
    except (FormatError, InterchangeError) as exc:
        raise CommandError(str(exc)) from None
    findings = check_project(project, translator(args.lang))
    if args.json:
        print(json.dumps([finding_json(f) for f in findings], ensure_ascii=False, indent=2))
    elif not findings:
        print("No findings." if args.lang == "en" else "Rien à signaler.")
    else:
        for finding in findings:
            print(f"{finding.severity.value:<8} {finding.code:<32} {finding.message}")
    problems = [f for f in findings if f.severity == Severity.WARNING]
    return 1 if args.strict and problems else 0
