"""Start-up imports only what it uses: the editor path loads no subcommand,
export writer, interchange code, dialog, form or gesture it does not show
(each loads with its first use, and works then); a subcommand loads its own
module only. Checked in fresh child processes (`sys.modules`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

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
    # Built or used on first use, after the first paint (DEFERRED_UNTIL below).
    "mapstudio.ui.inspector.card_form",
    "mapstudio.ui.inspector.axis_forms",
    "mapstudio.ui.inspector.persona_form",
    "mapstudio.ui.inspector.photo_field",
    "mapstudio.ui.persona_editor",
    "mapstudio.ui.canvas.gestures",
    "mapstudio.ui.canvas.palette_drop",
    "mapstudio.ui.canvas.context_menu",
    "mapstudio.ui.canvas.title_editor",
    "platformdirs",
)

# What the editor imports on its first use, by the use that needs it; the
# probe in `test_each_deferred_module_loads_with_its_first_use` plays them
# in this order on a shown window.
DEFERRED_UNTIL: dict[str, tuple[str, ...]] = {
    "select a card": ("mapstudio.ui.inspector.card_form",),
    "select a phase": ("mapstudio.ui.inspector.axis_forms",),
    "show the personas": (
        "mapstudio.ui.persona_editor",
        "mapstudio.ui.inspector.persona_form",
        "mapstudio.ui.inspector.photo_field",
    ),
    "press on the map": ("mapstudio.ui.canvas.gestures",),
    "insert from the palette": ("mapstudio.ui.canvas.palette_drop",),
    "right-click": ("mapstudio.ui.canvas.context_menu",),
    "edit a title": ("mapstudio.ui.canvas.title_editor",),
    "autosave": ("platformdirs",),
}

# Plays DEFERRED_UNTIL's uses on a shown editor; prints, after each, whether
# it worked and which of the deferred modules (argv[1]) are loaded by then.
FIRST_USES = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mapstudio.ui.app import application, open_project
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.palette_mime import PaletteEntry, PaletteItem

deferred = set(json.loads(sys.argv[1]))
steps = []

def step(name, worked):
    steps.append([name, bool(worked), sorted(deferred & set(sys.modules))])

app = application()
project, opened = open_project(Path(sys.argv[2]), quiet=True)
window = EditorWindow(Document(project, opened))
window.show()
step("first paint", QTest.qWaitForWindowExposed(window))
canvas = window.current_canvas()
map_id = canvas.map_id()
card_id = project.card_ids(map_id)[0]
canvas.select_ids([card_id])
step("select a card", window.inspector.current_form().node_id == card_id)
phase_id = project.phase_ids(map_id)[0]
canvas.select_ids([phase_id])
step("select a phase", window.inspector.current_form().node_id == phase_id)
window.persona_dock.raise_()
QApplication.processEvents()
step("show the personas", window.persona_dock.widget() is not None)
canvas.select_ids([card_id])
centre = canvas.mapFromScene(canvas.scene_rect_of(card_id).center())
left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
QTest.mousePress(canvas.viewport(), left, none, centre)
QTest.mouseRelease(canvas.viewport(), left, none, centre)
step("press on the map", canvas.selected_ids() == [card_id])
phases = len(project.phase_ids(map_id))
window.insert_entry(PaletteEntry(PaletteItem.PHASE))
step("insert from the palette", len(project.phase_ids(map_id)) == phases + 1)
menus = []

def close_menu():  # the menu runs its own event loop: note it and close it
    menu = QApplication.activePopupWidget()
    menus.append(len(menu.actions()))
    menu.close()

QTimer.singleShot(0, close_menu)
at = canvas.viewport().mapToGlobal(centre)
click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, at)
QApplication.sendEvent(canvas.viewport(), click)
step("right-click", menus and menus[0] > 0)
canvas.edit_title(card_id)
step("edit a title", canvas._editor is not None)
canvas._editor.finish(commit=False)
os.environ.pop("MAPSTUDIO_DATA_DIR", None)  # the platform's own folder, under the test's HOME
step("autosave", window.autosave.autosave_now())
window.document.mark_saved()
print(json.dumps(steps))
"""


def _probe(code: str, tmp_path: Path, *args: str) -> Any:
    """What `code`, run in a fresh interpreter (offscreen, with its settings
    and data in `tmp_path`, never the user's own), prints last, as JSON."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / name.lower())
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _modules_after(code: str, tmp_path: Path) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))\n"
    return set(_probe(probe, tmp_path))


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


def test_the_editor_keeps_no_module_source_once_open(tmp_path: Path) -> None:
    """PySide6's import hook reads every module's source into `linecache`
    (2.5 MB at start-up, measured); the editor drops them before it opens
    the map, and the first paint reads hardly any again."""
    kept = _probe(
        "import json, linecache\n"
        "from mapstudio.cli import main\n"
        f"assert main(['--exit-when-ready', {str(EXAMPLE)!r}]) == 0\n"
        "print(json.dumps([name for name in linecache.cache if 'mapstudio' in name]))\n",
        tmp_path,
    )
    assert len(kept) <= 5, kept


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


def test_each_deferred_module_loads_with_its_first_use(tmp_path: Path) -> None:
    """What start-up leaves out still works: each use loads its module then, not before."""
    deferred = [m for modules in DEFERRED_UNTIL.values() for m in modules]
    steps = _probe(FIRST_USES, tmp_path, json.dumps(deferred), str(EXAMPLE))
    assert [name for name, _worked, _loaded in steps] == ["first paint", *DEFERRED_UNTIL]
    assert [name for name, worked, _loaded in steps if not worked] == []
    expected: list[str] = []
    for (name, _worked, loaded), wanted in zip(steps, [(), *DEFERRED_UNTIL.values()], strict=True):
        expected += wanted
        assert loaded == sorted(expected), name


def test_the_first_paint_makes_no_python_class_for_widgets_it_never_shows(
    tmp_path: Path,
) -> None:
    """PySide6 makes a Qt class's Python type on first use (~0.2 ms each, with
    its enums). Qt's own viewport reaching Python unknown made it build every
    widget class to find its type (~15 ms); the canvas makes its viewport
    itself, so the first paint builds only the classes the editor uses."""
    made = set(
        _probe(
            "import json\n"
            "from mapstudio.cli import main\n"
            f"assert main(['--exit-when-ready', {str(EXAMPLE)!r}]) == 0\n"
            "from PySide6 import QtWidgets\n"
            "print(json.dumps([k for k, v in vars(QtWidgets).items() if isinstance(v, type)]))\n",
            tmp_path,
        )
    )
    assert {"QMainWindow", "QGraphicsView", "QTreeWidget"} <= made  # the probe sees them
    never_shown = {"QCalendarWidget", "QWizard", "QMdiArea", "QFontDialog", "QLCDNumber", "QDial"}
    assert made & never_shown == set()
