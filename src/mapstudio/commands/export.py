"""`mapstudio export FILE -o OUT`: PDF, PNG or SVG without opening a window.

The format comes from OUT's extension. Runs offscreen (no display needed) and
writes OUT only when the export succeeded.

The command is a short-lived process that loads, lays out and draws a map:
hundreds of thousands of objects that live until it ends and form no cycles.
Python's cycle collector is paused for the whole of it, so it does not scan
that growing heap again and again (nor catch up in full each time the
loader's or the painter's own pause ends); the objects are freed by
reference counting before it resumes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mapstudio.commands import CommandError
from mapstudio.commands.loading import load
from mapstudio.export.options import DEFAULT_DPI
from mapstudio.languages import SUPPORTED, environment_language
from mapstudio.model.bulk import collector_paused


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export maps to PDF, PNG or SVG",
        description="Export a project's maps. The format follows OUT's extension "
        "(.pdf, .png, .svg). A PDF holds every map by default, an image the first.",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="a .mapstudio project")
    parser.add_argument(
        "-o", "--output", metavar="OUT", type=Path, required=True, help="the file to write"
    )
    parser.add_argument(
        "--map",
        metavar="NAME_OR_INDEX",
        action="append",
        help="a map's name or tab number (from 1); repeat for several (PDF)",
    )
    parser.add_argument(
        "--page",
        metavar="SIZE",
        default="A4",
        help="A4, A3, Letter, Tabloid or WxHmm, e.g. 600x400mm (default: A4)",
    )
    parser.add_argument(
        "--portrait", action="store_true", help="portrait pages (default: landscape)"
    )
    parser.add_argument(
        "--poster",
        metavar="COLSxROWS",
        help="PDF: tile each map across COLS×ROWS sheets with overlap and crop marks",
    )
    parser.add_argument(
        "--dpi", type=int, default=DEFAULT_DPI, help=f"PNG resolution (default: {DEFAULT_DPI})"
    )
    parser.add_argument(
        "--persona-sheet", action="store_true", help="PDF: start with a page about the persona"
    )
    parser.add_argument("--transparent", action="store_true", help="PNG/SVG: no white background")
    parser.add_argument("--title", default="", help="PDF title (default: the map names)")
    parser.add_argument("--author", default="", help="PDF author")
    parser.add_argument(
        "--lang",
        choices=SUPPORTED,
        default=None,
        help="language of the words the map adds: buying roles, persona sheet labels "
        "(default: the environment's language)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with collector_paused():
        count = export(args)  # its objects are freed on return, before the collector resumes
    unit = "page" if args.output.suffix.lower() == ".pdf" else "image"
    print(f"{args.output}: {count} {unit}{'s' if count != 1 else ''}")
    return 0


def export(args: argparse.Namespace) -> int:
    """Load FILE and write OUT; the number of pages or images written."""
    from mapstudio.export import ExportError, ExportOptions, export_project
    from mapstudio.export.options import format_for_path, resolve_map
    from mapstudio.export.pages import parse_page_size, parse_poster

    try:
        format_for_path(args.output)
        page = parse_page_size(args.page)
        poster = parse_poster(args.poster) if args.poster else None
        project = load(args.file)
        maps = tuple(resolve_map(project, m) for m in (args.map or []))
        options = ExportOptions(
            maps=maps,
            page=page,
            landscape=not args.portrait,
            poster=poster,
            dpi=args.dpi,
            persona_sheet=args.persona_sheet,
            transparent=args.transparent,
            title=args.title,
            author=args.author,
            lang=args.lang or environment_language(),
        )
        return export_project(project, args.output, options)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
