"""The persona editor: list, every field, photos (checked before decoding), new map."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.model.kinds import BuyingRole, LaneKind
from mapstudio.ui.document import Document
from mapstudio.ui.file_ops import blank_project
from mapstudio.ui.inspector.fields import ChecksField
from mapstudio.ui.inspector.photo_field import (
    MAX_PHOTO_PIXELS,
    PHOTO_SIZE,
    PhotoError,
    load_photo,
)
from mapstudio.ui.persona_editor import PersonaEditor


def _editor(qtbot: QtBot) -> PersonaEditor:
    editor = PersonaEditor(Document(blank_project()))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _png_header_only(path: Path, width: int, height: int) -> None:
    """A PNG that claims a huge size: its header is valid, its pixels are absent."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0"))
        + chunk(b"IEND", b"")
    )


def test_add_edit_duplicate_remove_with_undo(qtbot: QtBot) -> None:
    editor = _editor(qtbot)
    document = editor.document
    project = document.project
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    [persona] = project.personas()
    assert editor.current_id() == persona.id
    name = editor.form.fields["name"]
    name.setText("Lucy")
    name.editingFinished.emit()
    profession = editor.form.fields["profession"]
    profession.setText("Marketing director")
    profession.editingFinished.emit()
    needs = editor.form.fields["needs"]
    needs.setPlainText("A well-documented product")
    needs.commit()
    roles = editor.form.fields["buying_roles"]
    assert isinstance(roles, ChecksField)
    for box, role in roles.boxes:
        if role in (BuyingRole.USER, BuyingRole.INITIATOR):
            box.setChecked(True)
    lucy = project.persona(persona.id)
    assert (lucy.name, lucy.profession, lucy.needs) == (
        "Lucy",
        "Marketing director",
        "A well-documented product",
    )
    assert set(lucy.buying_roles) == {BuyingRole.USER, BuyingRole.INITIATOR}
    assert editor.list.item(0).text() == "Lucy"
    qtbot.mouseClick(editor.duplicate_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in project.personas()] == ["Lucy", "Lucy (copy)"]
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in project.personas()] == ["Lucy"]
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()  # the second buying role
    assert project.persona(persona.id).buying_roles == (BuyingRole.USER,)
    assert editor.list.count() == 1


def test_photo_is_scaled_and_stored_as_png(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(qtbot)
    editor.add_persona()
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    path = tmp_path / "lucy.jpg"
    assert image.save(str(path), "JPG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    editor.form.fields["photo"].choose_button.click()
    persona = editor.document.project.personas()[0]
    assert persona.photo_type == "image/png"
    stored = QImage.fromData(persona.photo)
    assert (stored.width(), stored.height()) == (PHOTO_SIZE, round(800 * PHOTO_SIZE / 1200))
    editor.form.fields["photo"].remove_button.click()
    assert editor.document.project.personas()[0].photo is None


def test_oversize_photo_is_refused_before_decoding(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.png"
    _png_header_only(path, 10_000, 5_000)  # 50 megapixels
    assert MAX_PHOTO_PIXELS < 10_000 * 5_000
    with pytest.raises(PhotoError, match="too large"):
        load_photo(path)
    editor = _editor(qtbot)
    editor.add_persona()
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    steps = editor.document.undo_stack.count()
    editor.form.fields["photo"].choose()
    assert shown and "megapixels" in shown[0]
    assert editor.document.undo_stack.count() == steps
    assert editor.document.project.personas()[0].photo is None


def test_not_an_image_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("hello")
    with pytest.raises(PhotoError):
        load_photo(path)


def test_new_map_for_this_persona(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.persona_dock.show()
    editor = window.persona_editor
    editor.add_persona()
    editor.form.fields["name"].setText("Lucy")
    editor.form.fields["name"].editingFinished.emit()
    qtbot.mouseClick(editor.map_button, Qt.MouseButton.LeftButton)
    project = window.document.project
    maps = project.maps()
    assert len(maps) == 2
    new = maps[1]
    assert new.persona_id == editor.current_id()
    assert "Lucy" in new.name
    assert [p.name for p in project.phases(new.id)] == [
        "Awareness",
        "Information search",
        "Evaluation of options",
        "Decision",
        "Post-purchase",
    ]
    assert LaneKind.TOUCHPOINTS in [lane.kind for lane in project.lanes(new.id)]
    assert window.current_canvas().map_id() == new.id
    window.document.undo_stack.undo()
    assert window.tabs.count() == 1
