"""`mapstudio [FILE]`: open the editor. Not a subcommand: the default form.

Qt is imported only here, inside `run`, so the window-less commands stay fast
and work without a display.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mapstudio.commands.loading import existing_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", type=Path, nargs="?", help="a .mapstudio project to open"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit as soon as the window has painted (a start-up check)",
    )


def run(args: argparse.Namespace) -> int:
    path: Path | None = existing_file(args.file) if args.file is not None else None
    # The file reader before Qt: once PySide6 is loaded, its import hook reads
    # the source of every module imported after it (see `forget_module_sources`).
    import mapstudio.fileformat  # noqa: F401
    from mapstudio.ui.app import run_app

    return run_app(path, args.exit_when_ready)
