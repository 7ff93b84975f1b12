"""Image type and pixel size from an image's header, in pure Python.

The loader must know how big a photo will be once decoded *before* Qt decodes
it (a 100000 x 100000 PNG is a few KiB on disk and 40 GB in memory), and the
file format may not import Qt. So we read the few header bytes of the formats
we accept and refuse everything else.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from mapstudio.fileformat import limits
from mapstudio.fileformat.errors import invalid


@dataclass(frozen=True)
class ImageInfo:
    mime: str
    width: int
    height: int


class UnknownImage(ValueError):
    """The bytes are not an image in one of the accepted formats."""


def image_info(data: bytes) -> ImageInfo:
    """Type and size of a PNG, JPEG, GIF, BMP or WebP image; `UnknownImage` otherwise."""
    try:
        if data.startswith(b"\x89PNG\r\n\x1a\n"):
            return _png(data)
        if data.startswith(b"\xff\xd8"):
            return _jpeg(data)
        if data[:6] in (b"GIF87a", b"GIF89a"):
            width, height = struct.unpack_from("<HH", data, 6)
            return ImageInfo("image/gif", width, height)
        if data.startswith(b"BM"):
            return _bmp(data)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _webp(data)
    except struct.error as exc:
        raise UnknownImage("the image header is cut short") from exc
    raise UnknownImage("not a PNG, JPEG, GIF, BMP or WebP image")


def _png(data: bytes) -> ImageInfo:
    length, chunk = struct.unpack_from(">I4s", data, 8)
    if chunk != b"IHDR" or length < 8:
        raise UnknownImage("a PNG image without its header")
    width, height = struct.unpack_from(">II", data, 16)
    return ImageInfo("image/png", width, height)


# Start-of-frame markers carry the size; C4, C8 and CC share the range but are not frames.
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD9)})


def _jpeg(data: bytes) -> ImageInfo:
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise UnknownImage("a JPEG image with a broken header")
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= len(data):
            break
        marker = data[pos]
        pos += 1
        if marker in _JPEG_STANDALONE:
            continue
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no frame header seen
            break
        (length,) = struct.unpack_from(">H", data, pos)
        if length < 2:
            raise UnknownImage("a JPEG image with a broken header")
        if marker in _JPEG_SOF:
            height, width = struct.unpack_from(">HH", data, pos + 3)
            return ImageInfo("image/jpeg", width, height)
        pos += length
    raise UnknownImage("a JPEG image without a frame header")


def _bmp(data: bytes) -> ImageInfo:
    (header_size,) = struct.unpack_from("<I", data, 14)
    if header_size == 12:
        width, height = struct.unpack_from("<hh", data, 18)
    elif header_size >= 40:
        width, height = struct.unpack_from("<ii", data, 18)
    else:
        raise UnknownImage("a BMP image with an unknown header")
    return ImageInfo("image/bmp", abs(width), abs(height))  # negative height: top-down


def _webp(data: bytes) -> ImageInfo:
    chunk = data[12:16]
    if chunk == b"VP8X":
        w1, w2, w3, h1, h2, h3 = struct.unpack_from("<6B", data, 24)
        width = 1 + (w1 | w2 << 8 | w3 << 16)
        height = 1 + (h1 | h2 << 8 | h3 << 16)
    elif chunk == b"VP8L":
        if data[20] != 0x2F:
            raise UnknownImage("a lossless WebP image with a broken header")
        (bits,) = struct.unpack_from("<I", data, 21)
        width = 1 + (bits & 0x3FFF)
        height = 1 + (bits >> 14 & 0x3FFF)
    elif chunk == b"VP8 ":
        if data[23:26] != b"\x9d\x01\x2a":
            raise UnknownImage("a WebP image with a broken header")
        width, height = struct.unpack_from("<HH", data, 26)
        width &= 0x3FFF
        height &= 0x3FFF
    else:
        raise UnknownImage("a WebP image of an unknown kind")
    return ImageInfo("image/webp", width, height)


def check_photo(data: bytes, owner: str) -> ImageInfo:
    """The photo's header if MapStudio can safely show it; a `FileProblem` if not.

    Used on load and on save alike, so a file MapStudio writes always reopens.
    """
    if len(data) > limits.MAX_PHOTO_BYTES:
        raise invalid(
            f"the photo of {owner} is {len(data) // (1024 * 1024)} MB, "
            f"more than the {limits.MAX_PHOTO_BYTES // (1024 * 1024)} MB allowed"
        )
    try:
        info = image_info(data)
    except UnknownImage as exc:
        raise invalid(f"the photo of {owner} is {exc}") from None
    if info.width <= 0 or info.height <= 0:
        raise invalid(f"the photo of {owner} has no pixels")
    if info.width * info.height > limits.MAX_PHOTO_PIXELS:
        raise invalid(
            f"the photo of {owner} is {info.width} x {info.height} pixels, "
            f"more than the {limits.MAX_PHOTO_PIXELS // 1_000_000} megapixels allowed"
        )
    return info
