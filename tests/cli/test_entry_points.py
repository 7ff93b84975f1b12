"""The command as users run it: `python -m mapstudio` in a child process, offscreen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from mapstudio import __version__

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_python_m_version(mapstudio: Run) -> None:
    result = mapstudio("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mapstudio {__version__}"


def test_missing_file_exits_2_with_one_line(mapstudio: Run) -> None:
    result = mapstudio("info", "does-not-exist.mapstudio")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "mapstudio: error: no such file: does-not-exist.mapstudio"
    ]


def test_editor_opens_the_example_and_exits_after_first_paint(
    mapstudio: Run, example: Path
) -> None:
    result = mapstudio("--exit-when-ready", str(example))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_editor_with_a_missing_file_is_a_cli_error(mapstudio: Run) -> None:
    result = mapstudio("--exit-when-ready", "nowhere.mapstudio")
    assert result.returncode == 2
    assert result.stderr.startswith("mapstudio: error: ")


def test_window_less_commands_do_not_import_qt(example: Path, tmp_path: Path) -> None:
    new_file = str(tmp_path / "new.mapstudio")
    probe = (
        "import sys, contextlib, io\n"
        "from mapstudio.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    codes = [main(['templates']), main(['info', {str(example)!r}, '--json']),\n"
        f"             main(['new', '-o', {new_file!r}])]\n"
        "assert codes == [0, 0, 0], codes\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
