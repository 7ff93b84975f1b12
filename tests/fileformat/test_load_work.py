"""Loading does each piece of work once per node, whatever the file's size.

Counted, not timed: how many records the loader builds and how many times it
checks a node's fields, on a small file and on one ten times bigger.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from mapstudio.fileformat import (
    columns,
    jsontext,
    project_from_bytes,
    project_to_bytes,
    serialize,
)
from mapstudio.model import operations as ops
from mapstudio.model import records, validate
from mapstudio.model.kinds import CardKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card
from tests.model.builders import small_project


def project_with(extra_cards: int) -> JourneyProject:
    project = small_project()
    for i in range(extra_cards):
        card = Card(
            id=f"extra-{i}",
            kind=CardKind.TOUCHPOINT,
            title=f"Étape {i}",
            phase_id=f"phase-{i % 3}",
            lane_id="lane-tp",
        )
        ops.add_card(project, card).apply(project)
    return project


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts record constructions and node checks made while loading.

    A node is checked either with the others of its shape (`nodes_passing`
    says it passed) or alone (`_node_from_json`, then `attrs_problems`).
    """
    counts: Counter[str] = Counter()
    original_from_attrs = records.Record.from_attrs.__func__  # type: ignore[attr-defined]
    original_attrs_problems = validate.attrs_problems
    original_passing = serialize.nodes_passing
    original_node_from_json = serialize._node_from_json
    original_edge_from_json = serialize._edge_from_json
    original_card_problems = validate._card_problems

    def from_attrs(cls: type, node_id: str, attrs: dict[str, Any], **structural: Any) -> Any:
        counts["records"] += 1
        return original_from_attrs(cls, node_id, attrs, **structural)

    def attrs_problems(node_id: str, attrs: dict[str, Any]) -> list[str]:
        counts[node_id] += 1
        counts["checked alone"] += 1
        return original_attrs_problems(node_id, attrs)

    def nodes_passing(nodes: list[Any], may_hold_surrogates: bool) -> list[bool]:
        passing = original_passing(nodes, may_hold_surrogates)
        for raw, passed in zip(nodes, passing, strict=True):
            if passed:
                counts[raw["id"]] += 1
                counts["checked with their shape"] += 1
        return passing

    def node_from_json(*args: Any) -> Any:
        counts["values checked alone"] += 1
        return original_node_from_json(*args)

    def edge_from_json(*args: Any) -> Any:
        counts["links checked alone"] += 1
        return original_edge_from_json(*args)

    def card_problems(*args: Any) -> list[str]:
        counts["cards walked"] += 1
        return original_card_problems(*args)

    monkeypatch.setattr(records.Record, "from_attrs", classmethod(from_attrs))
    monkeypatch.setattr(validate, "attrs_problems", attrs_problems)
    monkeypatch.setattr(serialize, "attrs_problems", attrs_problems)
    monkeypatch.setattr(serialize, "nodes_passing", nodes_passing)
    monkeypatch.setattr(serialize, "_node_from_json", node_from_json)
    monkeypatch.setattr(serialize, "_edge_from_json", edge_from_json)
    monkeypatch.setattr(validate, "_card_problems", card_problems)
    return counts


@pytest.mark.parametrize("extra", [10, 100])
def test_loading_checks_each_node_once_and_builds_no_record(
    counted: Counter[str], extra: int
) -> None:
    data = project_to_bytes(project_with(extra))
    counted.clear()
    loaded = project_from_bytes(data)
    nodes = loaded.graph.number_of_nodes()
    assert counted["checked with their shape"] + counted["checked alone"] == nodes
    assert counted["values checked alone"] == counted["checked alone"]
    assert all(counted[node_id] == 1 for node_id in loaded.graph.nodes)
    # Checking the rules needs no record: the views build each one when they read it.
    assert counted["records"] == 0


@pytest.mark.parametrize("extra", [10, 100])
def test_a_file_mapstudio_wrote_is_checked_in_bulk(counted: Counter[str], extra: int) -> None:
    """No Python step per card or link: only personas (photo, buying roles) go one by one."""
    data = project_to_bytes(project_with(extra))
    counted.clear()
    loaded = project_from_bytes(data)
    personas = len(loaded.personas())
    assert counted["checked alone"] == personas
    assert counted["checked with their shape"] == loaded.graph.number_of_nodes() - personas
    assert counted["links checked alone"] == 0
    # The links' rules were proved in bulk: the card-by-card walk that explains problems
    # did not run.
    assert counted["cards walked"] == 0


def test_nodes_of_rare_shapes_are_checked_alone(
    counted: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the most common shapes are checked in bulk: a file of endless shapes stays cheap."""
    monkeypatch.setattr(columns, "_MOST_SHAPES", 1)
    data = project_to_bytes(project_with(30))
    counted.clear()
    loaded = project_from_bytes(data)
    cards = sum(1 for _, kind in loaded.graph.nodes(data="type") if kind == "card")
    assert counted["checked with their shape"] == cards
    assert counted["checked alone"] == loaded.graph.number_of_nodes() - cards
    assert all(counted[node_id] == 1 for node_id in loaded.graph.nodes)


def test_a_card_record_is_built_once_however_often_it_is_read(counted: Counter[str]) -> None:
    loaded = project_from_bytes(project_to_bytes(project_with(30)))
    counted.clear()
    for _ in range(3):
        for card_id in loaded.card_ids("map-1"):
            loaded.card(card_id)
    assert counted["records"] == len(loaded.card_ids("map-1"))


def test_a_file_without_escapes_is_not_scanned_for_broken_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The surrogate scan of every text is skipped only when no escape could make one."""
    searched: list[str] = []

    class Spy:
        def search(self, text: str) -> Any:
            searched.append(text)
            return None

    monkeypatch.setattr(serialize, "_SURROGATE", Spy())
    monkeypatch.setattr(columns, "SURROGATE", Spy())
    data = project_to_bytes(project_with(5))
    project_from_bytes(data)
    assert searched == []
    assert not jsontext.may_hold_surrogates(jsontext.encode({"a": "é « x » \n"}))
    assert jsontext.may_hold_surrogates(b'{"a": "\\ud800"}')
    assert jsontext.may_hold_surrogates(b'{"a": "\\uDFFF"}')
