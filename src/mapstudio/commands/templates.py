"""`mapstudio templates [--lang en|fr]`: the names `mapstudio new --template` accepts."""

from __future__ import annotations

import argparse

from mapstudio.content.building import LANGUAGES
from mapstudio.content.templates import TEMPLATES
from mapstudio.languages import environment_language


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "templates",
        help="list the templates for `mapstudio new`",
        description="List the template names `mapstudio new --template` accepts, with their"
        " titles in your language.",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the titles (default: the environment's, else en)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang or environment_language()
    width = max(len(name) for name in TEMPLATES)
    for template in TEMPLATES.values():
        print(f"{template.name:<{width}}  {template.title(lang)}")
    return 0
