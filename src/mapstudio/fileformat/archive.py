"""The zip container: deterministic writing, guarded reading.

Reading never extracts to disk and only ever opens the entries it asks for by
exact name, so names like `../x` are never touched. Before anything is
decompressed, the directory is checked (entry count, declared sizes, their
total, compression ratios), and every read is capped whatever the directory
claims, so a zip bomb costs neither memory nor time.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Mapping

from mapstudio.fileformat import limits, schema
from mapstudio.fileformat.errors import TOO_LARGE, WRONG_FILE, FileProblem, unreadable

# A fixed timestamp and platform so the same project gives the same bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)
_UNIX = 3
_FILE_MODE = 0o100644 << 16
_READ_CHUNK = 64 * 1024

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_MAX_COMMENT = 0xFFFF
_SUPPORTED_METHODS = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
# Errors zipfile and zlib raise on broken archives, besides BadZipFile.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    RuntimeError,  # encrypted entries
    NotImplementedError,  # unknown compression
    IndexError,
    KeyError,
    OverflowError,
)


# ------------------------------------------------------------------- writing
def write_archive(project_json: bytes, media: Mapping[str, bytes]) -> bytes:
    """The `.mapstudio` bytes: mimetype (stored, first), project.json, media sorted."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        _write(archive, schema.MIMETYPE_ENTRY, schema.MIME_TYPE.encode("ascii"), stored=True)
        _write(archive, schema.PROJECT_ENTRY, project_json)
        for name in sorted(media):
            # Images are already compressed; deflating them again wastes time.
            _write(archive, name, media[name], stored=True)
    return buffer.getvalue()


def _write(archive: zipfile.ZipFile, name: str, data: bytes, stored: bool = False) -> None:
    info = zipfile.ZipInfo(name, date_time=_EPOCH)
    info.create_system = _UNIX
    info.external_attr = _FILE_MODE
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    archive.writestr(info, data, compresslevel=6)


# ------------------------------------------------------------------- reading
class ProjectArchive:
    """An opened, pre-checked archive from which entries are read by exact name."""

    def __init__(self, data: bytes) -> None:
        if len(data) > limits.MAX_FILE_BYTES:
            raise _too_large(f"{len(data) // (1024 * 1024)} MB")
        if not data.startswith(b"PK\x03\x04"):
            raise FileProblem("is not a MapStudio project (it is not a zip archive)", WRONG_FILE)
        _check_directory_size(data)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _ZIP_ERRORS:
            raise unreadable("its zip structure is broken") from None
        self._infos, self._duplicates = _checked_entries(infos)

    def names(self) -> frozenset[str]:
        return frozenset(self._infos)

    def read(self, name: str, limit: int) -> bytes:
        """The entry's bytes, reading at most `limit` whatever its header says.

        Raises `KeyError` if there is no such entry.
        """
        info = self._infos[name]
        if name in self._duplicates:
            raise unreadable(f"it holds “{_short(name)}” twice")
        if info.compress_type not in _SUPPORTED_METHODS:
            raise unreadable(f"“{name}” inside it is compressed in an unsupported way")
        if info.file_size > limit:
            raise _too_large(f"“{name}” inside it is over the limit")
        chunks: list[bytes] = []
        total = 0
        try:
            with self._zip.open(info) as entry:
                while chunk := entry.read(_READ_CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise _too_large(f"“{name}” inside it is over the limit")
                    chunks.append(chunk)
        except _ZIP_ERRORS:
            raise unreadable(f"“{name}” inside it is damaged") from None
        return b"".join(chunks)


def _too_large(detail: str) -> FileProblem:
    return FileProblem(f"is too large to open safely ({detail})", TOO_LARGE)


def _check_directory_size(data: bytes) -> None:
    """Refuse a zip directory too big to parse, from the end record alone."""
    tail_start = max(0, len(data) - _EOCD_SIZE - _MAX_COMMENT)
    position = data.rfind(_EOCD, tail_start)
    if position < 0 or position + _EOCD_SIZE > len(data):
        raise unreadable("it is cut short or its zip structure is broken")
    _, _, _, _, count, directory_size, _, _ = struct.unpack_from("<4s4H2LH", data, position)
    if count > limits.MAX_ENTRIES:
        raise _too_large(f"it holds {count} files, more than {limits.MAX_ENTRIES}")
    if directory_size > limits.MAX_CENTRAL_DIRECTORY_BYTES:
        raise _too_large("its list of contents is over the limit")


def _checked_entries(
    infos: list[zipfile.ZipInfo],
) -> tuple[dict[str, zipfile.ZipInfo], set[str]]:
    """Entries by name, and the names that occur twice (ambiguous, so never read)."""
    if len(infos) > limits.MAX_ENTRIES:
        raise _too_large(f"it holds {len(infos)} files, more than {limits.MAX_ENTRIES}")
    total = 0
    entries: dict[str, zipfile.ZipInfo] = {}
    duplicates: set[str] = set()
    for info in infos:
        if info.file_size > limits.MAX_ENTRY_BYTES:
            raise _too_large(f"“{_short(info.filename)}” inside it is over the limit")
        total += info.file_size
        if total > limits.MAX_TOTAL_UNCOMPRESSED_BYTES:
            raise _too_large("its contents add up to more than the limit")
        ratio_base = max(info.compress_size, 1)
        if (
            info.file_size > limits.RATIO_CHECK_MIN_BYTES
            and info.file_size / ratio_base > limits.MAX_COMPRESSION_RATIO
        ):
            raise _too_large(f"“{_short(info.filename)}” inside it is suspiciously compressed")
        if info.filename in entries:
            duplicates.add(info.filename)
        entries[info.filename] = info
    return entries, duplicates


def _short(name: str) -> str:
    return name if len(name) <= 60 else name[:57] + "…"
