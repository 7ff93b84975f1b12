"""The `mapstudio` subcommands, one module each, registered by `mapstudio.cli`.

Each module exposes `register(subparsers)` (adding its parser with `func=run`)
and `run(args) -> int`. Problems the user can fix are raised as `CommandError`;
the CLI prints them as one line.
"""


class CommandError(Exception):
    """A problem with the user's request, worded for them (no traceback)."""
