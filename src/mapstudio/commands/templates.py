"""`mapstudio templates`: the names `mapstudio new --template` accepts."""

from __future__ import annotations

import argparse

from mapstudio.content.templates import TEMPLATES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "templates",
        help="list the templates for `mapstudio new`",
        description="List the template names `mapstudio new --template` accepts.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    width = max(len(name) for name in TEMPLATES)
    for template in TEMPLATES.values():
        print(f"{template.name:<{width}}  {template.title}")
    return 0
