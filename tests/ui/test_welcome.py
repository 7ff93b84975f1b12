"""The welcome screen and File > New from Template, driven like a person would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import isolated_settings, make_window

from mapstudio.content import templates as template_catalogue
from mapstudio.content.examples import EXAMPLES, load_example
from mapstudio.content.templates import TEMPLATES, load_template
from mapstudio.fileformat import save_project
from mapstudio.model import operations
from mapstudio.model.project import JourneyProject
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.i18n import current_language, set_current_language
from mapstudio.ui.template_gallery import (
    NAME_ROLE,
    NewFromTemplateDialog,
    forget_thumbnails,
    render_thumbnail,
)
from mapstudio.ui.welcome import WelcomeScreen, show_welcome, wants_welcome


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = current_language()
    set_current_language("en")
    yield
    set_current_language(before)


def map_names(project: JourneyProject) -> list[str]:
    return [m.name for m in project.maps()]


def lightness_variance(image: QImage) -> float:
    values = [
        QColor(image.pixel(x, y)).lightness()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    ]
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / len(values)


def welcome(qtbot: QtBot, window: EditorWindow) -> WelcomeScreen:
    screen = show_welcome(window)
    qtbot.waitExposed(screen)
    return screen


def items(widget: QListWidget) -> list[QListWidgetItem]:
    return [widget.item(i) for i in range(widget.count())]


def double_click(qtbot: QtBot, widget: QListWidget, item: QListWidgetItem) -> None:
    """What a mouse sends for a double-click: a click, then the double-click event."""
    widget.scrollToItem(item)
    centre: QPoint = widget.visualItemRect(item).center()
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def click(qtbot: QtBot, widget: QListWidget, item: QListWidgetItem) -> None:
    widget.scrollToItem(item)
    centre: QPoint = widget.visualItemRect(item).center()
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_welcome_lists_every_template_with_a_thumbnail_of_its_map(
    qtbot: QtBot, tmp_path: Path
) -> None:
    forget_thumbnails()
    window = make_window(qtbot, tmp_path)
    screen = welcome(qtbot, window)
    gallery = screen.findChild(QListWidget, "templateList")
    assert gallery is not None and gallery.isVisible()
    shown = items(gallery)
    assert [i.data(NAME_ROLE) for i in shown] == list(TEMPLATES)
    assert [i.text() for i in shown] == [t.title("en") for t in TEMPLATES.values()]
    blank_sheet = lightness_variance(render_thumbnail(JourneyProject()))
    images = []
    for item in shown:
        image = item.icon().pixmap(gallery.iconSize()).toImage()
        assert not image.isNull()
        # A drawn map has headers, lanes and cards: far more contrast than an empty sheet.
        assert lightness_variance(image) > 10 * blank_sheet, item.text()
        images.append(image)
    assert len({bytes(i.constBits()) for i in images}) == len(images)


def test_create_opens_the_selected_template_as_a_new_untitled_project(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    before = window.document
    screen = welcome(qtbot, window)
    gallery = screen.findChild(QListWidget, "templateList")
    item = next(i for i in items(gallery) if i.data(NAME_ROLE) == "buying-journey")
    click(qtbot, gallery, item)
    assert screen.isVisible() and window.document is before  # a click only selects
    qtbot.mouseClick(screen.findChild(QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.isVisible())
    assert window.document is not before
    assert window.document.path is None
    assert map_names(window.document.project) == map_names(load_template("buying-journey", "en"))
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == map_names(
        window.document.project
    )
    # After an edit, closing the window asks to save (and Cancel keeps it open).
    map_id = window.document.project.maps()[0].id
    window.document.try_push(operations.set_fields, map_id, name="Our spring campaign")
    asked: list[str] = []

    def cancel(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    window.close()
    assert len(asked) == 1 and window.isVisible()


def test_double_clicking_a_template_in_french_gives_the_french_template(
    qtbot: QtBot, tmp_path: Path
) -> None:
    set_current_language("fr")
    window = make_window(qtbot, tmp_path)
    screen = welcome(qtbot, window)
    gallery = screen.findChild(QListWidget, "templateList")
    item = next(i for i in items(gallery) if i.data(NAME_ROLE) == "blank")
    assert item.text() == TEMPLATES["blank"].title("fr")
    double_click(qtbot, gallery, item)
    qtbot.waitUntil(lambda: not screen.isVisible())
    assert map_names(window.document.project) == map_names(load_template("blank", "fr"))


def test_keyboard_arrow_and_enter_open_a_template(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    screen = welcome(qtbot, window)
    gallery = screen.findChild(QListWidget, "templateList")
    gallery.setFocus()
    qtbot.keyClick(gallery, Qt.Key.Key_Right)
    chosen = gallery.currentItem().data(NAME_ROLE)
    assert chosen == list(TEMPLATES)[1]
    qtbot.keyClick(gallery, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.isVisible())
    assert map_names(window.document.project) == map_names(load_template(chosen, "en"))


def test_unsaved_work_is_offered_for_saving_before_a_template_replaces_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    map_id = window.document.project.maps()[0].id
    window.document.try_push(operations.set_fields, map_id, name="Work in progress")
    document = window.document
    asked: list[str] = []

    def cancel(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    screen = welcome(qtbot, window)
    gallery = screen.findChild(QListWidget, "templateList")
    double_click(qtbot, gallery, items(gallery)[0])
    assert len(asked) == 1
    assert window.document is document
    assert document.project.map(map_id).name == "Work in progress"
    assert screen.isVisible()  # the user can still choose something else
    screen.reject()


def test_a_template_that_cannot_be_read_is_explained_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path)
    document = window.document
    screen = welcome(qtbot, window)

    def broken(name: str, lang: str) -> JourneyProject:
        raise template_catalogue.TemplateError(f"The template “{name}” is damaged.")

    monkeypatch.setattr(template_catalogue, "load_template", broken)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    gallery = screen.findChild(QListWidget, "templateList")
    double_click(qtbot, gallery, items(gallery)[1])
    assert len(shown) == 1 and "damaged" in shown[0]
    assert window.document is document and screen.isVisible()
    screen.reject()


def test_recent_files_are_listed_and_open_missing_ones_are_disabled(
    qtbot: QtBot, tmp_path: Path
) -> None:
    saved = tmp_path / "spring.mapstudio"
    save_project(load_template("buying-journey", "en"), saved)
    gone = tmp_path / "deleted.mapstudio"
    settings = isolated_settings(tmp_path)
    settings.add_recent_file(gone)
    settings.add_recent_file(saved)
    window = EditorWindow(settings=settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_saved())
    window.show()
    screen = welcome(qtbot, window)
    recent = screen.findChild(QListWidget, "recentList")
    listed = items(recent)
    assert [Path(i.data(Qt.ItemDataRole.UserRole)) for i in listed] == [
        saved.resolve(),
        gone.resolve(),
    ]
    assert listed[0].flags() & Qt.ItemFlag.ItemIsEnabled
    assert not listed[1].flags() & Qt.ItemFlag.ItemIsEnabled
    double_click(qtbot, recent, listed[0])
    qtbot.waitUntil(lambda: not screen.isVisible())
    assert window.document.path == saved.resolve()
    assert map_names(window.document.project) == map_names(load_template("buying-journey", "en"))


def test_open_button_opens_the_chosen_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "chosen.mapstudio"
    save_project(load_template("phygital-retail", "en"), chosen)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(chosen), ""))
    )
    window = make_window(qtbot, tmp_path)
    screen = welcome(qtbot, window)
    qtbot.mouseClick(screen.findChild(QPushButton, "openButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.isVisible())
    assert window.document.path == chosen
    assert map_names(window.document.project) == map_names(load_template("phygital-retail", "en"))


def test_cancelling_open_keeps_the_welcome_screen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    window = make_window(qtbot, tmp_path)
    document = window.document
    screen = welcome(qtbot, window)
    qtbot.mouseClick(screen.findChild(QPushButton, "openButton"), Qt.MouseButton.LeftButton)
    assert screen.isVisible() and window.document is document
    screen.reject()


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_an_example_opens_as_an_untitled_copy(qtbot: QtBot, tmp_path: Path, name: str) -> None:
    window = make_window(qtbot, tmp_path)
    screen = welcome(qtbot, window)
    examples = screen.findChild(QListWidget, "exampleList")
    item = next(i for i in items(examples) if i.text() == EXAMPLES[name].title("en"))
    double_click(qtbot, examples, item)
    qtbot.waitUntil(lambda: not screen.isVisible())
    assert window.document.path is None  # Save asks where: the install may be read-only
    assert map_names(window.document.project) == map_names(load_example(name, "en"))


def test_show_at_start_checkbox_is_the_setting(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    screen = welcome(qtbot, window)
    check = screen.findChild(QCheckBox, "showAtStart")
    assert check.isChecked() and window.settings.show_welcome()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not window.settings.show_welcome()
    assert not wants_welcome(None, False, window.settings)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert window.settings.show_welcome()
    screen.reject()
    # A second welcome screen (Help > Welcome Screen) shows the stored choice.
    window.settings.set_show_welcome(False)
    window.actions.welcome.trigger()
    shown = [s for s in window.findChildren(WelcomeScreen) if s.isVisible()]
    assert len(shown) == 1 and shown[0] is not screen
    assert not shown[0].findChild(QCheckBox, "showAtStart").isChecked()
    shown[0].reject()


def test_start_up_shows_the_welcome_only_without_a_file_and_with_a_person(
    tmp_path: Path,
) -> None:
    settings = isolated_settings(tmp_path)
    assert wants_welcome(None, False, settings)
    assert not wants_welcome(tmp_path / "map.mapstudio", False, settings)
    assert not wants_welcome(None, True, settings)  # --exit-when-ready never gets a dialog
    settings.set_show_welcome(False)
    assert not wants_welcome(None, False, settings)


def test_new_from_template_action_opens_the_gallery_and_creates(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    action = window.actions.new_from_template
    assert action.objectName() == "newFromTemplateAction"
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    file_actions = window.findChild(QMenu, "fileMenu").actions()
    assert file_actions.index(action) == file_actions.index(window.actions.new) + 1
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(NewFromTemplateDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    gallery = dialog.findChild(QListWidget, "templateList")
    target = next(i for i in items(gallery) if i.data(NAME_ROLE) == "checkout-failure")
    click(qtbot, gallery, target)
    assert dialog.isVisible()  # in the dialog a click selects; Create confirms
    buttons = dialog.findChild(QDialogButtonBox, "templateButtons")
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.document.path is None
    assert map_names(window.document.project) == map_names(load_template("checkout-failure", "en"))


def test_new_from_template_cancel_keeps_the_document(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    document = window.document
    window.actions.new_from_template.trigger()
    dialog = window.findChild(NewFromTemplateDialog)
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox, "templateButtons")
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.document is document
