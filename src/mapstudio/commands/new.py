"""`mapstudio new -o FILE [--template NAME] [--lang en|fr]`: start a project from a template."""

from __future__ import annotations

import argparse
from pathlib import Path

from mapstudio.commands import CommandError
from mapstudio.content.building import LANGUAGES
from mapstudio.content.templates import TEMPLATES, TemplateError, load_template
from mapstudio.languages import environment_language


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "new",
        help="create a project from a template",
        description="Create a new project file from a template (see `mapstudio templates`).",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="file to create"
    )
    parser.add_argument(
        "--template",
        metavar="NAME",
        default="blank",
        choices=sorted(TEMPLATES),
        help="template to start from (default: blank)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the template's content (default: the environment's, else en)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mapstudio.fileformat import save_project

    output: Path = args.output
    if output.is_dir():
        raise CommandError(f"{output} is a folder; give a file name")
    if output.exists() and not args.force:
        raise CommandError(f"{output} already exists; use --force to replace it")
    if not output.parent.is_dir():
        raise CommandError(f"no such folder: {output.parent}")
    lang = args.lang or environment_language()
    try:
        project = load_template(args.template, lang)
    except TemplateError as error:
        raise CommandError(str(error)) from None
    save_project(project, output)
    print(f"Created {output} from the {args.template!r} template.")
    return 0
