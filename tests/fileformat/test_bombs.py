"""Zip bombs, image bombs and amplification: refused before the cost, memory bounded.

Each hostile file is refused (or loaded) while tracemalloc watches: the peak of
Python allocations must stay a small multiple of the file itself, so a file
that promises gigabytes never gets them.
"""

from __future__ import annotations

import io
import json
import os
import struct
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from mapstudio.fileformat import ProjectFileError, limits, project_from_bytes
from mapstudio.fileformat import archive as archive_module
from tests.fileformat.builders import document_of, entries_of, png_bytes, saved_project, zip_bytes

MIME = ("mimetype", b"application/x-mapstudio")
MIB = 1024 * 1024


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    """Measures the peak of Python allocations inside the block (in bytes)."""
    result: list[int] = []
    tracemalloc.start()
    try:
        yield result
    finally:
        result.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()


def refused(data: bytes, *fragments: str) -> str:
    with pytest.raises(ProjectFileError) as info:
        project_from_bytes(data, "bomb.mapstudio")
    message = str(info.value)
    assert message.startswith("“bomb.mapstudio” ")
    assert "unexpected" not in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def deflated_zeros(name: str, size: int) -> bytes:
    """An archive whose entry `name` inflates `size` zero bytes from a few KiB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(*MIME, compress_type=zipfile.ZIP_STORED)
        with archive.open(name, "w") as entry:
            chunk = bytes(MIB)
            for _ in range(size // MIB):
                entry.write(chunk)
    return buffer.getvalue()


@pytest.fixture
def nothing_inflated(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every entry the loader decompresses."""
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "r":  # the tests' own archive building writes entries too
            opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return real_open(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return opened


# -------------------------------------------------------------- zip bombs
def test_high_ratio_entry_is_refused_before_inflating(nothing_inflated: list[str]) -> None:
    data = deflated_zeros("project.json", 30 * MIB)  # ~1000:1
    assert len(data) < 100 * 1024
    with peak_memory() as peak:
        refused(data, "too large", "suspiciously compressed")
    assert nothing_inflated == []
    assert peak[0] < 8 * MIB


def test_high_ratio_media_entry_is_refused(nothing_inflated: list[str]) -> None:
    good = saved_project()
    bomb = deflated_zeros("media/zeros.png", 15 * MIB)
    entries = entries_of(good) + [e for e in entries_of(bomb) if e[0] != "mimetype"]
    # Rebuild so the bomb entry keeps its deflate compression.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries:
            kind = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=kind)
    nothing_inflated.clear()  # building the file read entries; loading must not
    refused(buffer.getvalue(), "suspiciously compressed")
    assert nothing_inflated == []


def test_many_entries_adding_up_past_the_total_are_refused(
    monkeypatch: pytest.MonkeyPatch, nothing_inflated: list[str]
) -> None:
    # Each entry is fine alone; together they promise more than the total allows.
    monkeypatch.setattr(limits, "MAX_TOTAL_UNCOMPRESSED_BYTES", 4 * MIB)
    entries = [MIME] + [(f"media/part{i}.png", os.urandom(512 * 1024)) for i in range(10)]
    refused(zip_bytes(entries, zipfile.ZIP_STORED), "add up to more than the limit")
    assert nothing_inflated == []


def test_overlapping_entries_bomb_is_refused(nothing_inflated: list[str]) -> None:
    """Fifield's "better zip bomb": many directory records sharing one compressed
    kernel, so the archive stays small while every record promises the full size."""
    kernel = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = kernel.compress(bytes(20 * MIB)) + kernel.flush()
    crc = zlib.crc32(bytes(20 * MIB))
    local = b"".join(
        [
            struct.pack(
                "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(body), 20 * MIB, 12, 0
            ),
            b"project.json",
            body,
        ]
    )
    records = []
    for i in range(50):
        name = f"media/x{i:03d}.png".encode()
        records.append(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0,
                crc,
                len(body),
                20 * MIB,
                len(name),
                0,
                0,
                0,
                0,
                0,
                0,
            )
            + name
        )
    directory = b"".join(records)
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(records), len(records), len(directory), len(local), 0
    )
    with peak_memory() as peak:
        refused(local + directory + end, "too large")
    assert nothing_inflated == []
    assert peak[0] < 8 * MIB


def test_directory_claiming_millions_of_entries_is_refused_unparsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = bytearray(saved_project())
    end = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 65535, 65535)
    built: list[int] = []
    monkeypatch.setattr(
        archive_module.zipfile, "ZipFile", lambda *a, **k: built.append(1) or pytest.fail()
    )
    refused(bytes(data), "too large", "65535 files")
    assert built == []


# ------------------------------------------------------------ image bombs
def _tiny_real_png(width: int, height: int) -> bytes:
    """A valid 1-bit grey PNG of `width` x `height` black pixels: a few KiB on disk."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    row = b"\x00" + bytes((width + 7) // 8)
    pixels = zlib.compress(row * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _jpeg(width: int, height: int) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + sof + b"\xff\xda\x00\x02\xff\xd9"


def _gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00" * 8 + b";"


def _bmp(width: int, height: int) -> bytes:
    return b"BM" + b"\x00" * 12 + struct.pack("<Iii", 40, width, height) + b"\x00" * 28


def _webp(width: int, height: int) -> bytes:
    w, h = width - 1, height - 1
    body = struct.pack("<I", 10) + b"\x00" * 4 + w.to_bytes(3, "little") + h.to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", 4 + len(body) + 4) + b"WEBP" + b"VP8X" + body


IMAGE_BOMBS: dict[str, Callable[[], bytes]] = {
    "png header 100000x100000": lambda: png_bytes(100_000, 100_000, pixels=False),
    "real png 8000x6000, a few KiB": lambda: _tiny_real_png(8000, 6000),
    "jpeg 65000x65000": lambda: _jpeg(65_000, 65_000),
    "gif 65535x65535": lambda: _gif(65_535, 65_535),
    "bmp 100000x100000": lambda: _bmp(100_000, -100_000),
    "webp 16384x16384": lambda: _webp(16_384, 16_384),
}


def _with_photo(photo: bytes) -> bytes:
    """The test project with Ana's photo replaced by `photo` under its own name."""
    data = saved_project()
    document = document_of(data)
    old = next(n["photo"] for n in document["nodes"] if n["id"] == "persona-ana")
    name = "media/bomb.bin"
    for node in document["nodes"]:
        if node.get("photo") == old:
            node["photo"] = name
    entries = [(n, c) for n, c in entries_of(data) if n not in (old, "project.json")]
    entries += [("project.json", json.dumps(document).encode()), (name, photo)]
    return zip_bytes(entries)


@pytest.mark.parametrize("bomb", sorted(IMAGE_BOMBS))
def test_decompression_bomb_photo_is_refused_from_its_header(bomb: str) -> None:
    photo = IMAGE_BOMBS[bomb]()
    assert len(photo) < 64 * 1024  # small in bytes, huge in pixels
    with peak_memory() as peak:
        refused(_with_photo(photo), "photo", "megapixels")
    assert peak[0] < 8 * MIB


def test_the_tiny_png_bomb_is_a_real_image() -> None:
    """The bomb above is no mere header: Qt would decode 48 megapixels from it."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(_tiny_real_png(8000, 6000)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"png")
    assert reader.canRead()
    assert (reader.size().width(), reader.size().height()) == (8000, 6000)


# ----------------------------------------------------------- amplification
def test_one_photo_named_by_thousands_of_personas_is_read_once() -> None:
    """Reference amplification: 2 000 personas share one 1 MiB photo entry.

    Reading the entry once per persona would hold 2 GiB; it must be read once.
    """
    photo = png_bytes(3, 2) + os.urandom(MIB)  # a valid header, then filler
    data = saved_project()
    document = document_of(data)
    name = "media/shared.png"
    for node in document["nodes"]:
        if node["type"] == "persona" and node.get("photo"):
            node["photo"] = name
    document["nodes"] += [
        {"id": f"persona-{i}", "type": "persona", "name": f"P{i}", "photo": name}
        | {"photo_type": "image/png"}
        for i in range(2000)
    ]
    entries = [(n, c) for n, c in entries_of(data) if n == "mimetype"]
    entries += [("project.json", json.dumps(document).encode()), (name, photo)]
    bomb = zip_bytes(entries, zipfile.ZIP_STORED)
    with peak_memory() as peak:
        project = project_from_bytes(bomb, "shared.mapstudio")
    assert len(project.personas()) == 2002
    assert peak[0] < 64 * MIB
