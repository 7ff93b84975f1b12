"""Start-up imports only what it uses: the editor path loads no subcommand,
export writer, interchange code or dialog it does not show; a subcommand
loads its own module only. Checked in fresh child processes (`sys.modules`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import EXAMPLE, ROOT

from mapstudio.cli import COMMANDS, build_command_parser, command_names

# Never needed before the editor's first paint.
NOT_AT_START_UP = (
    "reportlab",
    "mapstudio.interchange",
    "mapstudio.export.run",
    "mapstudio.export.options",
    "mapstudio.export.pages",
    "mapstudio.export.pdf",
    "mapstudio.export.pdf_drawing",
    "mapstudio.export.pdf_forms",
    "mapstudio.export.pdf_text",
    "mapstudio.export.pdf_fonts",
    "mapstudio.export.persona_sheet",
    "mapstudio.export.qt_sheets",
    "mapstudio.export.qt_map",
    "mapstudio.export.images",
    "mapstudio.ui.export_dialog",
    "mapstudio.ui.printing",
    "mapstudio.ui.interchange_ops",
    "mapstudio.ui.welcome",
    "mapstudio.ui.recovery",
    "mapstudio.ui.template_gallery",
    "mapstudio.ui.preferences",
    "mapstudio.ui.guide",
)


def _modules_after(code: str, tmp_path: Path) -> set[str]:
    """The modules a fresh interpreter holds after running `code` (offscreen,
    with its settings in `tmp_path`, never the user's own)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))\n"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


def _loaded(modules: set[str], prefixes: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


def _command_modules(modules: set[str]) -> set[str]:
    return {c.module for c in COMMANDS} & modules


def test_the_command_table_matches_what_the_modules_register() -> None:
    registered = command_names(build_command_parser())
    assert registered == {command.name: command.help for command in COMMANDS}


def test_choosing_the_editor_form_imports_no_command_module(tmp_path: Path) -> None:
    modules = _modules_after(
        "from mapstudio import cli\n"
        "args = cli.parse(['--exit-when-ready', 'map.mapstudio'])\n"
        "assert args.exit_when_ready\n",
        tmp_path,
    )
    assert _command_modules(modules) == set()
    assert _loaded(modules, (*NOT_AT_START_UP, "mapstudio.export", "PySide6")) == []


def test_a_subcommand_imports_its_own_module_only(tmp_path: Path) -> None:
    modules = _modules_after(
        f"from mapstudio import cli\nargs = cli.parse(['info', {str(EXAMPLE)!r}])\n", tmp_path
    )
    assert _command_modules(modules) == {"mapstudio.commands.info"}
    assert _loaded(modules, NOT_AT_START_UP) == []


def test_the_editor_reaches_its_first_paint_without_the_rest(tmp_path: Path) -> None:
    modules = _modules_after(
        "from mapstudio.cli import main\n"
        f"assert main(['--exit-when-ready', {str(EXAMPLE)!r}]) == 0\n",
        tmp_path,
    )
    assert "mapstudio.ui.editor_window" in modules  # the window was really built
    assert "mapstudio.ui.canvas.view" in modules  # what an image export must not import
    assert _command_modules(modules) == set()
    assert _loaded(modules, NOT_AT_START_UP) == []


def test_an_image_export_imports_none_of_the_editor(tmp_path: Path) -> None:
    """A PNG is painted with the canvas items' paint functions, not by the
    editor's view (`mapstudio.ui.canvas` loads its names on first use)."""
    out = tmp_path / "map.png"
    modules = _modules_after(
        "from mapstudio.cli import main\n"
        f"assert main(['export', {str(EXAMPLE)!r}, '-o', {str(out)!r}, '--dpi', '36']) == 0\n",
        tmp_path,
    )
    assert out.stat().st_size > 0
    assert "mapstudio.export.qt_map" in modules  # the image was painted from the layout
    editor = ("mapstudio.ui.canvas.view", "mapstudio.ui.editor_window", "mapstudio.ui.printing")
    assert _loaded(modules, editor) == []
