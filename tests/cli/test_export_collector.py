"""`mapstudio export` runs with Python's cycle collector paused.

The command loads, lays out and draws a map: a heap of long-lived objects
with no cycles, which the collector would otherwise scan again and again
while it grows. A gc callback sees every collection; it counts those that
run while the command loads the file or writes the export (the callback
looks for those functions on the stack that triggered the collection).
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks.generate import generate_project

from mapstudio.cli import main
from mapstudio.commands import export as export_command
from mapstudio.commands import loading
from mapstudio.export import run as export_run
from mapstudio.fileformat import save_project


@pytest.fixture(scope="module")
def generated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic 500-card project on disk: enough objects for many collections."""
    path = tmp_path_factory.mktemp("collector") / "generated.mapstudio"
    save_project(generate_project(500), path, keep_backup=False)
    return path


@pytest.fixture
def collections_while_working() -> Iterator[list[int]]:
    """The generation of each collection run while the command loads or exports.

    The collector is on when the test starts, whatever earlier tests left.
    """
    working = {loading.load.__code__, export_run.export_project.__code__}
    seen: list[int] = []

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase != "start":
            return
        frame = sys._getframe().f_back  # the code whose allocation set it off
        while frame is not None:
            if frame.f_code in working:
                seen.append(info["generation"])
                return
            frame = frame.f_back

    was_enabled = gc.isenabled()
    gc.enable()
    gc.callbacks.append(callback)
    try:
        yield seen
    finally:
        gc.callbacks.remove(callback)
        if not was_enabled:
            gc.disable()


def _export(source: Path, out: Path) -> None:
    assert main(["export", str(source), "-o", str(out), "--dpi", "36"]) == 0
    assert out.stat().st_size > 0


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_no_collection_runs_while_the_command_loads_and_exports(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    generated_file: Path,
    collections_while_working: list[int],
    suffix: str,
) -> None:
    _export(generated_file, tmp_path / f"map{suffix}")
    assert collections_while_working == []
    assert gc.isenabled()  # resumed once the command is done
    unit = "page" if suffix == ".pdf" else "image"
    assert capsys.readouterr().out.strip().endswith(f"map{suffix}: 1 {unit}")


def test_the_callback_sees_collections_when_the_command_leaves_the_collector_on(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    generated_file: Path,
    collections_while_working: list[int],
) -> None:
    """The guard above can fail: without the command's pause, collections run."""
    monkeypatch.setattr(export_command, "collector_paused", contextlib.nullcontext)
    _export(generated_file, tmp_path / "map.pdf")
    assert collections_while_working
