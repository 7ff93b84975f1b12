"""`ItemTable`: the items of one kind, each created when its region is first shown.

A window shows a few hundred of a 10,000-card map's ~21,600 items, and each
PySide item costs ~1.5 KB and a Python constructor: measured, they were
~32 MB of the map's memory, and without them its open fell from ~1.35 s to
~0.85 s (`make bench`). So an on-screen
scene keeps every record (the layout's geometry), but creates an item only
when a region it touches is first shown (`reveal`), or when something asks
for that item by key (selecting a card from the inspector, Select All).

The rule kept: *every record touching a shown region has its item*. A
shown region stays shown, and an item once made stays until its record goes,
even if the layout moves it elsewhere, so what the user saw never flickers
away. A table without a set of shown regions (exports, tests' fresh scenes)
creates every item at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from mapstudio.model.layout_delta import KeyedChanges
from mapstudio.ui.canvas.layers import REGION

K = TypeVar("K")
V = TypeVar("V")
Region = tuple[int, int]  # column and row of a REGION-point square
Extent = tuple[float, float, float, float]  # left, top, right, bottom, in points


def regions_in(left: float, top: float, right: float, bottom: float) -> list[Region]:
    """The regions a rectangle touches (its edges included)."""
    c0, c1 = int(left // REGION), int(right // REGION)
    r0, r1 = int(top // REGION), int(bottom // REGION)
    return [(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)]


class ItemTable(Generic[K, V]):
    """Items of one kind by key, plus the records still waiting for theirs.

    `add` and `remove` put an item in the scene and take it out; `create`
    makes an item from a record, `update` gives an existing item its new
    record. `shown` is the scene's set of shown regions, shared by all its
    tables, and `extent` says where a record lies among them; without them
    every record gets its item at once (exports, and the few phase and lane
    headers, which are always made).
    """

    def __init__(
        self,
        add: Callable[[V], V],
        remove: Callable[[V], None],
        create: Callable[[object], V],
        update: Callable[[V, object], object],
        extent: Callable[[object], Extent] | None = None,
        shown: set[Region] | None = None,
    ) -> None:
        if shown is not None and extent is None:
            raise ValueError("a table made by region needs the extent of its records")
        self.items: dict[K, V] = {}
        self._add, self._remove = add, remove
        self._create, self._update, self._extent = create, update, extent
        self._shown = shown
        self._pending: dict[K, object] = {}
        # Region -> keys waiting there. A key that moved while waiting may be
        # listed where it no longer lies: revealing it there early is harmless.
        self._waiting: dict[Region, list[K]] = {}

    def pending_count(self) -> int:
        return len(self._pending)

    def sync(self, records: Iterable[tuple[K, object]]) -> None:
        """Mirror exactly these records: update, create or wait, and remove the rest."""
        fresh = dict(records)
        for key in [k for k in self.items if k not in fresh]:
            self._remove(self.items.pop(key))
        self._pending.clear()
        self._waiting.clear()
        for key, record in fresh.items():
            self._put(key, record)

    def apply(self, changes: KeyedChanges[K, object]) -> None:
        """Mirror a delta: only the keys it names are touched."""
        for key in changes.removed:
            item = self.items.pop(key, None)
            if item is not None:
                self._remove(item)
            self._pending.pop(key, None)
        for key, record in changes.changed.items():
            self._put(key, record)

    def _put(self, key: K, record: object) -> None:
        item = self.items.get(key)
        if item is not None:
            self._update(item, record)
            return
        shown, extent = self._shown, self._extent
        if shown is None or extent is None:
            self.items[key] = self._add(self._create(record))
            return
        regions = regions_in(*extent(record))
        if any(r in shown for r in regions):
            self._pending.pop(key, None)
            self.items[key] = self._add(self._create(record))
            return
        self._pending[key] = record
        for region in regions:
            self._waiting.setdefault(region, []).append(key)

    def reveal(self, regions: Iterable[Region]) -> None:
        """Create the items waiting in these (newly shown) regions."""
        for region in regions:
            for key in self._waiting.pop(region, ()):
                record = self._pending.pop(key, None)
                if record is not None:
                    self.items[key] = self._add(self._create(record))

    def waiting_regions(self, key: K) -> list[Region]:
        """Where a record without an item lies ([] when it has one, or is unknown)."""
        record = self._pending.get(key)
        if record is None or self._extent is None:
            return []
        return regions_in(*self._extent(record))
