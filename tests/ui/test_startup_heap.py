"""Opening at start-up pauses the cycle collector and freezes what it built;
a document that replaces the start-up one lets the frozen objects go again."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import isolated_settings

from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.ui.app import frozen_after_opening
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.file_ops import blank_project


@pytest.fixture
def thawed() -> Iterator[None]:
    """Leave the interpreter as found: nothing frozen, the collector on."""
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable()


def test_the_opened_window_is_frozen_and_a_new_document_thaws_it(
    qtbot: QtBot, tmp_path: Path, thawed: None
) -> None:
    with frozen_after_opening():
        assert not gc.isenabled()  # no collection while the map is read and drawn
        window = EditorWindow(
            Document(build_decoration_shop()), settings=isolated_settings(tmp_path)
        )
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_saved())
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    window.set_document(Document(blank_project()))
    assert gc.get_freeze_count() == 0


def test_a_failed_opening_leaves_the_collector_running(thawed: None) -> None:
    with pytest.raises(OSError), frozen_after_opening():
        raise OSError("unreadable")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
