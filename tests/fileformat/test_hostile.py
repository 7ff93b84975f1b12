"""Broken and hostile files are refused with one clear `ProjectFileError`."""

from __future__ import annotations

import copy
import io
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from mapstudio.fileformat import ProjectFileError, limits, load_project, project_from_bytes
from mapstudio.model.validate import project_problems
from tests.fileformat.builders import (
    document_of,
    entries_of,
    png_bytes,
    saved_project,
    with_document,
    with_entry,
    zip_bytes,
)

MIME = ("mimetype", b"application/x-mapstudio")


def refused(data: bytes, *fragments: str) -> str:
    with pytest.raises(ProjectFileError) as info:
        project_from_bytes(data, "x.mapstudio")
    message = str(info.value)
    assert message.startswith("“x.mapstudio” ")
    assert "unexpected" not in message
    for fragment in fragments:
        assert fragment in message
    return message


def mutated(change: Any) -> bytes:
    """A valid file whose project.json `change(document)` altered."""
    data = saved_project()
    document = document_of(data)
    change(document)
    return with_document(data, document)


def node(document: dict[str, Any], node_id: str) -> dict[str, Any]:
    return next(n for n in document["nodes"] if n["id"] == node_id)


# --------------------------------------------------------------- not ours
def test_random_bytes_are_not_a_zip() -> None:
    message = refused(b"\x00\x01hello world" * 50, "not a MapStudio project", "not a zip")
    assert "Check that you opened the right file." in message


def test_empty_file() -> None:
    refused(b"", "not a zip")


def test_other_zip_without_marker() -> None:
    refused(zip_bytes([("word/document.xml", b"<x/>")]), "MapStudio marker is missing")


def test_wrong_marker() -> None:
    data = with_entry(saved_project(), "mimetype", b"application/zip")
    refused(data, "marker is missing")


def test_missing_project_json() -> None:
    refused(with_entry(saved_project(), "project.json", None), "project data is missing")


@pytest.mark.parametrize("keep", [10, 100, 500, 1000, -30, -5])
def test_truncated_file(keep: int) -> None:
    refused(saved_project()[:keep])


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="was not found"):
        load_project(tmp_path / "gone.mapstudio")
    with pytest.raises(ProjectFileError, match="folder"):
        load_project(tmp_path)


# ----------------------------------------------------------------- sizes
def test_zip_bomb_is_refused_quickly() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(*MIME, compress_type=zipfile.ZIP_STORED)
        with archive.open("project.json", "w") as entry:
            chunk = b" " * (1024 * 1024)
            for _ in range(20):  # 20 MiB of spaces: under the size cap, ~1000:1
                entry.write(chunk)
    # test_bombs.py checks that nothing is inflated and memory stays small.
    refused(buffer.getvalue(), "too large", "suspiciously compressed")


def test_entry_declaring_a_huge_size_is_refused() -> None:
    data = bytearray(zip_bytes([MIME, ("project.json", b"{}")]))
    directory = data.rfind(b"PK\x01\x02")  # central directory header of project.json
    struct.pack_into("<I", data, directory + 24, 3 * 1024**3)
    refused(bytes(data), "too large")


def test_entry_lying_about_its_size_is_read_with_a_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_JSON_BYTES", 1000)
    data = bytearray(zip_bytes([MIME, ("project.json", b"[" + b" " * 5000 + b"]")]))
    directory = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, directory + 24, 10)  # claims 10 bytes, holds 5002
    refused(bytes(data))


def test_too_many_entries() -> None:
    entries = [MIME] + [(f"junk/{i}", b"") for i in range(limits.MAX_ENTRIES + 1)]
    refused(zip_bytes(entries, zipfile.ZIP_STORED), "too large", "files")


def test_too_many_nodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_NODES", 5)
    refused(saved_project(), "items", "more than the 5")


def test_overlong_text() -> None:
    def change(d: dict[str, Any]) -> None:
        node(d, "tp-0")["title"] = "x" * (limits.MAX_TEXT_LENGTH + 1)

    refused(mutated(change), "longer than")


def test_huge_number() -> None:
    refused(mutated(lambda d: node(d, "map-0").update(order=10**30)), "far too large")


# ---------------------------------------------------------------- entries
def test_path_traversal_and_unknown_entries_are_ignored(tmp_path: Path) -> None:
    data = saved_project()
    for name in ("../evil.txt", "/etc/passwd", "..\\win.txt", "media/../../x", "extra.bin"):
        data = with_entry(data, name, b"boom")
    project = project_from_bytes(data)
    assert project_problems(project) == []
    assert not (tmp_path.parent / "evil.txt").exists()


def test_photo_reference_outside_media_is_refused() -> None:
    data = with_entry(saved_project(), "../x.png", png_bytes())

    def change(d: dict[str, Any]) -> None:
        node(d, "persona-ana")["photo"] = "../x.png"

    refused(with_document(data, document_of(_apply(data, change))), "not a media file name")


def _apply(data: bytes, change: Any) -> bytes:
    document = document_of(data)
    change(document)
    return with_document(data, document)


def test_missing_photo_entry() -> None:
    data = saved_project()
    media = next(n for n, _ in entries_of(data) if n.startswith("media/"))
    refused(with_entry(data, media, None), "photo", "missing")


def test_huge_image_header_is_refused() -> None:
    data = saved_project()
    media = next(n for n, _ in entries_of(data) if n.startswith("media/"))
    bomb = png_bytes(100_000, 100_000, pixels=False)
    refused(with_entry(data, media, bomb), "100000 x 100000 pixels", "megapixels")


def test_unknown_image_type_is_refused() -> None:
    data = saved_project()
    media = next(n for n, _ in entries_of(data) if n.startswith("media/"))
    refused(with_entry(data, media, b"%PDF-1.7 not an image"), "photo", "not a PNG")


def test_encrypted_or_exotic_compression_is_refused() -> None:
    data = bytearray(saved_project())
    directory = data.find(b"PK\x01\x02", data.find(b"project.json"))
    struct.pack_into("<H", data, directory + 10, 99)  # AES, which we never write
    refused(bytes(data))


# ------------------------------------------------------------------- JSON
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"a": [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}', "nested too deeply"),
        (b'{"format": "mapstudio", "format": "x"}', "same field twice"),
        (b'{"format": "mapstudio", "schema_version": NaN}', "not a number"),
        (b'{"format": "mapstudio", "schema_version": 1' + b"0" * 5000 + b"}", "JSON"),
        (b"[]", "not a MapStudio project"),
        (b'{"format": "mapstudio"}', "version"),
        (b'{"format": "mapstudio", "schema_version": 1, "nodes": {}}', "missing"),
    ],
)
def test_bad_json(text: bytes, fragment: str) -> None:
    refused(with_entry(saved_project(), "project.json", text), fragment)


def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    def change(d: dict[str, Any]) -> None:
        node(d, "tp-0")["title"] = '[[[[[[[[[[[[[[[[[[[[[[[[ \\" {{{{{{{{{{{{{{{{{{{{{{'

    assert project_from_bytes(mutated(change)).card("tp-0").title.startswith("[[[")


# ------------------------------------------------------------------ graph
CASES: dict[str, tuple[Any, str]] = {
    "wrong text type": (lambda d: node(d, "tp-0").update(title=5), "must be text"),
    "wrong int type": (lambda d: node(d, "tp-0").update(emotion="high"), "whole number"),
    "float order": (lambda d: node(d, "map-0").update(order=1.5), "wrong kind"),
    "bool severity": (lambda d: node(d, "fr-1").update(severity=True), "whole number"),
    "dict value": (lambda d: node(d, "tp-0").update(title={"a": 1}), "wrong kind"),
    "list of dicts": (lambda d: node(d, "persona-ana").update(buying_roles=[{}]), "list"),
    "bad enum": (lambda d: node(d, "tp-0").update(mode="telepathy"), "known values"),
    "bad role": (lambda d: node(d, "persona-ana").update(buying_roles=["king"]), "roles"),
    "out of range": (lambda d: node(d, "tp-0").update(emotion=9), "outside"),
    "unknown field": (lambda d: node(d, "tp-0").update(colour="red"), "unknown field"),
    "unknown node kind": (lambda d: node(d, "tp-0").update(type="sticker"), "unknown type"),
    "missing id": (lambda d: node(d, "tp-0").pop("id"), "no id"),
    "number id": (lambda d: node(d, "tp-0").update(id=7), "no id"),
    "duplicate id": (lambda d: d["nodes"].append(copy.deepcopy(node(d, "tp-0"))), "share"),
    "node not a dict": (lambda d: d["nodes"].append([1, 2]), "not described"),
    "dangling edge": (lambda d: d["edges"][0].update(target="nowhere"), "not there"),
    "unknown edge kind": (lambda d: d["edges"][0].update(kind="likes"), "unknown kind"),
    "unknown edge field": (lambda d: d["edges"][0].update(weight=2), "unknown field"),
    "wrong edge order": (lambda d: _edge(d, "has_phase").update(order="1"), "wrong order"),
    "duplicate edge": (lambda d: d["edges"].append(dict(d["edges"][0])), "twice"),
    "edge joins wrong kinds": (lambda d: _edge(d, "about").update(target="tp-0"), "cannot join"),
    "card without cell": (
        lambda d: d.update(edges=[e for e in d["edges"] if e["source"] != "tp-0"]),
        "no cell",
    ),
    "broken surrogate": (lambda d: node(d, "tp-0").update(title="\ud800"), "broken characters"),
    "photo not a string": (lambda d: node(d, "persona-ana").update(photo=[1]), "media file"),
    "wrong format name": (lambda d: d.update(format="other"), "not a MapStudio project"),
}


def _edge(document: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(e for e in document["edges"] if e["kind"] == kind)


@pytest.mark.parametrize("case", sorted(CASES))
def test_invalid_project_is_refused(case: str) -> None:
    change, fragment = CASES[case]
    message = refused(mutated(change), fragment)
    assert len(message) < 400


def test_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.mapstudio"
    path.write_bytes(saved_project())
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    with pytest.raises(ProjectFileError, match=r"“big\.mapstudio” is too large to open safely"):
        load_project(path)
