"""Image sizes come from headers alone, for every accepted format."""

from __future__ import annotations

import struct

import pytest

from mapstudio.fileformat.errors import FileProblem
from mapstudio.fileformat.images import UnknownImage, check_photo, image_info
from tests.fileformat.builders import png_bytes


def jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x01\x01\x00" + b"\x00" * 6
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + b"\xff\xff" + sof + b"\xff\xda\x00\x02\xff\xd9"


def bmp(width: int, height: int) -> bytes:
    return b"BM" + b"\x00" * 12 + struct.pack("<Iii", 40, width, height) + b"\x00" * 28


def webp(chunk: bytes, body: bytes) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + 8 + len(body)) + b"WEBP" + chunk + body


VP8X = webp(b"VP8X", struct.pack("<I", 10) + b"\x00" * 4 + b"\x1f\x03\x00" + b"\xdf\x01\x00")
VP8L = webp(b"VP8L", struct.pack("<I", 5) + b"\x2f" + struct.pack("<I", 799 | 599 << 14))
VP8 = webp(
    b"VP8 ", struct.pack("<I", 10) + b"\x00\x00\x00\x9d\x01\x2a" + struct.pack("<HH", 800, 600)
)


@pytest.mark.parametrize(
    ("data", "mime", "size"),
    [
        (png_bytes(3, 2), "image/png", (3, 2)),
        (jpeg(640, 480), "image/jpeg", (640, 480)),
        (b"GIF89a" + struct.pack("<HH", 20, 10) + b"\x00" * 8, "image/gif", (20, 10)),
        (bmp(30, -40), "image/bmp", (30, 40)),
        (VP8X, "image/webp", (800, 480)),
        (VP8L, "image/webp", (800, 600)),
        (VP8, "image/webp", (800, 600)),
    ],
)
def test_header_sizes(data: bytes, mime: str, size: tuple[int, int]) -> None:
    info = image_info(data)
    assert (info.mime, (info.width, info.height)) == (mime, size)


@pytest.mark.parametrize(
    "data",
    [b"", b"hello", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"\xff\xd8\xff\xd9", b"RIFF"],
)
def test_unknown_or_cut_images(data: bytes) -> None:
    with pytest.raises(UnknownImage):
        image_info(data)


@pytest.mark.parametrize(
    "data", [png_bytes(100_000, 100_000, pixels=False), jpeg(65_000, 65_000), bmp(0, 10)]
)
def test_check_photo_refuses_huge_or_empty(data: bytes) -> None:
    with pytest.raises(FileProblem):
        check_photo(data, "Ana")
