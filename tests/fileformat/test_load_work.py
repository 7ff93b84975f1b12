"""Loading does each piece of work once per node, whatever the file's size.

Counted, not timed: how many records the loader builds and how many times it
checks a node's fields, on a small file and on one ten times bigger.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from mapstudio.fileformat import jsontext, project_from_bytes, project_to_bytes, serialize
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
    """Counts record constructions and field checks made while loading."""
    counts: Counter[str] = Counter()
    original_from_attrs = records.Record.from_attrs.__func__  # type: ignore[attr-defined]
    original_attrs_problems = validate.attrs_problems

    def from_attrs(cls: type, node_id: str, attrs: dict[str, Any], **structural: Any) -> Any:
        counts["records"] += 1
        return original_from_attrs(cls, node_id, attrs, **structural)

    def attrs_problems(node_id: str, attrs: dict[str, Any]) -> list[str]:
        counts[node_id] += 1
        counts["field checks"] += 1
        return original_attrs_problems(node_id, attrs)

    monkeypatch.setattr(records.Record, "from_attrs", classmethod(from_attrs))
    monkeypatch.setattr(validate, "attrs_problems", attrs_problems)
    monkeypatch.setattr(serialize, "attrs_problems", attrs_problems)
    return counts


@pytest.mark.parametrize("extra", [10, 100])
def test_loading_checks_each_node_once_and_builds_no_record(
    counted: Counter[str], extra: int
) -> None:
    data = project_to_bytes(project_with(extra))
    counted.clear()
    loaded = project_from_bytes(data)
    nodes = loaded.graph.number_of_nodes()
    assert counted["field checks"] == nodes
    assert all(counted[node_id] == 1 for node_id in loaded.graph.nodes)
    # Checking the rules needs no record: the views build each one when they read it.
    assert counted["records"] == 0


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
    data = project_to_bytes(project_with(5))
    project_from_bytes(data)
    assert searched == []
    assert not jsontext.may_hold_surrogates(jsontext.encode({"a": "é « x » \n"}))
    assert jsontext.may_hold_surrogates(b'{"a": "\\ud800"}')
    assert jsontext.may_hold_surrogates(b'{"a": "\\uDFFF"}')
