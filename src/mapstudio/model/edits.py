"""Reversible edits: every change to a project is one of these.

Primitives change one node or edge and remember what they replaced, so
`revert` restores the graph exactly. Domain operations (`model.operations`)
compose primitives into one `CompositeEdit` per user gesture; the UI wraps
each in a QUndoCommand, the CLI and importers apply them directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from mapstudio.model.kinds import EdgeKind

if TYPE_CHECKING:
    from mapstudio.model.project import JourneyProject


class Edit(Protocol):
    """A change that can be applied and then reverted, in that order."""

    label: str

    def apply(self, project: JourneyProject) -> None: ...

    def revert(self, project: JourneyProject) -> None: ...


@dataclass
class AddNode:
    node_id: str
    attrs: dict[str, Any]
    label: str = "Add"

    def apply(self, project: JourneyProject) -> None:
        with project.batch():
            project._add_node(self.node_id, dict(self.attrs))

    def revert(self, project: JourneyProject) -> None:
        with project.batch():
            project._remove_node(self.node_id)


@dataclass
class RemoveNode:
    """Remove a node that no longer has edges (remove its edges first)."""

    node_id: str
    label: str = "Remove"
    _attrs: dict[str, Any] = field(default_factory=dict, repr=False)

    def apply(self, project: JourneyProject) -> None:
        with project.batch():
            self._attrs = project._remove_node(self.node_id)

    def revert(self, project: JourneyProject) -> None:
        with project.batch():
            project._add_node(self.node_id, dict(self._attrs))


@dataclass
class SetNodeAttrs:
    node_id: str
    values: dict[str, Any]
    label: str = "Change"
    _old: dict[str, Any] = field(default_factory=dict, repr=False)

    def apply(self, project: JourneyProject) -> None:
        with project.batch():
            self._old = project._set_node_attrs(self.node_id, dict(self.values))

    def revert(self, project: JourneyProject) -> None:
        with project.batch():
            project._set_node_attrs(self.node_id, dict(self._old))


@dataclass
class AddEdge:
    source: str
    target: str
    kind: EdgeKind
    attrs: dict[str, Any] = field(default_factory=dict)
    label: str = "Link"

    def apply(self, project: JourneyProject) -> None:
        with project.batch():
            project._add_edge(self.source, self.target, self.kind, dict(self.attrs))

    def revert(self, project: JourneyProject) -> None:
        with project.batch():
            project._remove_edge(self.source, self.target, self.kind)


@dataclass
class RemoveEdge:
    source: str
    target: str
    kind: EdgeKind
    label: str = "Unlink"
    _attrs: dict[str, Any] = field(default_factory=dict, repr=False)

    def apply(self, project: JourneyProject) -> None:
        with project.batch():
            self._attrs = project._remove_edge(self.source, self.target, self.kind)

    def revert(self, project: JourneyProject) -> None:
        with project.batch():
            project._add_edge(self.source, self.target, self.kind, dict(self._attrs))


@dataclass
class SetEdgeAttrs:
    source: str
    target: str
    kind: EdgeKind
    values: dict[str, Any]
    label: str = "Change link"
    _old: dict[str, Any] = field(default_factory=dict, repr=False)

    def apply(self, project: JourneyProject) -> None:
        with project.batch():
            self._old = project._set_edge_attrs(
                self.source, self.target, self.kind, dict(self.values)
            )

    def revert(self, project: JourneyProject) -> None:
        with project.batch():
            project._set_edge_attrs(self.source, self.target, self.kind, dict(self._old))


@dataclass
class CompositeEdit:
    """Several edits as one step: applied in order, reverted in reverse."""

    label: str
    edits: list[Edit] = field(default_factory=list)

    def apply(self, project: JourneyProject) -> None:
        with project.batch():
            for edit in self.edits:
                edit.apply(project)

    def revert(self, project: JourneyProject) -> None:
        with project.batch():
            for edit in reversed(self.edits):
                edit.revert(project)

    def __bool__(self) -> bool:
        return bool(self.edits)
