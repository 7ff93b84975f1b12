"""The French interface: the live UI in French, no English left, catalogues in step.

The walk in `test_every_visible_string_is_translated` reads the English UI
(menus, actions, docks, palette, inspector forms, the export and preferences
dialogs) and requires each text to be a finished entry of the .ts. The
project it shows wraps every name in ⟨⟩, so a text showing user content is
recognised by construction, without an ignore list.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from tests.ui.editor_support import isolated_settings, make_window
from tests.ui.translation_support import (
    QM_FILE,
    TS_FILE,
    action_texts,
    french_ui,
    is_language,
    qt_standard_buttons,
    qt_tool,
    translated_sources,
    ts_messages,
    widget_texts,
)

from mapstudio.content.blank import BUYING_PHASES
from mapstudio.content.building import STANDARD_LANES
from mapstudio.export.pages import PAGE_SIZES
from mapstudio.model import operations
from mapstudio.model.edits import CompositeEdit
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase
from mapstudio.ui import catalog_markers, i18n
from mapstudio.ui.document import Document
from mapstudio.ui.editor_window import EditorWindow
from mapstudio.ui.export_dialog import ExportDialog
from mapstudio.ui.file_ops import blank_project
from mapstudio.ui.inspector.names import lane_kind_name
from mapstudio.ui.palette_mime import PaletteEntry, PaletteItem
from mapstudio.ui.preferences import PreferencesDialog
from mapstudio.ui.template_gallery import NewFromTemplateDialog, template_names, template_title
from mapstudio.ui.welcome import WelcomeScreen

__all__ = ["french_ui"]  # the fixture, imported for pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "mapstudio"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


# ------------------------------------------------------------------ French UI
def test_french_menus_palette_docks_and_actions(
    french_ui: None, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    titles = [a.text() for a in window.menuBar().actions() if a.menu()]
    assert titles == ["&Fichier", "É&dition", "&Affichage", "&Insertion", "&Carte", "Aid&e"]
    assert window.actions.save.text() == "&Enregistrer"
    assert window.actions.preferences.text() == "&Préférences…"
    assert window.inspector_dock.windowTitle() == "Propriétés"
    assert window.history_dock.windowTitle() == "Historique"
    palette = window.palette
    groups = [palette.topLevelItem(i).text(0) for i in range(palette.topLevelItemCount())]
    assert "Structure de la carte" in groups and "Points de contact" in groups
    rows = {palette.item_for(e).text(0) for e in palette.entries()}  # type: ignore[union-attr]
    assert {"Étape", "Site web", "Bouche-à-oreille", "Marqueur de frustration"} <= rows
    assert "Ligne\u00a0: Objectifs du client" in rows  # French no-break space before ":"


def test_french_new_map_uses_the_templates_french_names(
    french_ui: None, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)  # File > New's blank map, built in French
    project = window.document.project
    map_id = project.maps()[0].id
    assert [p.name for p in project.phases(map_id)] == [fr for _s, _en, fr in BUYING_PHASES]
    assert [lane.title for lane in project.lanes(map_id)] == [fr for _k, _en, fr in STANDARD_LANES]
    assert project.maps()[0].name == "Parcours client"


def test_french_undo_labels_in_edit_menu_and_history(
    french_ui: None, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.palette.setFocus()
    entry = PaletteEntry(PaletteItem.CARD, card_kind=CardKind.TOUCHPOINT.value, channel="email")
    window.palette.setCurrentItem(window.palette.item_for(entry))
    qtbot.keyClick(window.palette, "\r")  # Enter inserts the entry, as a keyboard user would
    assert window.actions.undo.text() == "Annu&ler Ajout d’un point de contact"
    history = window.history_dock.view.model()
    assert history.index(0, 0).data() == "Projet ouvert"
    assert history.index(1, 0).data() == "Ajout d’un point de contact"


def test_french_rule_messages_and_qt_buttons(french_ui: None, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    project = window.document.project
    map_id = project.maps()[0].id
    lane = next(x for x in project.lanes(map_id) if x.kind == LaneKind.TOUCHPOINTS)
    card = Card(id="card-tp", title="Site", phase_id=project.phase_ids(map_id)[0], lane_id=lane.id)
    window.document.push(operations.add_card(project, card))
    window.document.try_push(operations.add_flow, "card-tp", "card-tp")  # a loop: refused
    assert window.statusBar().currentMessage() == (
        "Une liaison ne peut pas relier un point de contact à lui-même."
    )
    dialog = PreferencesDialog(isolated_settings(tmp_path), window)
    qtbot.addWidget(dialog)
    texts = {b.text().replace("&", "") for b in qt_standard_buttons(dialog)}
    assert "Annuler" in texts  # Qt's own catalogue is installed too


def test_french_template_names_in_the_gallery(
    french_ui: None, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    dialog = NewFromTemplateDialog(i18n.current_language(), window)
    qtbot.addWidget(dialog)
    shown = [dialog.gallery.item(i).text() for i in range(dialog.gallery.count())]
    assert shown == [template_title(name, "fr") for name in template_names()]
    assert shown != [template_title(name, "en") for name in template_names()]
    assert dialog.windowTitle() == "Nouveau à partir d’un modèle"


def test_french_accelerators_are_unique_in_each_menu(
    french_ui: None, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)

    def keys(actions: list) -> list[str]:
        found = []
        for action in actions:
            match = re.search(r"&(?!&)(\w)", action.text().replace("&&", ""))
            if match:
                found.append(match.group(1).lower())
        return found

    menus = [window.menuBar(), *window.findChildren(QMenu)]
    for menu in menus:
        letters = keys([a for a in menu.actions() if not a.isSeparator()])
        assert len(letters) == len(set(letters)), (menu.objectName(), letters)


# ------------------------------------------------------------- the walk
def _walk_project() -> JourneyProject:
    """The blank map with every name the user could type wrapped in ⟨⟩."""
    project = blank_project()
    map_id = project.maps()[0].id
    apply = [operations.set_fields(project, map_id, name=f"⟨{map_id}⟩")]
    apply += [operations.set_fields(project, p, name=f"⟨{p}⟩") for p in project.phase_ids(map_id)]
    apply += [operations.set_fields(project, x, title=f"⟨{x}⟩") for x in project.lane_ids(map_id)]
    for edit in apply:
        edit.apply(project)
    persona = Persona(id="persona-1", name="⟨Lucy⟩")
    operations.add_persona(project, persona).apply(project)
    operations.set_map_persona(project, map_id, persona.id).apply(project)
    phase = project.phase_ids(map_id)[0]
    lanes = {lane.kind: lane.id for lane in project.lanes(map_id)}
    for kind, lane_kind in (
        (CardKind.TOUCHPOINT, LaneKind.TOUCHPOINTS),
        (CardKind.FRUSTRATION, LaneKind.FRUSTRATIONS),
        (CardKind.OPPORTUNITY, LaneKind.OPPORTUNITIES),
    ):
        card = Card(id=f"card-{kind}", kind=kind, title=f"⟨{kind}⟩", phase_id=phase)
        operations.add_card(project, card.with_changes(lane_id=lanes[lane_kind])).apply(project)
    return project


def _texts_of_window(window: EditorWindow) -> Iterator[tuple[str, str]]:
    for action in window.menuBar().actions():
        yield from action_texts(action, action.text())
    for action in window.toolbar.actions():
        yield from action_texts(action, f"toolbar {action.text()}")
    project = window.document.project
    map_id = project.maps()[0].id
    shown = [[], [map_id], [project.phase_ids(map_id)[0]], [project.lane_ids(map_id)[0]]]
    shown += [[c] for c in project.card_ids(map_id)] + [[project.personas()[0].id]]
    for ids in shown:  # each inspector form, loaded with a record
        window.inspector.show_selection(ids, map_id)
        yield from widget_texts(window)
    dialogs = [
        ExportDialog(window.document, window),
        PreferencesDialog(window.settings, window),
        WelcomeScreen(window),
        NewFromTemplateDialog(i18n.current_language(), window),
    ]
    for dialog in dialogs:
        yield from widget_texts(dialog)
        dialog.deleteLater()


def _plain(text: str) -> str:
    """Rich text without its tags: a label may wrap a translated text in <b>…</b>."""
    return re.sub(r"<[^>]+>", "", text)


def _is_translated(text: str, sources: set[str], patterns: list[tuple[re.Pattern, str]]) -> bool:
    """A source itself, or a source with placeholders filled by data or by sources."""
    if text in sources or _plain(text) in sources:
        return True
    for pattern, _source in patterns:
        match = pattern.fullmatch(text)
        if match and all(
            value in sources or "⟨" in value or not is_language(value) for value in match.groups()
        ):
            return True
    return False


def _patterns(sources: set[str]) -> list[tuple[re.Pattern, str]]:
    result = []
    for source in sources:
        parts = PLACEHOLDER.split(source)
        if len(parts) > 1:
            regex = "(.+?)".join(re.escape(p) for p in parts)
            result.append((re.compile(regex, re.DOTALL), source))
    return result


def test_every_visible_string_is_translated(qtbot: QtBot, tmp_path: Path) -> None:
    assert i18n.current_language() == "en"
    window = make_window(qtbot, tmp_path, Document(_walk_project()))
    sources = translated_sources()
    sources |= {_plain(s) for s in sources}
    patterns = _patterns(sources)
    seen = [(w, t) for w, t in _texts_of_window(window) if is_language(t) and "⟨" not in t]
    reached = {t for _w, t in seen}
    # the walk reached menus, palette, every inspector form and each dialog
    assert {"&File", "Map structure", "Severity", "Company size", "Customer goal"} <= reached
    assert {"Paper:", "&Language:", "&Show this screen at start"} <= reached
    missing = sorted({(t, w) for w, t in seen if not _is_translated(t, sources, patterns)})
    assert not missing, "\n".join(f"{t!r}  ({w})" for t, w in missing)


def test_qt_standard_buttons_have_a_french_qt_translation(qapp: QApplication) -> None:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert translator.load("qtbase_fr", folder), "PySide6 ships qtbase_fr.qm"
    assert translator.translate("QPlatformTheme", "Cancel") == "Annuler"


# -------------------------------------------------------- catalogue contents
def test_every_entry_is_finished_and_keeps_placeholders_and_accelerators() -> None:
    messages = ts_messages()
    assert len(messages) > 300
    unfinished = [(m.context, m.source) for m in messages if not m.finished]
    assert not unfinished
    for m in messages:
        assert sorted(PLACEHOLDER.findall(m.source)) == sorted(
            PLACEHOLDER.findall(m.translation)
        ), m
        assert m.source.count("&") == m.translation.count("&"), m


def test_french_typography_in_the_catalogue() -> None:
    """A space before : ; ! ? % » (or after «) must not break: French uses no-break ones."""
    bad = [m.translation for m in ts_messages() if re.search(r" [:;!?%»]|« ", m.translation)]
    assert not bad


def _model_edit_labels() -> set[str]:
    """Every undo label the model and the UI can produce, read from the source code.

    Literal labels passed to CompositeEdit(…)/sequence(…), assigned to
    `.label`, or declared as an edit class's default; plus the two f-strings
    of operations.py expanded over what they can name (card kinds, fields).
    """
    labels: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                args = node.args
                label = (
                    args[0]
                    if name == "CompositeEdit" and args
                    else args[1]
                    if name == "sequence" and len(args) > 1
                    else None
                )
                if isinstance(label, ast.Constant) and isinstance(label.value, str):
                    labels.add(label.value)
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                named = any(getattr(t, "attr", getattr(t, "id", "")) == "label" for t in targets)
                value = node.value
                if named and isinstance(value, ast.Constant) and isinstance(value.value, str):
                    labels.add(value.value)
    labels.discard("")
    labels |= {f"Add {kind.value}" for kind in CardKind}
    for record in (Persona, JourneyMap, Phase, Lane, Card):
        labels |= {f"Change {name}" for name in record.attr_names()}
    return labels


def test_every_undo_label_is_marked_and_translated(qapp: QApplication) -> None:
    labels = _model_edit_labels()
    assert {"Add persona", "Move card", "Change title", "Add touchpoint"} <= labels
    assert CompositeEdit("Add map", []).label in labels
    assert labels <= set(catalog_markers.EDIT_LABELS), labels - set(catalog_markers.EDIT_LABELS)
    document = {m.source for m in ts_messages() if m.context == "Document" and m.finished}
    assert set(catalog_markers.EDIT_LABELS) <= document


def test_template_and_page_names_match_their_tables() -> None:
    by_context: dict[tuple[str, str], str] = {
        (m.context, m.source): m.translation for m in ts_messages() if m.finished
    }
    names = [(en, fr) for _s, en, fr in BUYING_PHASES] + [(en, fr) for _k, en, fr in STANDARD_LANES]
    assert set(catalog_markers.TEMPLATE_NAMES) == {en for en, _fr in names}
    for english, french in names:  # one French name, whether built by the CLI or by the UI
        assert by_context[("Template", english)] == french
    assert set(catalog_markers.PAGE_SIZE_NAMES) == set(PAGE_SIZES)
    assert all(("PageSize", name) in by_context for name in PAGE_SIZES)


def test_lane_kind_names_match_the_standard_lane_titles(french_ui: None) -> None:
    for kind, _english, french in STANDARD_LANES:
        assert lane_kind_name(kind) == french


def test_model_rule_messages_are_marked(qapp: QApplication) -> None:
    """Each parameterless ModelError of operations.py has a marker (and so a translation)."""
    tree = ast.parse((SRC / "model" / "operations.py").read_text(encoding="utf-8"))
    messages = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "ModelError"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert "These touchpoints are already joined." in messages
    assert messages <= set(catalog_markers.MODEL_ERRORS)


# ---------------------------------------------------- catalogues up to date
def test_catalogue_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing the committed .ts lacks."""
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "check.ts"
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(p) for p in SRC.rglob("*.py"))
    subprocess.run(
        [lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    unfinished = [(m.context, m.source) for m in ts_messages(copy) if not m.finished]
    assert not unfinished, "run `make translations` and translate:\n" + "\n".join(
        f"[{c}] {s!r}" for c, s in unfinished
    )


def test_compiled_catalogue_matches_the_ts(tmp_path: Path) -> None:
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [lrelease, "-silent", str(TS_FILE), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "run `make translations`"


# ------------------------------------------------------ choosing the language
class _FakeLocale:
    """Stands in for QLocale in i18n so a test can pick the "system" locale."""

    def __init__(self, name: str) -> None:
        self._locale = QLocale(name)

    def system(self) -> QLocale:
        return self._locale


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[QApplication]:
    before = i18n.current_language()
    yield qapp
    i18n.remove_translators(qapp)
    i18n.set_current_language(before)


def test_settings_choice_wins_over_the_system(
    restore_language: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "QLocale", _FakeLocale("de_DE"))
    settings = isolated_settings(tmp_path)
    settings.set_language("fr")
    assert i18n.install_translators(restore_language, settings) == "fr"
    assert i18n.current_language() == "fr"
    assert QCoreApplication.translate("EditorActions", "&File") == "&Fichier"
    monkeypatch.setattr(i18n, "QLocale", _FakeLocale("fr_FR"))
    settings.set_language("en")
    assert i18n.install_translators(restore_language, settings) == "en"
    assert QCoreApplication.translate("EditorActions", "&File") == "&File"


def test_french_system_locale_gives_french(
    restore_language: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = isolated_settings(tmp_path)  # language "": follow the system
    monkeypatch.setattr(i18n, "QLocale", _FakeLocale("fr_CA"))
    assert i18n.install_translators(restore_language, settings) == "fr"
    monkeypatch.setattr(i18n, "QLocale", _FakeLocale("de_DE"))
    assert i18n.install_translators(restore_language, settings) == "en"
    assert QCoreApplication.translate("EditorActions", "&File") == "&File"


def test_c_locale_falls_back_to_the_environment(
    restore_language: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "QLocale", _FakeLocale("C"))
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert i18n.install_translators(restore_language, isolated_settings(tmp_path)) == "fr"


def test_missing_catalogue_keeps_english(
    restore_language: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path / "nowhere")
    settings = isolated_settings(tmp_path)
    settings.set_language("fr")
    assert i18n.install_translators(restore_language, settings) == "en"
    assert i18n.current_language() == "en"


def test_lang_fr_environment_gives_a_french_start(tmp_path: Path) -> None:
    """A fresh process under LANG=fr_FR.UTF-8, the way the system hands it over."""
    script = (
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from mapstudio.ui.app import application\n"
        "from mapstudio.ui.i18n import install_translators\n"
        "from mapstudio.ui.settings import EditorSettings\n"
        "app = application()\n"
        f"store = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "print(install_translators(app, EditorSettings(store)))\n"
        "print(QCoreApplication.translate('EditorActions', '&File'))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    assert result.stdout.split() == ["fr", "&Fichier"]


def test_the_printed_words_agree_with_the_catalogue() -> None:
    """The map and persona sheet (Qt-free, `model/wording.py`) say what the UI says.

    Wherever a printed English word is also a UI source, its French must be
    the catalogue's, so a role reads « Prescripteur » on screen and on paper.
    """
    from mapstudio.model import wording

    catalogue: dict[str, set[str]] = {}
    for message in ts_messages():
        catalogue.setdefault(message.source, set()).add(message.translation)
    pairs = [
        (wording.BUYING_ROLES["en"][role], wording.BUYING_ROLES["fr"][role])
        for role in wording.BUYING_ROLES["en"]
    ] + [
        (wording.PERSONA_LABELS["en"][field], wording.PERSONA_LABELS["fr"][field])
        for field in wording.PERSONA_LABELS["en"]
    ]
    shared = [(english, french) for english, french in pairs if english in catalogue]
    assert len(shared) >= 10  # the roles and most labels are UI words too
    disagreeing = [(e, f, catalogue[e]) for e, f in shared if f not in catalogue[e]]
    assert disagreeing == []
