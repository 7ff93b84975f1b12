"""CSV import and export: round trips, files written by Excel, bad rows, limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.interchange import csv_cards
from mapstudio.interchange.csv_cards import export_csv, import_csv, parse_csv
from mapstudio.interchange.errors import CsvImportError
from mapstudio.interchange.parsed import build_import_edit
from mapstudio.model.kinds import CardKind, LaneKind, Mode
from tests.interchange.helpers import rich_project, summary
from tests.model.builders import small_project


@pytest.mark.parametrize(
    "options",
    [{}, {"lang": "fr", "delimiter": ";", "bom": True}, {"delimiter": "\t"}],
    ids=["english", "french-excel", "tabs"],
)
def test_round_trip_keeps_every_field_csv_carries(options: dict) -> None:
    project = rich_project()
    text = export_csv(project, "m", **options)
    result = import_csv(text.encode("utf-8"))
    assert result.problems == [] and result.warnings == []
    assert summary(result.project, result.map_id) == summary(project, "m")
    assert export_csv(result.project, result.map_id, **options) == text


def test_round_trip_of_the_example_map() -> None:
    project = build_decoration_shop()
    map_id = project.maps()[0].id
    text = export_csv(project, map_id, lang="fr", delimiter=";", bom=True)
    result = import_csv(text)
    assert summary(result.project, result.map_id) == summary(project, map_id)


def test_formula_like_text_is_guarded_for_spreadsheets() -> None:
    text = export_csv(rich_project(), "m")
    assert "'=SUM(A1)" in text and "'-20 %" in text
    assert ",-2," in text  # numbers are not guarded


# Written the way French Excel saves "CSV (séparateur : point-virgule)" in UTF-8:
# BOM, semicolons, CRLF, quotes only where needed, headers as people type them.
EXCEL_FR = (
    "\ufeffEtape;Ligne;TYPE;Titre;Description;Canal;Mode;Émotion;Responsable;KPI;"
    "Valeur KPI;Cible KPI;Frustration;Sévérité;Opportunité\r\n"
    'Découverte;Points de contact;Point de contact;Vitrine;"Vue ; de loin";Boutique;'
    "en personne;+1;Merchandising;;;;;;\r\n"
    "Découverte;Points de contact;point-de-contact;Annonce;;Réseaux sociaux;EN LIGNE;−1;;;;;"
    "Pub trop insistante;3;Limiter la fréquence\r\n"
    "Achat;Points de contact;;Appel;;Téléphone;téléphone;0;;;;;;;\r\n"
    "achat;Indicateurs;indicateur;Ventes;;;;;;Panier moyen;45 €;60 €;;;\r\n"
    ";;;;;;;;;;;;;;\r\n"
)


def test_import_french_excel_file() -> None:
    result = import_csv(EXCEL_FR.encode("utf-8"), map_name="Import Excel")
    assert result.problems == []
    project, map_id = result.project, result.map_id
    assert project.map(map_id).name == "Import Excel"
    assert [p.name for p in project.phases(map_id)] == ["Découverte", "Achat"]
    assert [(lane.title, lane.kind) for lane in project.lanes(map_id)] == [
        ("Points de contact", LaneKind.TOUCHPOINTS),
        ("Indicateurs", LaneKind.KPIS),
        ("Opportunités", LaneKind.OPPORTUNITIES),  # created for the answer, in French
    ]
    cards = {c.title: c for c in project.cards(map_id)}
    assert cards["Vitrine"].description == "Vue ; de loin"
    assert (cards["Vitrine"].channel, cards["Vitrine"].mode, cards["Vitrine"].emotion) == (
        "shop",
        Mode.IN_PERSON,
        1,
    )
    assert (cards["Annonce"].channel, cards["Annonce"].mode, cards["Annonce"].emotion) == (
        "social",
        Mode.ONLINE,
        -1,
    )
    assert cards["Appel"].kind == CardKind.TOUCHPOINT and cards["Appel"].mode == Mode.PHONE
    assert cards["Ventes"].kind == CardKind.KPI and cards["Ventes"].kpi_target == "60 €"
    (marker,) = project.markers_of(cards["Annonce"].id)
    assert (marker.title, marker.severity) == ("Pub trop insistante", 3)
    (answer,) = project.opportunities_for(marker.id)
    assert answer.title == "Limiter la fréquence"
    assert answer.phase_id == cards["Annonce"].phase_id


def test_import_from_a_path_uses_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "parcours.csv"
    path.write_bytes(EXCEL_FR.encode("utf-8"))
    result = import_csv(path)
    assert result.project.map(result.map_id).name == "parcours"
    assert import_csv(str(path)).problems == []


BAD = (
    "phase,lane,kind,title,emotion,mode,severity,frustration,opportunity,colour\n"
    "A,Touchpoints,touchpoint,Fine,1,,,,,red\n"
    'A,Touchpoints,touchpoint,"Two\nlines",9,,,,,\n'  # lines 3-4: emotion out of range
    "A,Touchpoints,gadget,Odd kind,,,,,,\n"  # line 5
    "A,Touchpoints,touchpoint,Bad mode,,by pigeon,,,,\n"  # line 6
    ",Touchpoints,touchpoint,No phase,,,,,,\n"  # line 7
    "A,,,,,,,,Orphan idea,\n"  # line 8
    "A,Touchpoints,touchpoint,Bad severity,,,7,Ouch,,\n"  # line 9
    "A,Touchpoints,touchpoint,Too many,,,,,,,extra\n"  # line 10
    "B,Touchpoints,touchpoint,Also fine,-2,,,,,\n"
)


def test_bad_rows_are_reported_by_line_and_the_rest_imported() -> None:
    result = import_csv(BAD)
    lines = [line for line, _ in result.problems]
    assert lines == [3, 5, 6, 7, 8, 9, 10]
    messages = dict(result.problems)
    assert "emotion “9”" in messages[3]
    assert "gadget" in messages[5]
    assert "pigeon" in messages[6]
    assert "phase" in messages[7]
    assert "opportunity" in messages[8]
    assert "severity “7”" in messages[9]
    assert result.warnings == [(1, "the column “colour” is ignored")]
    titles = [c.title for c in result.project.cards(result.map_id)]
    assert titles == ["Fine", "Also fine"]


def test_strict_refuses_the_whole_file() -> None:
    with pytest.raises(CsvImportError) as caught:
        import_csv(BAD, strict=True)
    assert caught.value.problems[0][0] == 3
    assert "line 3:" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"", 0, "empty"),
        (b"colour,size\nred,1\n", 1, "phase and title"),
        (b"phase,title,Titre\nA,b,c\n", 1, "twice"),
        (b"phase,title\nA,caf\xe9\n", 2, "UTF-8"),
        (b"phase,title\nA,\x00\n", 2, "binary"),
    ],
)
def test_unreadable_files_raise_with_a_line(data: bytes, line: int, words: str) -> None:
    with pytest.raises(CsvImportError) as caught:
        parse_csv(data)
    assert caught.value.problems[0][0] == line
    assert words in caught.value.problems[0][1]


def test_limits_bound_untrusted_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_cards, "MAX_ROWS", 3)
    with pytest.raises(CsvImportError, match="more than 3 rows"):
        parse_csv("phase,title\n" + "A,x\n" * 4)
    monkeypatch.setattr(csv_cards, "MAX_BYTES", 100)
    with pytest.raises(CsvImportError, match="larger"):
        parse_csv(b"phase,title\n" + b"A,x\n" * 40)
    monkeypatch.setattr(csv_cards, "MAX_FIELD_CHARS", 5)
    parsed = parse_csv("phase,title\nA,much too long\n")
    assert parsed.problems == [(2, "the title is longer than 5 characters")]


def test_phases_and_lanes_follow_first_appearance() -> None:
    parsed = parse_csv(
        "title,lane,phase\nx,Notes,Later\ny,Goals,Early\nz,Notes,Early\nw,My lane,Later\n"
    )
    assert parsed.phases == ["Later", "Early"]
    assert parsed.lanes == [
        ("Notes", LaneKind.NOTES),
        ("Goals", LaneKind.GOALS),
        ("My lane", LaneKind.TOUCHPOINTS),  # custom title: from its first card's kind
    ]


def test_import_into_a_project_is_one_undoable_edit() -> None:
    project = small_project()
    before = project.copy_graph()
    parsed = parse_csv(EXCEL_FR)
    edit, map_id = build_import_edit(project, parsed, "Imported")
    assert map_id not in project  # building does not change the project
    edit.apply(project)
    assert [m.name for m in project.maps()] == ["Main", "Imported"]
    edit.revert(project)
    assert project.graph.nodes(data=True) == before.nodes(data=True)
    assert list(project.graph.edges(keys=True, data=True)) == list(
        before.edges(keys=True, data=True)
    )
