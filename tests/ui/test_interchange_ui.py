"""File > Import… and File > Export Data…: through the real actions, with the dialogs answered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import make_window

from mapstudio.fileformat import load_project
from mapstudio.interchange import import_csv, parse_csv, parse_mermaid
from mapstudio.model import operations as ops
from mapstudio.model.kinds import CardKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Persona
from mapstudio.resources import resource_path
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.i18n import current_language, set_current_language
from mapstudio.ui.interchange_ops import ExportChoice, export_filters

FRENCH_EXCEL_CSV = (
    "\ufeffÉtape;Type;Titre;Canal;Émotion\r\n"
    "Découverte;point de contact;Vitrine;boutique;1\r\n"
    "Découverte;point de contact;Musique;boutique;9\r\n"  # line 3: emotion out of range
    "Achat;point de contact;Paiement;boutique;-1\r\n"
    "Achat;licorne;Bizarre;;\r\n"  # line 5: unknown type
    "Achat;objectif;Payer vite;;\r\n"
)

MERMAID = """journey
    title Achat en ligne
    section Découverte
      Voit une publicité: 4: Lucy, Bob
    section Achat
      Paie: 2: Lucy
"""


# ------------------------------------------------------------------- helpers
@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = current_language()
    set_current_language("en")
    yield
    set_current_language(before)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """File > Import's Open dialog answers `path`."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def choose_save(monkeypatch: pytest.MonkeyPatch, path: Path, choice: ExportChoice) -> list[tuple]:
    """File > Export Data's Save dialog answers `path` with the filter of `choice`."""
    calls: list[tuple] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, str]:
        calls.append(args)
        return str(path), export_filters()[choice]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return calls


def record_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def critical(_parent: object, title: str, text: str, *args: object) -> object:
        shown.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    return shown


def answer_box(accept: bool, seen: list[str]) -> None:
    """Click Import (accept) or Cancel in the next modal message box, noting its text."""
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(10, answer)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        role = QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        button.click()

    QTimer.singleShot(0, answer)


def snapshot(window: EditorWindow) -> tuple[list[str], int, list[str]]:
    project = window.document.project
    return (
        [m.id for m in project.maps()],
        project.graph.number_of_nodes(),
        [p.name for p in project.personas()],
    )


def example_window(qtbot: QtBot, tmp_path: Path) -> EditorWindow:
    project = load_project(resource_path("examples") / "boutique-deco.mapstudio")
    return make_window(qtbot, tmp_path, Document(project))


# -------------------------------------------------------------------- import
def test_bad_rows_are_listed_and_cancel_changes_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cartes.csv"
    path.write_bytes(FRENCH_EXCEL_CSV.encode("utf-8"))
    window = make_window(qtbot, tmp_path)
    before = snapshot(window)
    choose_file(monkeypatch, path)
    seen: list[str] = []
    answer_box(False, seen)
    window.actions.import_data.trigger()
    assert len(seen) == 1
    assert "Line 3:" in seen[0] and "emotion" in seen[0]
    assert "Line 5:" in seen[0] and "licorne" in seen[0]
    assert "Line 2:" not in seen[0] and "Line 4:" not in seen[0]
    assert "3 valid cards" in seen[0] and "skip 2 lines" in seen[0]
    assert snapshot(window) == before
    assert window.document.undo_stack.count() == 0


def test_accepting_imports_the_valid_rows_as_one_undo_step(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cartes.csv"
    path.write_bytes(FRENCH_EXCEL_CSV.encode("utf-8"))
    window = make_window(qtbot, tmp_path)
    before = snapshot(window)
    choose_file(monkeypatch, path)
    seen: list[str] = []
    answer_box(True, seen)
    window.actions.import_data.trigger()
    assert len(seen) == 1
    project = window.document.project
    assert len(project.maps()) == len(before[0]) + 1
    new_map = project.maps()[-1]
    assert new_map.name == "cartes"
    assert window.current_canvas() is window.canvas_for(new_map.id)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "cartes"
    assert [p.name for p in project.phases(new_map.id)] == ["Découverte", "Achat"]
    cards = {c.title: c for c in project.cards(new_map.id)}
    assert set(cards) == {"Vitrine", "Paiement", "Payer vite"}
    assert cards["Vitrine"].emotion == 1 and cards["Vitrine"].channel == "shop"
    assert cards["Payer vite"].kind == CardKind.GOAL
    assert window.document.undo_stack.count() == 1
    window.activateWindow()  # the question box had the focus
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot(window) == before
    assert window.canvas_for(new_map.id) is None


def test_a_clean_file_imports_without_asking(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "clean.csv"
    path.write_text("phase,title,emotion\nAwareness,Sees an ad,2\n", encoding="utf-8")
    window = make_window(qtbot, tmp_path)
    choose_file(monkeypatch, path)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: pytest.fail("no question expected"))
    window.actions.import_data.trigger()
    new_map = window.document.project.maps()[-1]
    assert [c.title for c in window.document.project.cards(new_map.id)] == ["Sees an ad"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("latin1.csv", "phase;title\nÉté;Vitrine\n".encode("latin-1"), "UTF-8"),
        ("headless.csv", b"Awareness,Sees an ad\n", "phase and title"),
        ("empty.csv", b"", "empty"),
        ("only-header.csv", b"phase,title\n", "no phase and no card"),
        ("diagram.mmd", b"flowchart LR\n  A --> B\n", "journey"),
        ("notes.txt", b"phase,title\n", "File > Open"),
    ],
)
def test_an_unreadable_file_is_refused_with_a_reason(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    reason: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    window = make_window(qtbot, tmp_path)
    before = snapshot(window)
    choose_file(monkeypatch, path)
    errors = record_errors(monkeypatch)
    window.actions.import_data.trigger()
    assert len(errors) == 1
    assert name in errors[0] and reason in errors[0] and "nothing was changed" in errors[0]
    assert snapshot(window) == before
    assert window.document.undo_stack.count() == 0


def test_mermaid_actors_become_personas_and_undo_removes_them(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "achat.mmd"
    path.write_text(MERMAID, encoding="utf-8")
    project = JourneyProject()
    ops.add_persona(project, Persona(id="lucy", name="Lucy")).apply(project)
    window = make_window(qtbot, tmp_path, Document(project))
    choose_file(monkeypatch, path)
    window.actions.import_data.trigger()
    (journey,) = project.maps()
    assert journey.name == "Achat en ligne"
    assert journey.persona_id == "lucy"  # the existing Lucy, not a second one
    assert sorted(p.name for p in project.personas()) == ["Bob", "Lucy"]
    cards = project.cards(journey.id)
    assert [(c.title, c.emotion) for c in cards] == [("Voit une publicité", 1), ("Paie", -1)]
    assert [(f.source, f.target) for f in project.flows(journey.id)] == [(cards[0].id, cards[1].id)]
    assert window.current_canvas() is window.canvas_for(journey.id)
    window.actions.undo.trigger()
    assert project.maps() == []
    assert [p.name for p in project.personas()] == ["Lucy"]


# -------------------------------------------------------------------- export
def test_export_csv_for_french_excel_reads_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window(qtbot, tmp_path)
    map_id = window.current_canvas().map_id()
    target = tmp_path / "out" / "carte.csv"
    target.parent.mkdir()
    choose_save(monkeypatch, target, ExportChoice.CSV_EXCEL_FR)
    window.actions.export_data.trigger()
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Étape;") and "," not in header
    result = import_csv(target)
    assert result.problems == []
    project = window.document.project
    read_back = result.project
    assert [p.name for p in read_back.phases(result.map_id)] == [
        p.name for p in project.phases(map_id)
    ]
    assert sorted(c.title for c in read_back.cards(result.map_id)) == sorted(
        c.title for c in project.cards(map_id)
    )
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    assert not window.document.is_modified()


def test_export_csv_with_commas_and_english_headers(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window(qtbot, tmp_path)
    target = tmp_path / "map"  # no extension typed: the filter's is added
    choose_save(monkeypatch, target, ExportChoice.CSV)
    window.actions.export_data.trigger()
    written = tmp_path / "map.csv"
    text = written.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    assert text.splitlines()[0].startswith("phase,lane,kind,title")
    assert parse_csv(written).cards


def test_the_csv_filter_follows_the_interface_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window(qtbot, tmp_path)
    offered: list[tuple] = []

    def cancel(*args: object) -> tuple[str, str]:
        offered.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel))
    for language in ("fr", "en"):
        set_current_language(language)
        window.actions.export_data.trigger()
    french, english = offered
    assert french[4] == export_filters()[ExportChoice.CSV_EXCEL_FR]
    assert english[4] == export_filters()[ExportChoice.CSV]
    assert str(french[2]).endswith(".csv") and str(english[2]).endswith(".csv")


def test_export_mermaid_reads_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window(qtbot, tmp_path)
    project = window.document.project
    map_id = window.current_canvas().map_id()
    target = tmp_path / "journey.mmd"
    choose_save(monkeypatch, target, ExportChoice.MERMAID)
    window.actions.export_data.trigger()
    parsed = parse_mermaid(target)
    assert parsed.problems == []
    assert parsed.name == project.map(map_id).name
    assert parsed.phases == [p.name for p in project.phases(map_id)]
    touchpoints = {c.title for c in project.cards(map_id) if c.kind == CardKind.TOUCHPOINT}
    assert {c.card.title for c in parsed.cards} == touchpoints


def test_export_graphml_holds_the_whole_project(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window(qtbot, tmp_path)
    project = window.document.project
    target = tmp_path / "projet.graphml"
    choose_save(monkeypatch, target, ExportChoice.GRAPHML)
    window.actions.export_data.trigger()
    graph = nx.read_graphml(target, force_multigraph=True)
    assert set(graph.nodes) == set(project.graph.nodes)
    assert graph.number_of_edges() == project.graph.number_of_edges()
    card = project.cards(project.maps()[0].id)[0]
    assert graph.nodes[card.id]["title"] == card.title


def test_export_a_project_copy_leaves_the_document_as_it_was(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = example_window(qtbot, tmp_path)
    target = tmp_path / "copie.mapstudio"
    choose_save(monkeypatch, target, ExportChoice.PROJECT)
    window.actions.export_data.trigger()
    copy = load_project(target)
    assert [m.name for m in copy.maps()] == [m.name for m in window.document.project.maps()]
    assert window.document.path is None


def test_a_failed_export_says_why_and_keeps_the_old_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mapstudio.interchange.formats as formats

    window = example_window(qtbot, tmp_path)
    target = tmp_path / "carte.mmd"
    target.write_text("journey\n    title Old\n", encoding="utf-8")

    def broken_writer(project: JourneyProject, map_id: str, path: Path) -> None:
        Path(path).write_text("journey\n    tit", encoding="utf-8")  # the disk fills up
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(formats, "write_mermaid", broken_writer)
    choose_save(monkeypatch, target, ExportChoice.MERMAID)
    errors = record_errors(monkeypatch)
    window.actions.export_data.trigger()
    assert len(errors) == 1 and "No space left on device" in errors[0]
    assert target.read_text(encoding="utf-8") == "journey\n    title Old\n"
    assert list(tmp_path.glob(".carte*")) == []


def test_exporting_one_map_needs_a_map(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, tmp_path, Document(JourneyProject()))
    target = tmp_path / "nothing.csv"
    choose_save(monkeypatch, target, ExportChoice.CSV)
    errors = record_errors(monkeypatch)
    window.actions.export_data.trigger()
    assert len(errors) == 1 and "one map" in errors[0]
    assert not target.exists()


def test_the_file_menu_offers_import_and_export_data(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    file_menu = window.menuBar().actions()[0].menu()
    actions = [a.objectName() for a in file_menu.actions()]
    assert actions.index("importAction") < actions.index("exportAction")
    assert actions.index("exportAction") + 1 == actions.index("exportDataAction")
