"""Projects, images and archives for the file-format tests."""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from typing import Any

from mapstudio.fileformat import project_to_bytes
from mapstudio.model import operations as ops
from mapstudio.model.kinds import BuyingRole, CardKind, LaneKind, Mode
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Card, JourneyMap, Lane, Persona, Phase


def _chunk(tag: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))


def png_bytes(width: int = 3, height: int = 2, pixels: bool = True) -> bytes:
    """A real PNG; with `pixels=False` only its header, as a hostile file would claim."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = b""
    if pixels:
        raw = b"".join(b"\x00" + b"\xc0\x40\x20" * width for _ in range(height))
        body = _chunk(b"IDAT", zlib.compress(raw))
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + body + _chunk(b"IEND", b"")


def build_project() -> JourneyProject:
    """A project using every node kind, edge kind and ordering the model has."""
    project = JourneyProject()

    def do(edit: Any) -> None:
        edit.apply(project)

    do(
        ops.add_persona(
            project,
            Persona(
                id="persona-ana",
                name="Ana Müller 🌱",
                photo=png_bytes(),
                photo_type="image/png",
                quote="“I want it to just work.”",
                buying_roles=(BuyingRole.USER, BuyingRole.BUYER),
                notes="line one\nline two",
            ),
        )
    )
    do(ops.add_persona(project, Persona(id="persona-bo", name="Bo")))
    do(ops.add_map(project, JourneyMap(id="map-1", name="Buying", persona_id="persona-ana")))
    do(ops.add_map(project, JourneyMap(id="map-0", name="Onboarding"), index=0))
    for i, name in enumerate(["Discover", "Buy", "Use"]):
        do(ops.add_phase(project, "map-1", Phase(id=f"phase-{i}", name=name), index=0))
    lanes = [
        ("lane-t", LaneKind.TOUCHPOINTS),
        ("lane-f", LaneKind.FRUSTRATIONS),
        ("lane-o", LaneKind.OPPORTUNITIES),
    ]
    for lane_id, kind in lanes:
        do(ops.add_lane(project, "map-1", Lane(id=lane_id, title=kind.value, kind=kind)))
    for i in range(3):
        do(
            ops.add_card(
                project,
                Card(
                    id=f"tp-{i}",
                    kind=CardKind.TOUCHPOINT,
                    title=f"Touchpoint {i}",
                    channel="website",
                    mode=Mode.ONLINE,
                    emotion=i - 1,
                    phase_id="phase-1",
                    lane_id="lane-t",
                ),
                index=0,
            )
        )
    do(ops.add_flow(project, "tp-0", "tp-1", "clicks through"))
    do(ops.add_flow(project, "tp-0", "tp-2"))
    do(
        ops.add_card(
            project,
            Card(
                id="fr-1",
                kind=CardKind.FRUSTRATION,
                title="Slow",
                severity=3,
                phase_id="phase-1",
                lane_id="lane-f",
                marks="tp-1",
            ),
        )
    )
    # A marker on a phase (add_marker would pick a random id: keep builds identical).
    marker = Card(id="mk-1", kind=CardKind.FRUSTRATION, title="Confusing", marks="phase-0")
    do(ops.add_card(project, marker))
    do(
        ops.add_card(
            project,
            Card(
                id="op-1",
                kind=CardKind.OPPORTUNITY,
                title="Faster page",
                priority=3,
                effort=1,
                phase_id="phase-2",
                lane_id="lane-o",
            ),
        )
    )
    do(ops.set_answers(project, "op-1", "fr-1"))
    return project


def zip_bytes(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """An archive with exactly these entries; the mimetype entry is stored."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            kind = zipfile.ZIP_STORED if name == "mimetype" else method
            archive.writestr(name, data, compress_type=kind)
    return buffer.getvalue()


def entries_of(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def document_of(data: bytes) -> dict[str, Any]:
    return json.loads(dict(entries_of(data))["project.json"])


def with_document(data: bytes, document: Any) -> bytes:
    """The archive `data` with its project.json replaced by `document`."""
    text = json.dumps(document).encode("utf-8")
    return with_entry(data, "project.json", text)


def with_entry(data: bytes, name: str, content: bytes | None) -> bytes:
    """The archive with one entry replaced, added or (content None) removed."""
    entries = [(n, c) for n, c in entries_of(data) if n != name]
    if content is not None:
        entries.append((name, content))
    entries.sort(key=lambda e: e[0] != "mimetype")
    return zip_bytes(entries)


def saved_project() -> bytes:
    return project_to_bytes(build_project())
