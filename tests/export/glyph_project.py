"""A small map whose texts use more glyphs than one PDF font subset holds.

reportlab embeds a TrueType font as subsets of 256 codes each, handed out in
the order characters are first drawn; past the ASCII block only ~160 codes
are left in the first subset. These texts use several hundred distinct
characters (accents, « », €, Latin Extended, Greek, Cyrillic, no-break
spaces, a character DejaVu Sans lacks), so later lines mix subsets inside one
line and the writer has to switch fonts mid-line.
"""

from __future__ import annotations

from mapstudio.content.building import ProjectBuilder
from mapstudio.model.kinds import CardKind, LaneKind
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import JourneyMap, Lane, Persona, Phase

MAP_ID = "glyphs"

# Runs of code points DejaVu Sans (regular and bold) draws.
_RANGES = (
    (0x00C0, 0x0100),  # Latin-1 letters: é, à, ç, œ…
    (0x0100, 0x0180),  # Latin Extended-A: ā, č, ő, ž…
    (0x0391, 0x03A2),  # Greek capitals (U+03A2 is unassigned)
    (0x03A3, 0x03CA),  # Greek
    (0x0410, 0x0450),  # Cyrillic
)
GLYPHS = "".join(chr(code) for start, stop in _RANGES for code in range(start, stop))
MISSING = "\u6f22"  # a CJK character DejaVu Sans has no glyph for: drawn as .notdef


def glyph_text(index: int, width: int = 14) -> str:
    """A title of words mixing ASCII with a window of rarer glyphs that moves along."""
    start = (index * 11) % len(GLYPHS)
    rare = (GLYPHS * 2)[start : start + width]
    return f"« {rare[:5]} » 12\u00a0€ – {rare[5:10]} {index} “{rare[10:]}” ok"


def glyph_project(cards: int = 60) -> JourneyProject:
    """A map of `cards` touchpoints and thoughts whose texts cycle through `GLYPHS`."""
    builder = ProjectBuilder()
    persona_id = builder.persona(Persona(id="p", name="Zoë Ægidius-Ωμέγα"))
    builder.journey_map(JourneyMap(id=MAP_ID, name="Glyphes — Ωμέγα", persona_id=persona_id))
    phases = [
        builder.phase(MAP_ID, Phase(id=f"ph{i}", name=f"Étape {i} « {GLYPHS[i * 7 :][:6]} »"))
        for i in range(4)
    ]
    touch = builder.lane(MAP_ID, Lane(id="t", title="Points de contact", kind=LaneKind.TOUCHPOINTS))
    thought = builder.lane(MAP_ID, Lane(id="th", title="Pensées — Мысли", kind=LaneKind.THOUGHTS))
    for index in range(cards):
        phase = phases[index % len(phases)]
        if index % 2:
            builder.cell_card(
                CardKind.THOUGHT,
                f"c{index}",
                phase,
                thought,
                glyph_text(index),
                description=glyph_text(index + 500, 30) + f" {MISSING} " + glyph_text(index + 7),
            )
        else:
            builder.cell_card(
                CardKind.TOUCHPOINT,
                f"c{index}",
                phase,
                touch,
                glyph_text(index),
                description=glyph_text(index + 300, 24),
                channel="email" if index % 4 else "phone",
                emotion=(index % 5) - 2,
            )
    return builder.project
