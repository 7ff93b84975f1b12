"""Render MapStudio's icons from their SVG sources: PNG sizes, a Windows .ico, a macOS .icns.

Qt draws the SVG (QSvgRenderer, part of PySide6-Essentials); the ICO and ICNS
containers are written here with `struct`, holding PNG payloads, so no external
tool (ImageMagick, iconutil, icotool) is needed on any OS. The outputs are
committed, so the app and the packaging use them without building:

    .venv/bin/python packaging/make_icons.py            # or: make icons
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"

PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, with their pixel size.
# ic07..ic10 are the 128/256/512/1024 (512@2x) slots macOS uses for Retina;
# icp4..icp6 cover the small Finder sizes.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


@dataclass(frozen=True)
class IconSource:
    """One SVG and the base name of everything rendered from it."""

    svg: str
    stem: str
    png_sizes: tuple[int, ...]


SOURCES: tuple[IconSource, ...] = (
    IconSource("mapstudio.svg", "mapstudio", PNG_SIZES),
    # The icon of a .mapstudio document (shared-mime-info name of the type).
    IconSource("application-x-mapstudio.svg", "application-x-mapstudio", PNG_SIZES[:-1]),
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size×size square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise SystemExit(f"make_icons: cannot encode {svg} at {size} px")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Iterable[tuple[int, bytes]]) -> bytes:
    """A Windows ICO container whose images are PNG-compressed (Vista and later)."""
    images = list(pngs)
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries = b""
    payload = b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte fields
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def icns_bytes(elements: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An Apple ICNS container: big-endian 'icns' header, then typed PNG elements."""
    body = b"".join(struct.pack(">4sI", kind, 8 + len(png)) + png for kind, png in elements)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def build(source: IconSource, out_dir: Path) -> list[Path]:
    """Every file rendered from one SVG; returns the paths written."""
    svg = ICONS_DIR / source.svg
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(svg, size)
        return cache[size]

    written: list[Path] = []
    for size in source.png_sizes:
        path = out_dir / f"{source.stem}-{size}.png"
        path.write_bytes(png(size))
        written.append(path)
    ico = out_dir / f"{source.stem}.ico"
    ico.write_bytes(ico_bytes((size, png(size)) for size in ICO_SIZES))
    icns = out_dir / f"{source.stem}.icns"
    icns.write_bytes(icns_bytes((kind, png(size)) for kind, size in ICNS_TYPES))
    return [*written, ico, icns]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else ICONS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    for source in SOURCES:
        for path in build(source, out_dir):
            print(f"make_icons: wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
