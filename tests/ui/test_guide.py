"""Help > MapStudio Help: the five-step guide, in the interface's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QTextBrowser
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.resources import resource_path
from mapstudio.ui.guide import UserGuide, guide_path
from mapstudio.ui.i18n import current_language, set_current_language

LANGUAGES = ("en", "fr")


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    before = current_language()
    yield
    set_current_language(before)


def html_title(path: Path) -> str:
    match = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.S)
    assert match is not None, path
    return match.group(1).strip()


def open_guide(qtbot: QtBot, tmp_path: Path) -> UserGuide:
    window = make_window(qtbot, tmp_path)
    help_menu = window.findChild(QMenu, "helpMenu")
    assert window.actions.user_guide in help_menu.actions()
    window.actions.user_guide.trigger()
    guide = window.findChild(UserGuide, "userGuide")
    assert guide is not None
    qtbot.waitExposed(guide)
    return guide


@pytest.mark.parametrize("lang", LANGUAGES)
def test_help_opens_the_guide_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    set_current_language(lang)
    guide = open_guide(qtbot, tmp_path)
    assert not guide.isModal() and guide.isWindow()
    browser = guide.findChild(QTextBrowser, "guideText")
    expected = resource_path("guide", f"guide.{lang}.html")
    assert Path(browser.source().toLocalFile()) == expected
    assert browser.documentTitle() == html_title(expected)
    other = next(x for x in LANGUAGES if x != lang)
    assert browser.documentTitle() != html_title(resource_path("guide", f"guide.{other}.html"))
    assert guide.windowTitle()


def test_help_twice_reuses_the_open_guide(qtbot: QtBot, tmp_path: Path) -> None:
    set_current_language("en")
    guide = open_guide(qtbot, tmp_path)
    window = guide.parentWidget()
    window.actions.user_guide.trigger()
    assert window.findChildren(UserGuide) == [guide]
    # The language may change between two openings (tests switch it): the text follows.
    set_current_language("fr")
    window.actions.user_guide.trigger()
    browser = guide.findChild(QTextBrowser, "guideText")
    assert Path(browser.source().toLocalFile()) == guide_path("fr")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_guide_walks_through_five_steps(lang: str) -> None:
    text = resource_path("guide", f"guide.{lang}.html").read_text(encoding="utf-8")
    steps = re.findall(r"<h2>(\d)\.", text)
    assert steps == ["1", "2", "3", "4", "5"]


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    assert guide_path("de") == resource_path("guide", "guide.en.html")
    assert guide_path("fr") == resource_path("guide", "guide.fr.html")
