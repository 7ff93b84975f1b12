"""Typed, immutable views of the project's nodes.

Records are what everybody outside `model/` reads; the graph's attribute dicts
stay private. Structural facts (a card's cell, a map's persona) come from the
graph's edges and are filled in by the accessors, so `to_attrs` leaves them out.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields, replace
from enum import Enum
from functools import cache
from typing import Any, ClassVar, Self

from mapstudio.model.kinds import (
    BuyingRole,
    CardKind,
    Evidence,
    LaneKind,
    Mode,
    NodeKind,
)


@dataclass(frozen=True)
class Record:
    """Base of all records: an id, and the attribute names stored on the node."""

    id: str
    NODE_KIND: ClassVar[NodeKind]
    # Fields derived from edges: present on the record, absent from node attrs.
    STRUCTURAL: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def attr_names(cls) -> tuple[str, ...]:
        return _stored_fields(cls)

    def to_attrs(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {"type": str(self.NODE_KIND)}
        for name in self.attr_names():
            value = getattr(self, name)
            if isinstance(value, tuple):
                value = [str(v) for v in value]
            elif isinstance(value, Enum):
                value = value.value
            attrs[name] = value
        return attrs

    @classmethod
    def from_attrs(cls, node_id: str, attrs: dict[str, Any], **structural: Any) -> Self:
        """The record of a node's attributes (plus the structural fields given).

        Runs for every card a view reads (10,000 on a big map), so the fields,
        defaults and converters are looked up once per class (`_blueprint`),
        and the record's `__dict__` is filled in one go: what the dataclass's
        `__init__` would store, without its one `object.__setattr__` per field.
        """
        blueprint = _blueprint(cls)
        if not blueprint.direct:
            return _from_attrs_by_init(cls, node_id, attrs, structural)
        values = blueprint.defaults.copy()  # every field, in declaration order
        values.update(attrs)
        if len(values) != blueprint.size:  # "type", or a key that is no field
            values.pop("type", None)
            if len(values) != blueprint.size:
                return _from_attrs_by_init(cls, node_id, attrs, structural)
        for name, members, converter in blueprint.converters:
            value = attrs.get(name)
            if value is not None:
                try:
                    values[name] = members[value]  # what `Enum(value)` looks up first
                except (KeyError, TypeError):  # not an enum's value: the converter decides
                    values[name] = converter(value)
        values["id"] = node_id
        if blueprint.structural:  # never read from the node: the caller's, or the default
            values.update(blueprint.structural)
            values.update(structural)
            if len(values) != blueprint.size:
                return _from_attrs_by_init(cls, node_id, attrs, structural)
        elif structural:
            return _from_attrs_by_init(cls, node_id, attrs, structural)
        record = object.__new__(cls)
        object.__setattr__(record, "__dict__", values)
        return record

    def with_changes(self, **changes: Any) -> Self:
        return replace(self, **changes)


@cache
def _stored_fields(cls: type[Record]) -> tuple[str, ...]:
    """The fields of `cls` stored on its node: not the id, not the structural ones."""
    return tuple(f.name for f in fields(cls) if f.name != "id" and f.name not in cls.STRUCTURAL)


@cache
def _converters(cls: type[Record]) -> tuple[tuple[str, Any], ...]:
    """(field, converter or None) for each stored field of `cls`."""
    return tuple((name, _CONVERTERS.get((cls.__name__, name))) for name in _stored_fields(cls))


@dataclass(frozen=True, slots=True)
class _Blueprint:
    """What `Record.from_attrs` needs of a record class, worked out once."""

    defaults: dict[str, Any]  # every field (id first) at its default, in declaration order
    size: int  # how many fields
    structural: dict[str, Any]  # the structural fields at their defaults
    # Stored fields whose raw value needs converting: (name, an enum's members by
    # value or {}, converter).
    converters: tuple[tuple[str, dict[Any, Any], Any], ...]
    direct: bool  # False: some field has no plain default, so go through `__init__`


@cache
def _blueprint(cls: type[Record]) -> _Blueprint:
    defaults: dict[str, Any] = {}
    direct = "__post_init__" not in dir(cls) and not hasattr(cls, "__slots__")
    for f in fields(cls):
        if f.name == "id":
            defaults["id"] = ""
        elif f.default is not MISSING and f.init:
            defaults[f.name] = f.default
        else:
            direct = False
    return _Blueprint(
        defaults=defaults,
        size=len(defaults),
        structural={name: defaults[name] for name in defaults if name in cls.STRUCTURAL},
        converters=tuple(
            (name, _members(converter), converter)
            for name, converter in _converters(cls)
            if converter is not None
        ),
        direct=direct,
    )


def _members(converter: Any) -> dict[Any, Any]:
    """An enum converter's members by value (`Enum(value)` looks there first,
    behind a Python-level `__call__`); {} for other converters."""
    if isinstance(converter, type) and issubclass(converter, Enum):
        return converter._value2member_map_
    return {}


def _from_attrs_by_init(
    cls: type[Record], node_id: str, attrs: dict[str, Any], structural: dict[str, Any]
) -> Any:
    """`Record.from_attrs` through the dataclass's `__init__` (the reference path)."""
    values: dict[str, Any] = {}
    for name, converter in _converters(cls):
        if name in attrs:
            value = attrs[name]
            values[name] = value if converter is None or value is None else converter(value)
    return cls(id=node_id, **values, **structural)


@dataclass(frozen=True)
class Persona(Record):
    """The customer a map is about (domain text 004: demographics, needs, roles)."""

    NODE_KIND: ClassVar[NodeKind] = NodeKind.PERSONA

    name: str = ""
    photo: bytes | None = None
    photo_type: str = ""  # MIME type of `photo`, e.g. "image/png"
    quote: str = ""
    gender: str = ""
    age_range: str = ""
    profession: str = ""
    responsibilities: str = ""
    salary_band: str = ""
    region: str = ""
    company_size: str = ""
    needs: str = ""
    concerns: str = ""
    frustrations: str = ""
    urgency: str = ""
    buying_roles: tuple[BuyingRole, ...] = ()
    requirements: str = ""
    goals: str = ""
    notes: str = ""


@dataclass(frozen=True)
class JourneyMap(Record):
    """One swimlane map; a project holds one per customer type."""

    NODE_KIND: ClassVar[NodeKind] = NodeKind.MAP
    STRUCTURAL: ClassVar[frozenset[str]] = frozenset({"persona_id"})

    name: str = ""
    description: str = ""
    order: int = 0  # position of the map's tab in the project
    persona_id: str | None = None


@dataclass(frozen=True)
class Phase(Record):
    """A column: a stage the customer goes through."""

    NODE_KIND: ClassVar[NodeKind] = NodeKind.PHASE

    name: str = ""
    description: str = ""
    customer_goal: str = ""
    kpis: str = ""


@dataclass(frozen=True)
class Lane(Record):
    """A row of the map, of one kind (goals, touchpoints, emotions…)."""

    NODE_KIND: ClassVar[NodeKind] = NodeKind.LANE

    title: str = ""
    kind: LaneKind = LaneKind.TOUCHPOINTS


@dataclass(frozen=True)
class Card(Record):
    """A box in a cell: touchpoint, goal, thought, frustration, opportunity, KPI…

    Touchpoint fields (channel, mode, emotion…) are empty on other kinds;
    severity is for frustrations, priority and effort for opportunities.
    A frustration marker may have no cell when it marks a card or a phase.
    """

    NODE_KIND: ClassVar[NodeKind] = NodeKind.CARD
    STRUCTURAL: ClassVar[frozenset[str]] = frozenset({"phase_id", "lane_id", "marks", "answers"})

    kind: CardKind = CardKind.TOUCHPOINT
    title: str = ""
    description: str = ""
    order: int = 0  # position inside its cell
    channel: str = ""
    mode: Mode | None = None
    emotion: int | None = None  # -2 … +2
    owner: str = ""
    evidence: Evidence | None = None
    kpi_name: str = ""
    kpi_value: str = ""
    kpi_target: str = ""
    severity: int = 2  # frustrations: 1 (minor) … 3 (blocking)
    priority: int = 2  # opportunities: 1 (low) … 3 (high)
    effort: int = 2  # opportunities: 1 (small) … 3 (large)
    phase_id: str | None = None
    lane_id: str | None = None
    marks: str | None = None  # frustration -> the card or phase it marks
    answers: str | None = None  # opportunity -> the frustration it answers


@dataclass(frozen=True)
class Flow:
    """A step of the customer's path from one touchpoint to another."""

    source: str
    target: str
    label: str = ""


_CONVERTERS: dict[tuple[str, str], Any] = {
    ("Persona", "buying_roles"): lambda v: tuple(BuyingRole(x) for x in v),
    ("Persona", "photo"): lambda v: bytes(v),
    ("Lane", "kind"): LaneKind,
    ("Card", "kind"): CardKind,
    ("Card", "mode"): Mode,
    ("Card", "evidence"): Evidence,
}

RECORD_TYPES: dict[NodeKind, type[Record]] = {
    NodeKind.PERSONA: Persona,
    NodeKind.MAP: JourneyMap,
    NodeKind.PHASE: Phase,
    NodeKind.LANE: Lane,
    NodeKind.CARD: Card,
}

__all__ = [
    "RECORD_TYPES",
    "Card",
    "Flow",
    "JourneyMap",
    "Lane",
    "Persona",
    "Phase",
    "Record",
]
