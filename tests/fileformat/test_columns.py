"""Nodes checked together, column by column, pass only what the careful checks pass.

`columns.nodes_passing` may send any node to the careful path (`_node_from_json`
then `attrs_problems`), but a node it passes must be one the careful path
accepts, with the same attributes. Random nodes, made from every kind of a
real project's nodes by changing, adding or dropping fields, hold it to that.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.fileformat import limits, serialize
from mapstudio.fileformat.columns import nodes_passing
from mapstudio.fileformat.errors import FileProblem
from mapstudio.model.kinds import BuyingRole, CardKind, Evidence, LaneKind, Mode, NodeKind
from mapstudio.model.records import RECORD_TYPES
from mapstudio.model.validate import FIELD_RULES, attrs_problems
from tests.fileformat.builders import document_of, entries_of, saved_project

ENUM_VALUES = [
    m.value for e in (CardKind, LaneKind, Mode, Evidence, BuyingRole, NodeKind) for m in e
]
ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    2,
    3,
    4,
    -1,
    -2,
    -3,
    limits.MAX_INT_MAGNITUDE,
    limits.MAX_INT_MAGNITUDE + 1,
    -limits.MAX_INT_MAGNITUDE - 1,
    1.0,
    2.5,
    "",
    "x",
    "x" * limits.MAX_TEXT_LENGTH,
    "x" * (limits.MAX_TEXT_LENGTH + 1),
    "\ud800",
    "a\udfffb",
    "i" * limits.MAX_ID_LENGTH,
    "i" * (limits.MAX_ID_LENGTH + 1),
    [],
    ["user"],
    [1],
    {"a": 1},
    [[1]],
    *ENUM_VALUES,
]
FIELD_NAMES = sorted(
    {"id", "type", "colour"} | {name for cls in RECORD_TYPES.values() for name in cls.attr_names()}
)


@cache
def base() -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    data = saved_project()
    media = {name: content for name, content in entries_of(data) if name.startswith("media/")}
    return document_of(data)["nodes"], media


def careful(raw: Any) -> dict[str, Any] | None:
    """The attributes the careful path reads from `raw`, or None if it refuses it."""
    _, media = base()
    try:
        node_id, attrs = serialize._node_from_json(raw, media.__getitem__, True)
    except FileProblem:
        return None
    return None if attrs_problems(node_id, attrs) else attrs


def changed(nodes: list[dict[str, Any]], data: st.DataObject) -> list[Any]:
    """`nodes` with a few fields changed, added or dropped, and maybe a node replaced."""
    nodes = copy.deepcopy(nodes)
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(nodes) - 1))
        node = nodes[index]
        if not isinstance(node, dict):
            continue
        own = sorted(node)  # mostly a field the node has, so that its shape stays
        name = data.draw(st.sampled_from(own * 4 + FIELD_NAMES))
        action = data.draw(st.sampled_from(["set", "set", "set", "drop", "not a node"]))
        if action == "not a node":
            nodes[index] = data.draw(st.sampled_from([None, 5, "card", ["id", "type"]]))
        elif action == "drop":
            node.pop(name, None)
        else:
            odd = st.sampled_from(ODD_VALUES)
            node[name] = data.draw(st.one_of(odd, odd, odd, odd, st.integers(), st.text()))
    return nodes


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.booleans())
def test_a_node_passing_with_its_shape_passes_the_careful_checks(
    data: st.DataObject, many: bool
) -> None:
    nodes, _ = base()
    # Several copies of each node, so that one bad value must spoil its whole group.
    nodes = changed([copy.deepcopy(n) for n in nodes for _ in range(3 if many else 1)], data)
    for raw, passed in zip(nodes, nodes_passing(nodes, True), strict=True):
        if passed:
            expected = {k: v for k, v in raw.items() if k != "id"}
            assert careful(raw) == expected, raw


def test_every_node_of_a_file_mapstudio_wrote_passes_but_personas() -> None:
    nodes, _ = base()
    passing = nodes_passing(nodes, True)
    assert [n["id"] for n, ok in zip(nodes, passing, strict=True) if not ok] == [
        n["id"] for n in nodes if n["type"] == NodeKind.PERSONA
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "x" * (limits.MAX_TEXT_LENGTH + 1)),
        ("title", "broken \ud800"),
        ("title", 5),
        ("emotion", True),
        ("emotion", 1.0),
        ("emotion", 3),
        ("severity", 0),
        ("order", -1),
        ("order", limits.MAX_INT_MAGNITUDE + 1),
        ("mode", "telepathy"),
        ("kind", None),
        ("channel", None),
        ("id", ""),
        ("id", "i" * (limits.MAX_ID_LENGTH + 1)),
    ],
)
def test_one_bad_value_sends_its_whole_shape_to_the_careful_checks(field: str, value: Any) -> None:
    nodes, _ = base()
    cards = [copy.deepcopy(n) for n in nodes if n["type"] == NodeKind.CARD]
    assert all(nodes_passing(cards, True))
    cards[-1][field] = value
    assert not any(nodes_passing(cards, True))
    assert careful(cards[-1]) is None


def test_a_node_with_an_unknown_field_is_checked_alone() -> None:
    nodes, _ = base()
    cards = [copy.deepcopy(n) for n in nodes if n["type"] == NodeKind.CARD]
    cards[0]["colour"] = "red"  # a shape of its own, which no rule knows
    assert nodes_passing(cards, True) == [False] + [True] * (len(cards) - 1)
    assert careful(cards[0]) is None


def test_surrogates_are_looked_for_only_when_the_text_may_hold_them() -> None:
    nodes, _ = base()
    cards = [copy.deepcopy(n) for n in nodes if n["type"] == NodeKind.CARD]
    cards[0]["title"] = "broken \ud800"
    assert not any(nodes_passing(cards, True))
    # The caller vouches that no escape could have made one (jsontext.may_hold_surrogates).
    assert all(nodes_passing(cards, False))


def test_every_stored_field_but_photos_and_roles_has_a_rule() -> None:
    for kind, cls in RECORD_TYPES.items():
        rules = FIELD_RULES[kind.value]
        assert set(rules) == {"type", *cls.attr_names()} - {"photo", "buying_roles"}
        assert rules["type"].choices == {kind.value}
        for rule in rules.values():  # only fields with a list of choices may be empty
            assert type(None) not in rule.types or None in (rule.choices or ())
