"""Fast checks of the packaging files: no PyInstaller, no network, no display."""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import mapstudio

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.mapstudio.MapStudio"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / "mapstudio-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_the_keys_a_launcher_needs() -> None:
    entry = desktop_entry()
    for key in ("Type", "Name", "Exec", "Icon", "MimeType", "Categories"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "mapstudio %f"
    assert entry["Icon"] == APP_ID
    assert "application/x-mapstudio" in entry["MimeType"].split(";")


def test_metainfo_describes_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    for tag in ("name", "summary", "description", "content_rating", "developer"):
        assert root.find(tag) is not None, tag
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "mapstudio"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == mapstudio.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))
    images = [image.text or "" for image in root.iter("image")]
    assert images and all(url.startswith("https://") for url in images)


def test_mime_type_matches_the_file_format() -> None:
    root = ET.parse(MIME_XML).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == "application/x-mapstudio"
    assert mime_type.find(f"{MIME_NS}glob").get("pattern") == "*.mapstudio"  # type: ignore[union-attr]
    assert mime_type.find(f"{MIME_NS}icon").get("name") == "application-x-mapstudio"  # type: ignore[union-attr]
    inner = mime_type.find(f"{MIME_NS}magic/{MIME_NS}match/{MIME_NS}match")
    assert inner is not None
    assert inner.get("offset") == "30"
    assert inner.get("value") == "mimetypeapplication/x-mapstudio"


def test_mime_magic_finds_the_bundled_example() -> None:
    """The example's bytes are what the shared-mime-info magic looks for (like ODF)."""
    example = ROOT / "resources" / "examples" / "boutique-deco.mapstudio"
    if not example.exists():
        pytest.skip("the example is not generated yet")
    head = example.read_bytes()[:64]
    assert head.startswith(b"PK\x03\x04")
    assert head[30:61] == b"mimetypeapplication/x-mapstudio"


@pytest.mark.parametrize("stem", ["mapstudio", "application-x-mapstudio"])
def test_icon_pngs_exist_at_every_size(stem: str) -> None:
    sizes = ICON_SIZES if stem == "mapstudio" else ICON_SIZES[:-1]
    assert (ICONS / f"{stem}.svg").is_file()
    for size in sizes:
        assert png_size((ICONS / f"{stem}-{size}.png").read_bytes()) == (size, size)


@pytest.mark.parametrize("stem", ["mapstudio", "application-x-mapstudio"])
def test_ico_is_a_png_compressed_icon_directory(stem: str) -> None:
    data = (ICONS / f"{stem}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = set()
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        side = width or 256
        assert height == width and planes == 1 and bits == 32
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.add(side)
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.parametrize("stem", ["mapstudio", "application-x-mapstudio"])
def test_icns_holds_png_elements_ic07_to_ic10(stem: str) -> None:
    data = (ICONS / f"{stem}.icns").read_bytes()
    magic, total = struct.unpack(">4sI", data[:8])
    assert magic == b"icns" and total == len(data)
    elements: dict[bytes, tuple[int, int]] = {}
    offset = 8
    while offset < len(data):
        kind, length = struct.unpack(">4sI", data[offset : offset + 8])
        elements[kind] = png_size(data[offset + 8 : offset + length])
        offset += length
    assert offset == len(data)
    expected = {b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    for kind, side in expected.items():
        assert elements[kind] == (side, side), kind


def test_spec_and_entry_reference_existing_paths() -> None:
    spec = (PACKAGING / "mapstudio.spec").read_text(encoding="utf-8")
    for part in re.findall(r'ROOT / ((?:"[^"]+"(?: / )?)+)', spec):
        path = ROOT.joinpath(*re.findall(r'"([^"]+)"', part))
        assert path.exists(), path
    for name in re.findall(r'ICONS / "([^"]+)"', spec):
        assert (ICONS / name).is_file(), name
    entry = (PACKAGING / "mapstudio_entry.py").read_text(encoding="utf-8")
    assert "from mapstudio.cli import main" in entry


def test_version_comes_from_one_place() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'attr = "mapstudio.__version__"' in pyproject
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"[{mapstudio.__version__}]" in changelog


def test_macos_plist_declares_the_document_type() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    (exported,) = plist["UTExportedTypeDeclarations"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["mapstudio"]
    assert tags["public.mime-type"] == ["application/x-mapstudio"]
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert (ICONS / document["CFBundleTypeIconFile"]).is_file()


def test_windows_installer_associates_the_extension() -> None:
    script = (PACKAGING / "windows" / "mapstudio.iss").read_text(encoding="utf-8")
    icons = re.findall(r'\{#Root\}\\([^"*\s]+\.ico)', script)
    assert len(icons) == 2, icons
    assert r'Subkey: "Software\Classes\.mapstudio"' in script
    assert "ChangesAssociations=yes" in script
    for relative in icons:
        assert (ROOT / relative.replace("\\", "/")).is_file(), relative


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_accepts_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed"
)
def test_desktop_file_validate_accepts_the_desktop_file() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
