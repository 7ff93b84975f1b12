"""The editor reads `mapstudio.export.colours` for its palette; importing it
must not load the export writers, options or page maths (PEP 562 names in
`mapstudio/export/__init__.py`), while `from mapstudio.export import …`
still gives the same objects. Checked in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITERS = ("mapstudio.export.run", "mapstudio.export.options", "mapstudio.export.pages")


def _run(code: str, tmp_path: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_editor_window_loads_colours_but_no_export_writer(tmp_path: Path) -> None:
    found = _run(
        "import json, sys\n"
        "import mapstudio.ui.editor_window\n"
        "print(json.dumps({'modules': sorted(sys.modules)}))\n",
        tmp_path,
    )
    modules = set(found["modules"])  # type: ignore[arg-type]
    assert "mapstudio.export.colours" in modules
    assert sorted(modules & set(WRITERS)) == []


def test_public_names_load_on_first_use(tmp_path: Path) -> None:
    found = _run(
        "import json, sys\n"
        "import mapstudio.export as export\n"
        "before = [m for m in " + repr(WRITERS) + " if m in sys.modules]\n"
        "from mapstudio.export import ExportError, ExportOptions, export_project\n"
        "from mapstudio.export.run import export_project as real\n"
        "from mapstudio.export.errors import ExportError as real_error\n"
        "print(json.dumps({'before': before, 'same': export_project is real\n"
        "    and ExportError is real_error and 'ExportOptions' in dir(export)}))\n",
        tmp_path,
    )
    assert found == {"before": [], "same": True}
