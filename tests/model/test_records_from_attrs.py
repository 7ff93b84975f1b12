"""Records built from node attributes are the dataclass's own, field for field.

`Record.from_attrs` fills a record's `__dict__` directly (a map's 10,000 cards
are built this way when it is laid out). Whatever the attributes hold, the
record must equal, hash, print and list its fields like the one the
dataclass's `__init__` builds, and refuse what `__init__` refuses.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mapstudio.model import records
from mapstudio.model.kinds import BuyingRole, CardKind, Evidence, LaneKind, Mode
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase, Record

VALUES: dict[str, st.SearchStrategy[Any]] = {
    "kind": st.sampled_from([k.value for k in CardKind] + [CardKind.GOAL]),
    "mode": st.none() | st.sampled_from([m.value for m in Mode]),
    "evidence": st.none() | st.sampled_from([e.value for e in Evidence]),
    "emotion": st.none() | st.integers(-2, 2),
    "severity": st.integers(1, 3),
    "order": st.integers(0, 50),
    "buying_roles": st.lists(st.sampled_from([r.value for r in BuyingRole]), max_size=3),
    "photo": st.none() | st.binary(max_size=8),
}
TEXT = st.text(max_size=12)


def by_init(cls: type[Record], node_id: str, attrs: dict[str, Any], **structural: Any) -> Any:
    """The record as the dataclass's `__init__` makes it (the reference path)."""
    return records._from_attrs_by_init(cls, node_id, attrs, structural)


@st.composite
def node(draw: st.DrawFn, cls: type[Record]) -> dict[str, Any]:
    """Attributes a node of `cls` may hold: some stored fields, maybe "type"."""
    attrs: dict[str, Any] = {}
    if draw(st.booleans()):
        attrs["type"] = str(cls.NODE_KIND)
    for name in cls.attr_names():
        if draw(st.booleans()):
            attrs[name] = draw(VALUES.get(name, TEXT))
    return attrs


def assert_same(built: Record, expected: Record) -> None:
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)
    assert vars(built) == vars(expected)
    assert list(vars(built)) == list(vars(expected))  # same field order
    assert [type(getattr(built, f.name)) for f in fields(built)] == [
        type(getattr(expected, f.name)) for f in fields(expected)
    ]


@settings(max_examples=200, deadline=None)
@given(attrs=node(Card), phase=st.none() | TEXT, marks=st.none() | TEXT)
def test_a_card_is_the_one_init_builds(
    attrs: dict[str, Any], phase: str | None, marks: str | None
) -> None:
    structural = {"phase_id": phase, "lane_id": "lane-1", "marks": marks, "answers": None}
    assert_same(
        Card.from_attrs("card-1", attrs, **structural), by_init(Card, "card-1", attrs, **structural)
    )
    assert_same(Card.from_attrs("card-1", attrs), by_init(Card, "card-1", attrs))


@settings(max_examples=100, deadline=None)
@given(
    cls=st.sampled_from([Persona, JourneyMap, Phase, Lane]),
    data=st.data(),
)
def test_other_records_are_the_ones_init_builds(cls: type[Record], data: st.DataObject) -> None:
    attrs = data.draw(node(cls))
    if cls is Lane and "kind" in attrs:
        attrs["kind"] = data.draw(st.sampled_from([k.value for k in LaneKind]))
    assert_same(cls.from_attrs("n-1", attrs), by_init(cls, "n-1", attrs))


@pytest.mark.parametrize(
    "attrs",
    [
        {"type": "card", "title": "Paie", "phase_id": "phase-9"},
        {"title": "Paie", "phase_id": "phase-9", "marks": "card-2"},
        {"type": "card", "title": "Paie", "phase_id": "phase-9", "colour": "red"},
    ],
)
def test_keys_that_are_no_stored_field_are_ignored_as_before(attrs: dict[str, Any]) -> None:
    built = Card.from_attrs("c", attrs, lane_id="lane-1")
    assert_same(built, by_init(Card, "c", attrs, lane_id="lane-1"))
    # Structure comes from the edges (the caller), never from the node's attributes.
    assert (built.phase_id, built.lane_id, built.marks) == (None, "lane-1", None)
    assert not hasattr(built, "colour")


def test_a_record_from_attrs_stays_frozen_and_changes_like_any_other() -> None:
    card = Card.from_attrs("c", {"type": "card", "kind": "goal", "title": "Trouver"})
    assert card.kind is CardKind.GOAL
    with pytest.raises(AttributeError):
        card.title = "x"  # type: ignore[misc]
    assert card.with_changes(title="Choisir") == Card(id="c", kind=CardKind.GOAL, title="Choisir")


def test_what_init_refuses_from_attrs_refuses() -> None:
    with pytest.raises(TypeError):
        Card.from_attrs("c", {"title": "x"}, colour="red")
    with pytest.raises(TypeError):
        Phase.from_attrs("p", {"name": "x"}, lane_id="l")
    with pytest.raises(ValueError):
        Card.from_attrs("c", {"kind": "no-such-kind"})
