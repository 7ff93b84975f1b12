"""The `mapstudio` command: open the editor, or run a subcommand without a window.

`mapstudio [FILE]` opens the editor; `mapstudio COMMAND …` runs a subcommand.
argparse cannot mix an optional positional with subcommands reliably, so the
first non-option word decides: a known command name selects the subcommand
parser, anything else is the editor form. Every user error ends as one line
`mapstudio: error: …` on stderr and exit status 2; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import NoReturn

from mapstudio import __version__

PROG = "mapstudio"
EXIT_USAGE = 2


@dataclass(frozen=True)
class Command:
    """A subcommand: its name, the module that implements it, its one-line help.

    The name and help live here, not only in the module, so that `mapstudio
    --help` and choosing between the editor and a subcommand import none of
    the command modules (some pull in the export or interchange code): only
    the chosen command's module is imported. `tests/cli` checks that these
    helps are the ones the modules register.
    """

    name: str
    module: str
    help: str


# Add a subcommand here; its module exposes `register` and `run`.
COMMANDS: tuple[Command, ...] = (
    Command("new", "mapstudio.commands.new", "create a project from a template"),
    Command("info", "mapstudio.commands.info", "count what a project holds"),
    Command("templates", "mapstudio.commands.templates", "list the templates for `mapstudio new`"),
    Command("export", "mapstudio.commands.export", "export maps to PDF, PNG or SVG"),
    Command(
        "convert",
        "mapstudio.commands.convert",
        "convert between .mapstudio, CSV, Mermaid and GraphML",
    ),
    Command("check", "mapstudio.commands.check", "find gaps in a project's maps"),
)
COMMAND_MODULES: list[str] = [command.module for command in COMMANDS]


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        fail(message)


def fail(message: str) -> NoReturn:
    """Print the one-line error and leave with the usage status."""
    print(f"{PROG}: error: {_one_line(message)}", file=sys.stderr)
    raise SystemExit(EXIT_USAGE)


def _one_line(message: str) -> str:
    return " ".join(str(message).split()) or "unknown error"


def _command_module(command: Command) -> ModuleType:
    return importlib.import_module(command.module)


def build_command_parser(chosen: str | None = None) -> CliParser:
    """The parser for `mapstudio COMMAND …`, one subparser per command.

    Only the `chosen` command's module is imported and registers its full
    subparser; the others get a stand-in with the same name and help, so the
    top-level help reads the same. With no `chosen`, every module registers.
    """
    parser = CliParser(prog=PROG, description="Customer journey maps, from the command line.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        if chosen is None or command.name == chosen:
            _command_module(command).register(subparsers)
        else:
            subparsers.add_parser(command.name, help=command.help)
    return parser


def command_names(parser: CliParser) -> dict[str, str]:
    """Each subcommand's name and one-line help, as `parser` registered them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            return {name: helps.get(name, "") for name in action.choices}
    return {}


def build_editor_parser(commands: dict[str, str]) -> CliParser:
    """The parser for `mapstudio [FILE]`; its help also lists the subcommands."""
    from mapstudio.commands import editor

    width = max((len(n) for n in commands), default=0)
    epilog = "commands (mapstudio COMMAND --help for details):\n" + "\n".join(
        f"  {name:<{width}}  {text}" for name, text in commands.items()
    )
    parser = CliParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [--exit-when-ready] [FILE]\n"
        f"       {PROG} COMMAND [options]",
        description="MapStudio: an offline editor for customer journey maps. "
        "With no command, opens the editor (on FILE if given).",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    editor.add_arguments(parser)
    parser.set_defaults(func=editor.run)
    return parser


def _first_word(argv: Sequence[str]) -> str | None:
    """The first argument that is not an option (None after `--` or when absent)."""
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg
    return None


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The first non-option word picks the subcommand; otherwise the editor form."""
    word = _first_word(argv)
    if any(command.name == word for command in COMMANDS):
        return build_command_parser(word).parse_args(argv)
    return build_editor_parser({c.name: c.help for c in COMMANDS}).parse_args(argv)


def _user_error_types() -> tuple[type[BaseException], ...]:
    """Exceptions whose message is meant for the user, as far as they are installed."""
    from mapstudio.commands import CommandError
    from mapstudio.model.errors import ModelError

    types: list[type[BaseException]] = [CommandError, ModelError]
    try:
        from mapstudio.fileformat import ProjectFileError
    except ImportError:
        pass
    else:
        types.append(ProjectFileError)
    return tuple(types)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, _user_error_types()):
        return str(exc)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return f"unexpected {type(exc).__name__}: {exc}"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 user error)."""
    args_list = sys.argv[1:] if argv is None else list(argv)
    try:
        args = parse(args_list)
        return int(args.func(args))
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    except KeyboardInterrupt:
        print(f"{PROG}: error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last resort: never a traceback
        print(f"{PROG}: error: {_one_line(_describe(exc))}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
