"""What a palette drag carries: which kind of thing the user is dropping.

The palette encodes a `PaletteEntry` under `PALETTE_MIME`; the canvas decodes
it on drop and decides what to insert from where it lands.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import StrEnum

from PySide6.QtCore import QMimeData

PALETTE_MIME = "application/x-mapstudio-palette"


class PaletteItem(StrEnum):
    PERSONA = "persona"  # a new persona, or an existing one (persona_id set)
    PHASE = "phase"
    LANE = "lane"  # lane_kind says which kind
    CARD = "card"  # card_kind says which kind; channel for touchpoints
    MARKER = "marker"  # a frustration marker, dropped on a card or phase


@dataclass(frozen=True)
class PaletteEntry:
    item: PaletteItem
    lane_kind: str = ""
    card_kind: str = ""
    channel: str = ""
    persona_id: str = ""

    def to_mime(self) -> QMimeData:
        mime = QMimeData()
        mime.setData(PALETTE_MIME, json.dumps(asdict(self)).encode("utf-8"))
        return mime

    @classmethod
    def from_mime(cls, mime: QMimeData) -> PaletteEntry | None:
        """Decode a drop; None when it is not a palette entry (or is damaged)."""
        if not mime.hasFormat(PALETTE_MIME):
            return None
        try:
            data = json.loads(bytes(mime.data(PALETTE_MIME).data()).decode("utf-8"))
            return cls(
                item=PaletteItem(data["item"]),
                lane_kind=str(data.get("lane_kind", "")),
                card_kind=str(data.get("card_kind", "")),
                channel=str(data.get("channel", "")),
                persona_id=str(data.get("persona_id", "")),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None
