"""Every template, in every language: loads from its committed file, matches its builder,
has the phases and lanes its source text describes, lays out cleanly and exports."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from pypdf import PdfReader

from mapstudio.content import templates
from mapstudio.content.building import LANGUAGES
from mapstudio.content.templates import (
    TEMPLATES,
    TemplateError,
    get_template,
    load_template,
    template_file,
)
from mapstudio.export import ExportOptions, export_project
from mapstudio.model.analysis import Severity, check_project
from mapstudio.model.kinds import KNOWN_CHANNELS, CardKind, LaneKind, Mode
from mapstudio.model.layout import layout_map
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card
from mapstudio.model.validate import project_problems

from .layout_checks import arrows_crossing_cards, check_map_layout, clipped_texts

CASES = [(name, lang) for name in TEMPLATES for lang in LANGUAGES]
STANDARD = [
    LaneKind.GOALS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.FRUSTRATIONS,
    LaneKind.OPPORTUNITIES,
    LaneKind.KPIS,
]

# The phases each source text describes, in order, as words their names must hold.
PHASES: dict[str, dict[str, list[str]]] = {
    "blank": {
        "en": ["awareness", "information search", "evaluation", "decision", "post-purchase"],
        "fr": ["notoriété", "recherche d’informations", "alternatives", "décision", "post-achat"],
    },
    "buying-journey": {
        "en": ["awareness", "information search", "evaluation", "decision", "post-purchase"],
        "fr": ["notoriété", "recherche d’informations", "alternatives", "décision", "post-achat"],
    },
    "phygital-retail": {
        "en": ["need recognition", "comparison", "decision", "loyalty"],
        "fr": ["reconnaissance du besoin", "comparaison", "décision", "fidélisation"],
    },
    "b2b-lucy": {
        "en": ["research", "comparison", "committee", "decision", "rollout"],
        "fr": ["recherche", "comparaison", "comité", "décision", "déploiement"],
    },
    "checkout-failure": {
        "en": ["ads", "website", "basket", "payment", "after"],
        "fr": ["publicité", "site web", "panier", "paiement", "après"],
    },
}

LANES: dict[str, list[LaneKind]] = {
    "blank": STANDARD,
    "buying-journey": STANDARD,
    "checkout-failure": STANDARD,
    "phygital-retail": [
        LaneKind.GOALS,
        LaneKind.TOUCHPOINTS,
        LaneKind.TOUCHPOINTS,
        LaneKind.THOUGHTS,
        LaneKind.EMOTIONS,
        LaneKind.FRUSTRATIONS,
        LaneKind.OPPORTUNITIES,
        LaneKind.KPIS,
    ],
    "b2b-lucy": [
        LaneKind.GOALS,
        LaneKind.NOTES,
        LaneKind.TOUCHPOINTS,
        LaneKind.THOUGHTS,
        LaneKind.EMOTIONS,
        LaneKind.FRUSTRATIONS,
        LaneKind.FRUSTRATIONS,
        LaneKind.OPPORTUNITIES,
        LaneKind.NOTES,
    ],
}


def the_map(project: JourneyProject) -> str:
    (journey_map,) = project.maps()
    return journey_map.id


def cards_of(project: JourneyProject, kind: CardKind) -> list[Card]:
    return [c for c in project.cards(the_map(project)) if c.kind == kind]


@pytest.fixture(scope="module", params=CASES, ids=[f"{n}-{lang}" for n, lang in CASES])
def case(request: pytest.FixtureRequest) -> tuple[str, str, JourneyProject]:
    name, lang = request.param
    return name, lang, load_template(name, lang)


def test_committed_file_is_not_stale(case: tuple[str, str, JourneyProject]) -> None:
    """If this fails: python -m mapstudio.content.templates resources/templates."""
    name, lang, loaded = case
    assert project_problems(loaded) == []
    assert nx.utils.graphs_equal(loaded.graph, TEMPLATES[name].build(lang).graph)


def test_every_template_has_a_title_and_summary_in_each_language() -> None:
    assert {"blank", "decoration-shop"} <= set(TEMPLATES)  # public names stay
    for template in TEMPLATES.values():
        assert template_file(template.name, "en").is_file()
        titles = {lang: template.title(lang) for lang in LANGUAGES}
        summaries = {lang: template.summary(lang) for lang in LANGUAGES}
        assert all(titles.values()) and all(summaries.values())
        assert titles["en"] != titles["fr"], template.name
        for summary in summaries.values():
            assert summary.endswith(".") and summary.count(". ") == 0, summary  # one sentence


@pytest.mark.parametrize("name", [n for n in PHASES if n in TEMPLATES])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_phases_and_lanes_as_the_source_describes(name: str, lang: str) -> None:
    project = load_template(name, lang)
    map_id = the_map(project)
    names = [p.name.casefold() for p in project.phases(map_id)]
    expected = PHASES[name][lang]
    assert len(names) == len(expected), names
    for phase_name, words in zip(names, expected, strict=True):
        assert words in phase_name, (phase_name, words)
    assert [lane.kind for lane in project.lanes(map_id)] == LANES[name]
    titles = [lane.title for lane in project.lanes(map_id)]
    assert len(set(titles)) == len(titles), "lanes of one kind need telling apart"


@pytest.mark.parametrize("name", [n for n in TEMPLATES if n != "blank"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_starter_cards_are_realistic(name: str, lang: str) -> None:
    project = load_template(name, lang)
    map_id = the_map(project)
    touchpoints = cards_of(project, CardKind.TOUCHPOINT)
    assert {t.phase_id for t in touchpoints} == {p.id for p in project.phases(map_id)}
    for touchpoint in touchpoints:
        assert touchpoint.channel in KNOWN_CHANNELS, touchpoint.title
        assert touchpoint.mode is not None and touchpoint.emotion is not None
    emotions = [t.emotion for t in touchpoints if t.emotion is not None]
    assert min(emotions) < 0 < max(emotions), "the emotion curve should rise and dip"
    frustrations = cards_of(project, CardKind.FRUSTRATION)
    assert frustrations
    for frustration in frustrations:
        assert project.opportunities_for(frustration.id), frustration.title
    assert cards_of(project, CardKind.GOAL) or name == "decoration-shop"


def test_blank_is_empty() -> None:
    for lang in LANGUAGES:
        assert load_template("blank", lang).cards(the_map(load_template("blank", lang))) == []


@pytest.mark.parametrize("name", [n for n in TEMPLATES if n != "blank"])
def test_no_health_warnings(name: str) -> None:
    for lang in LANGUAGES:
        findings = check_project(load_template(name, lang))
        assert [f.message for f in findings if f.severity == Severity.WARNING] == []
        assert any(f.code == "lowest-emotion" for f in findings)


def test_blank_only_asks_for_touchpoints() -> None:
    findings = check_project(load_template("blank", "fr"))
    assert findings and {f.code for f in findings} == {"phase-without-touchpoint"}


def test_layout_has_no_overlap_no_clipped_text_no_arrow_across_a_card(
    case: tuple[str, str, JourneyProject],
) -> None:
    _name, _lang, project = case
    map_id = the_map(project)
    layout = layout_map(project, map_id)
    check_map_layout(project, map_id, layout)
    assert clipped_texts(project, layout) == []
    assert arrows_crossing_cards(layout) == []


def test_exports_to_pdf(case: tuple[str, str, JourneyProject], tmp_path: Path) -> None:
    name, _lang, project = case
    out = tmp_path / f"{name}.pdf"
    assert export_project(project, out, ExportOptions(persona_sheet=True)) >= 1
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    map_id = the_map(project)
    assert project.phases(map_id)[-1].name.split()[0] in text


def test_languages_share_one_structure() -> None:
    """Same ids and links in English and French, so neither version lacks a card."""
    for name, template in TEMPLATES.items():
        english, french = (template.build(lang).graph for lang in LANGUAGES)
        assert set(english.nodes) == set(french.nodes), name
        assert set(english.edges(keys=True)) == set(french.edges(keys=True)), name


def all_texts(project: JourneyProject) -> list[str]:
    return [
        value
        for _node, attrs in project.graph.nodes(data=True)
        for value in attrs.values()
        if isinstance(value, str)
    ]


@pytest.mark.parametrize("name", [n for n in TEMPLATES if n != "decoration-shop"])
def test_typography(name: str) -> None:
    """Curly apostrophes in both languages; French punctuation glued by no-break spaces."""
    template = TEMPLATES[name]
    for lang in LANGUAGES:
        texts = [template.title(lang), template.summary(lang)]
        for text in [*texts, *all_texts(load_template(name, lang))]:
            assert "'" not in text, text
            if lang == "fr":
                for mark in "?!;:»":
                    assert f" {mark}" not in text, text
                assert "« " not in text, text


def test_buying_journey_names_the_articles_indicators() -> None:
    kpis = [
        c.kpi_name.casefold() for c in cards_of(load_template("buying-journey", "fr"), CardKind.KPI)
    ]
    for indicator in ("taux de rebond", "formulaires non remplis", "service client"):
        assert any(indicator in kpi for kpi in kpis), indicator


def test_phygital_mixes_online_and_offline_along_the_path() -> None:
    project = load_template("phygital-retail", "en")
    map_id = the_map(project)
    touchpoints = {t.id: t for t in cards_of(project, CardKind.TOUCHPOINT)}
    modes = {t.mode for t in touchpoints.values()}
    assert Mode.ONLINE in modes and ({Mode.IN_PERSON, Mode.OFFLINE} & modes)
    lane_changes = [
        f
        for f in project.flows(map_id)
        if touchpoints[f.source].lane_id != touchpoints[f.target].lane_id
    ]
    assert len(lane_changes) >= 2  # into the shop and back online at least


def test_lucy_is_a_complete_persona_with_an_objections_lane() -> None:
    for lang in LANGUAGES:
        project = load_template("b2b-lucy", lang)
        map_id = the_map(project)
        persona = project.persona(project.map(map_id).persona_id or "")
        empty = [
            field
            for field, value in vars(persona).items()
            if field not in ("photo", "photo_type") and not value
        ]
        assert empty == []
        objections = next(lane for lane in project.lanes(map_id) if lane.title == "Objections")
        cards = project.cards(map_id)
        in_lane = [c for c in cards if c.lane_id == objections.id]
        assert len(in_lane) >= 3
        assert all(project.opportunities_for(c.id) for c in in_lane)


def test_checkout_failure_marks_the_payment_and_answers_it() -> None:
    project = load_template("checkout-failure", "en")
    touchpoints = cards_of(project, CardKind.TOUCHPOINT)
    lowest = min(t.emotion or 0 for t in touchpoints)
    (payment,) = [p for p in project.phases(the_map(project)) if "payment" in p.name.casefold()]
    (marked,) = [t for t in touchpoints if t.phase_id == payment.id and t.emotion == lowest]
    assert marked.channel == "website" and marked.mode == Mode.ONLINE
    markers = project.markers_of(marked.id)
    assert max(m.severity for m in markers) == 3
    answers = [o.title for m in markers for o in project.opportunities_for(m.id)]
    assert any("field" in title for title in answers)


def test_decoration_shop_is_the_example_in_french() -> None:
    template = get_template("decoration-shop")
    assert template.content_language("en") == "fr"
    assert template_file("decoration-shop", "en") == template_file("decoration-shop", "fr")
    assert template_file("decoration-shop", "fr").name == "boutique-deco.mapstudio"


def test_unknown_template_is_a_clear_error() -> None:
    with pytest.raises(TemplateError, match=r"no template “nope”.*blank"):
        load_template("nope", "en")


def test_damaged_template_file_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "blank.fr.mapstudio").write_bytes(b"not a zip")
    monkeypatch.setattr(templates, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(TemplateError, match="“blank” cannot be opened"):
        load_template("blank", "fr")
    with pytest.raises(TemplateError, match="reinstalling"):
        load_template("blank", "en")  # missing altogether


def test_generator_writes_only_what_changed(tmp_path: Path) -> None:
    written = templates.write_templates(tmp_path)
    expected = {
        t.file_parts(lang)[1]
        for t in TEMPLATES.values()
        if t.example_file is None
        for lang in t.languages
    }
    assert {p.name for p in written} == expected
    assert not list(tmp_path.glob("*.bak"))
    assert templates.write_templates(tmp_path) == []
    assert templates.main([str(tmp_path / "missing")]) == 2
