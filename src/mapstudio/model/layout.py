"""Where everything of a journey map goes, in points: the one layout all views draw.

`layout_map` turns a map into a `geometry.MapLayout`: a persona header band,
a row of phase headers, a column of lane headers, a grid of cells with their
cards stacked inside, frustration badges, the emotion curve and flow arrows.
The canvas and the PDF exporter both draw from it, so screen and print match.

The grid's columns have a fixed width (one card plus padding) and its rows
grow to their tallest cell, so a card's box depends only on its own text,
its cell's earlier cards and its row's top: the layout is linear in the
number of cards, and `model.live_layout.LiveLayout` keeps it up to date after
an edit by measuring only the cards that changed. This module holds the rules
(sizes, and how each piece is measured and placed); `live_layout` runs them.
Everything starts at (0, 0); y grows downwards.
"""

from __future__ import annotations

from typing import NamedTuple

from mapstudio.model import wording
from mapstudio.model.geometry import (
    CardBox,
    MapLayout,
    MarkerBadge,
    PersonaHeader,
    Rect,
    TextBlock,
)
from mapstudio.model.kinds import EMOTION_MAX, EMOTION_MIN, CardKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Persona
from mapstudio.model.text import TextMetrics

# ---------------------------------------------------------------- page
MARGIN = 24.0  # around the whole map

# ------------------------------------------------------- persona header
HEADER_MIN_WIDTH = 560.0  # the band is as wide as the grid, never narrower than this
HEADER_PADDING = 14.0
HEADER_MIN_HEIGHT = 48.0
PHOTO_SIZE = 72.0  # square, left of the text; reserved even without a photo
HEADER_TEXT_GAP = 4.0  # between the map title, persona name and details
MAP_TITLE_SIZE = 18.0
MAP_TITLE_MAX_LINES = 2
PERSONA_NAME_SIZE = 13.0
PERSONA_NAME_MAX_LINES = 2
DETAILS_SIZE = 9.0
DETAILS_MAX_LINES = 6
HEADER_GAP = 16.0  # between the header band and the grid

# ------------------------------------------------------- grid headers
LANE_HEADER_WIDTH = 130.0
LANE_TITLE_SIZE = 10.0
LANE_TITLE_MAX_LINES = 6
PHASE_NAME_SIZE = 11.0
PHASE_NAME_MAX_LINES = 3
PHASE_HEADER_MIN_HEIGHT = 36.0
HEADER_CELL_PADDING = 8.0  # inside lane and phase header boxes

# --------------------------------------------------------- cells, cards
CARD_WIDTH = 170.0
CELL_PADDING = 10.0
COLUMN_WIDTH = CARD_WIDTH + 2 * CELL_PADDING
ROW_MIN_HEIGHT = 64.0
EMOTION_LANE_HEIGHT = 110.0
EMOTION_MARGIN = 14.0  # the curve's +2 and -2 stay this far inside the band
CARD_GAP = 8.0  # between cards stacked in a cell
CARD_PADDING = 8.0
CARD_MIN_HEIGHT = 32.0
CARD_TEXT_WIDTH = CARD_WIDTH - 2 * CARD_PADDING
CARD_TITLE_SIZE = 10.0
CARD_TITLE_MAX_LINES = 5
CARD_DESCRIPTION_SIZE = 8.5
CARD_DESCRIPTION_MAX_LINES = 4
CARD_TEXT_GAP = 3.0  # title to description, text to the touchpoint strip
TOUCHPOINT_STRIP = 18.0  # channel icon and emotion face at a touchpoint's foot
CHANNEL_ICON_SIZE = 14.0

# A named tuple from all its fields, skipping its generated `__new__` (hot paths only).
_new = tuple.__new__

# -------------------------------------------------------------- badges
BADGE_SIZE = 16.0
BADGE_GAP = 3.0
BADGE_INSET = 4.0  # from the top-right corner of the card or phase header


def layout_map(
    project: JourneyProject, map_id: str, metrics: TextMetrics | None = None, lang: str = "en"
) -> MapLayout:
    """The geometry of one map. Pure: the same project gives an equal layout.

    `lang` is the language of the few words the layout adds itself (the
    persona's buying roles, quotation marks), see `model/wording.py`.
    """
    # Deferred: live_layout builds on the rules below.
    from mapstudio.model.live_layout import LiveLayout

    return LiveLayout(project, map_id, metrics, lang).layout


def layout_project(
    project: JourneyProject, metrics: TextMetrics | None = None, lang: str = "en"
) -> list[MapLayout]:
    """Layouts of every map, in tab order (for multi-map exports)."""
    metrics = metrics or TextMetrics()
    return [layout_map(project, m.id, metrics, lang) for m in project.maps()]


def text_block(
    metrics: TextMetrics,
    text: str,
    x: float,
    y: float,
    w: float,
    size: float,
    bold: bool,
    max_lines: int,
) -> TextBlock:
    lines = metrics.wrap(text, w, size, bold, max_lines)
    line_height = metrics.line_height(size)
    return TextBlock(lines, Rect(x, y, w, len(lines) * line_height), size, line_height, bold)


# ----------------------------------------------------------------- header
def persona_header(
    metrics: TextMetrics,
    journey_map: JourneyMap,
    persona: Persona | None,
    width: float,
    lang: str = "en",
) -> PersonaHeader:
    """The band above the grid, `width` wide: photo, map title, persona name, details."""
    top = MARGIN + HEADER_PADDING
    photo = None
    text_x = MARGIN + HEADER_PADDING
    if persona is not None:
        photo = Rect(text_x, top, PHOTO_SIZE, PHOTO_SIZE)
        text_x += PHOTO_SIZE + HEADER_PADDING
    text_w = MARGIN + width - HEADER_PADDING - text_x
    title = text_block(
        metrics, journey_map.name, text_x, top, text_w, MAP_TITLE_SIZE, True, MAP_TITLE_MAX_LINES
    )
    y = title.rect.bottom
    name = text_block(
        metrics,
        persona.name if persona else "",
        text_x,
        y + HEADER_TEXT_GAP if persona else y,
        text_w,
        PERSONA_NAME_SIZE,
        True,
        PERSONA_NAME_MAX_LINES,
    )
    y = name.rect.bottom
    details_text = _persona_details(persona, lang) if persona else ""
    details = text_block(
        metrics,
        details_text,
        text_x,
        y + HEADER_TEXT_GAP if details_text else y,
        text_w,
        DETAILS_SIZE,
        False,
        DETAILS_MAX_LINES,
    )
    content_bottom = max(details.rect.bottom, photo.bottom if photo else top)
    height = max(HEADER_MIN_HEIGHT, content_bottom + HEADER_PADDING - MARGIN)
    rect = Rect(MARGIN, MARGIN, width, height)
    return PersonaHeader(rect, journey_map.persona_id, photo, name, details, title)


def _persona_details(persona: Persona, lang: str) -> str:
    """The header's detail lines: quote, then who they are, then buying roles."""
    paragraphs = []
    if persona.quote.strip():
        paragraphs.append(wording.quoted(persona.quote.strip(), lang))
    who = [v.strip() for v in (persona.profession, persona.age_range, persona.region) if v.strip()]
    if who:
        paragraphs.append(" · ".join(who))
    if persona.buying_roles:
        paragraphs.append(wording.buying_role_names(persona.buying_roles, lang))
    return "\n".join(paragraphs)


# ---------------------------------------------------------- phases, lanes
def phase_name(metrics: TextMetrics, name: str, x: float, y: float) -> TextBlock:
    """A phase's name in its header box, the column starting at `x`."""
    return text_block(
        metrics,
        name,
        x + HEADER_CELL_PADDING,
        y,
        COLUMN_WIDTH - 2 * HEADER_CELL_PADDING,
        PHASE_NAME_SIZE,
        True,
        PHASE_NAME_MAX_LINES,
    )


def lane_title(metrics: TextMetrics, title: str, y: float) -> TextBlock:
    """A lane's title in its header box, the row starting at `y`."""
    return text_block(
        metrics,
        title,
        MARGIN + HEADER_CELL_PADDING,
        y + HEADER_CELL_PADDING,
        LANE_HEADER_WIDTH - 2 * HEADER_CELL_PADDING,
        LANE_TITLE_SIZE,
        True,
        LANE_TITLE_MAX_LINES,
    )


def column_x(index: int) -> float:
    """The left edge of the `index`-th phase column."""
    return MARGIN + LANE_HEADER_WIDTH + index * COLUMN_WIDTH


# ------------------------------------------------------------------ badges
def badges(markers: tuple[Card, ...], right: float, top: float, width: float) -> list[MarkerBadge]:
    """Badges right to left from (`right`, `top`), wrapping onto further rows."""
    per_row = _badges_per_row(width)
    result = []
    for i, marker in enumerate(markers):
        row, col = divmod(i, per_row)
        x = right - BADGE_INSET - (col + 1) * BADGE_SIZE - col * BADGE_GAP
        y = top + BADGE_INSET + row * (BADGE_SIZE + BADGE_GAP)
        rect = Rect(x, y, BADGE_SIZE, BADGE_SIZE)
        result.append(MarkerBadge(marker.id, rect, marker.severity))
    return result


def _badges_per_row(width: float) -> int:
    return max(1, int((width - 2 * BADGE_INSET + BADGE_GAP) // (BADGE_SIZE + BADGE_GAP)))


def badge_strip(count: int, width: float) -> float:
    """Height taken at the top of a box by `count` badges (0 for none)."""
    if not count:
        return 0.0
    rows = -(-count // _badges_per_row(width))
    return BADGE_INSET + rows * BADGE_SIZE + (rows - 1) * BADGE_GAP


# ------------------------------------------------------------------- cards
class CardShape(NamedTuple):
    """A card measured but not yet placed: its height and offsets from its top.

    A named tuple, like the layout's pieces (`geometry`): one per card, built
    five times faster than a frozen dataclass.
    """

    card: Card
    markers: tuple[Card, ...]
    title: tuple[str, ...]
    title_y: float
    description: tuple[str, ...]
    description_y: float
    strip_y: float | None
    height: float


def card_shape(metrics: TextMetrics, card: Card, markers: tuple[Card, ...]) -> CardShape:
    """Wrap a card's texts and stack its parts: everything but where it goes."""
    y = CARD_PADDING
    if markers:
        y = max(CARD_PADDING, badge_strip(len(markers), CARD_WIDTH) + BADGE_GAP)
    title = metrics.wrap(card.title, CARD_TEXT_WIDTH, CARD_TITLE_SIZE, True, CARD_TITLE_MAX_LINES)
    title_y = y
    y += len(title) * metrics.line_height(CARD_TITLE_SIZE)
    description = metrics.wrap(
        card.description,
        CARD_TEXT_WIDTH,
        CARD_DESCRIPTION_SIZE,
        False,
        CARD_DESCRIPTION_MAX_LINES,
    )
    if description and title:
        y += CARD_TEXT_GAP
    description_y = y
    y += len(description) * metrics.line_height(CARD_DESCRIPTION_SIZE)
    strip_y = None
    if card.kind == CardKind.TOUCHPOINT:
        if title or description:
            y += CARD_TEXT_GAP
        strip_y = y
        y += TOUCHPOINT_STRIP
    height = max(CARD_MIN_HEIGHT, y + CARD_PADDING)
    return CardShape(card, markers, title, title_y, description, description_y, strip_y, height)


def stack_height(shapes: list[CardShape]) -> float:
    """Height a cell needs for its cards, padding included (0 when empty)."""
    if not shapes:
        return 0.0
    return 2 * CELL_PADDING + sum(s.height for s in shapes) + CARD_GAP * (len(shapes) - 1)


def place_card(metrics: TextMetrics, shape: CardShape, x: float, y: float) -> CardBox:
    """The box of a measured card whose top-left corner is at (`x`, `y`).

    Runs once per card of the map, so its named tuples are built with
    `tuple.__new__` and every field given: half the cost of their
    generated `__new__`.
    """
    card = shape.card
    text_x = x + CARD_PADDING
    title_lh = metrics.line_height(CARD_TITLE_SIZE)
    title_rect = _new(
        Rect, (text_x, y + shape.title_y, CARD_TEXT_WIDTH, len(shape.title) * title_lh)
    )
    title = _new(TextBlock, (shape.title, title_rect, CARD_TITLE_SIZE, title_lh, True))
    description = None
    if shape.description:
        lh = metrics.line_height(CARD_DESCRIPTION_SIZE)
        rect = _new(
            Rect, (text_x, y + shape.description_y, CARD_TEXT_WIDTH, len(shape.description) * lh)
        )
        description = _new(TextBlock, (shape.description, rect, CARD_DESCRIPTION_SIZE, lh, False))
    icon = None
    if shape.strip_y is not None:
        icon_y = y + shape.strip_y + (TOUCHPOINT_STRIP - CHANNEL_ICON_SIZE) / 2
        icon = _new(Rect, (text_x, icon_y, CHANNEL_ICON_SIZE, CHANNEL_ICON_SIZE))
    kind = card.kind
    return _new(
        CardBox,
        (
            card.id,
            kind,
            _new(Rect, (x, y, CARD_WIDTH, shape.height)),
            title,
            description,
            card.channel,
            card.emotion,
            card.severity if kind == CardKind.FRUSTRATION else None,
            icon,
            tuple(badges(shape.markers, x + CARD_WIDTH, y, CARD_WIDTH)) if shape.markers else (),
        ),
    )


# ------------------------------------------------------ emotions and flows
def emotion_y(band: Rect, emotion: int) -> float:
    """Height of a score on the curve: +2 near the band's top, -2 near its bottom."""
    top = band.y + EMOTION_MARGIN
    span = band.h - 2 * EMOTION_MARGIN
    return top + span * (EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)


def flow_path(s: Rect, t: Rect) -> tuple[tuple[float, float], ...]:
    """An orthogonal path from edge to edge of two cards.

    Between columns it leaves sideways and turns on the cell boundary next to
    the source (in the padding, clear of cards); within a column it runs
    straight down or up.
    """
    # `Rect.right`, `.bottom` and `.center`, spelled out: one path per flow of the map.
    sx, sy0, sw, sh = s
    tx, ty0, tw, th = t
    s_right, t_right = sx + sw, tx + tw
    sy, ty = sy0 + sh / 2, ty0 + th / 2
    if tx >= s_right or t_right <= sx:
        forward = tx >= s_right
        start_x = s_right if forward else sx
        end_x = tx if forward else t_right
        turn_x = start_x + CELL_PADDING if forward else start_x - CELL_PADDING
        if sy == ty:
            return ((start_x, sy), (end_x, ty))
        return ((start_x, sy), (turn_x, sy), (turn_x, ty), (end_x, ty))
    cx = sx + sw / 2
    s_bottom = sy0 + sh
    if ty0 >= s_bottom:
        return ((cx, s_bottom), (tx + tw / 2, ty0))
    return ((cx, sy0), (tx + tw / 2, ty0 + th))
