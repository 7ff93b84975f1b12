"""Reading an import's text from a path, bytes or a string, within size limits.

Imports are untrusted input (a file mailed by an agency, a paste from a wiki),
so the size is checked before anything is decoded or parsed.
"""

from __future__ import annotations

from pathlib import Path

from mapstudio.interchange.errors import InterchangeError

Source = str | bytes | Path


def read_text(source: Source, max_bytes: int, error: type[InterchangeError]) -> tuple[str, str]:
    """The text of `source` and a name for messages ("" for text given directly).

    A `str` is taken as the text itself unless it is one line naming an
    existing file. Bytes must be UTF-8, with or without a byte-order mark.
    """
    name = ""
    if isinstance(source, str) and "\n" not in source and _is_file(source):
        source = Path(source)
    if isinstance(source, Path):
        name = source.name
        try:
            with open(source, "rb") as file:
                data = file.read(max_bytes + 1)
        except OSError as exc:
            raise error([(0, f"it cannot be read ({exc.strerror or exc})")], name) from None
        source = data
    if isinstance(source, bytes):
        if len(source) > max_bytes:
            raise error([(0, f"it is larger than {max_bytes // 1_000_000} MB")], name)
        try:
            text = source.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = source[: exc.start].count(b"\n") + 1
            raise error(
                [(line, "the text is not UTF-8; save the file as “CSV UTF-8” or UTF-8 text")],
                name,
            ) from None
    else:
        if len(source) > max_bytes:
            raise error([(0, f"it is larger than {max_bytes // 1_000_000} MB")], name)
        text = source.removeprefix("\ufeff")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise error([(line, "it contains binary data, not text")], name)
    return text, name


def _is_file(text: str) -> bool:
    try:
        return len(text) < 4096 and Path(text).is_file()
    except (OSError, ValueError):
        return False
