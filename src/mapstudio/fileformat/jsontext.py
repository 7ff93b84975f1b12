"""project.json as text: deterministic writing, guarded reading.

Writing keeps the key order the serializer built and a fixed layout, so the
same project always gives the same bytes (saves diff well, round trips compare
equal). Reading refuses oversized, overly nested, duplicated-key and non-
standard (NaN, Infinity) JSON, since the text is untrusted.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate, groupby
from typing import Any

from mapstudio.fileformat import limits
from mapstudio.fileformat.errors import FileProblem, unreadable

_TOO_DEEP = "its project data is nested too deeply"
# A JSON string literal (escapes included) or a bracket: strings are skipped so
# brackets inside text do not count towards the nesting depth.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
INDENT = 2
# Objects of a top-level list (nodes, edges) whose values are all scalars are
# written by json's C encoder, a whole run of them per call: its item
# separator carries the newline and indentation that `indent=INDENT` gives the
# fields, and the seams between objects are then re-indented. The text is the
# same as with `indent=INDENT` (json only uses its C encoder without indent),
# several times faster. JSON strings hold no raw newline, so the seams are
# unambiguous.
_FIELD = "\n" + " " * (3 * INDENT)
_ITEM = "\n" + " " * (2 * INDENT)
_FLAT_RUN = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, separators=("," + _FIELD, ": ")
).encode
_SEAM = "}," + _FIELD + "{"
_SCALARS = frozenset((str, int, float, bool, type(None)))


def encode(document: dict[str, Any]) -> bytes:
    """UTF-8 JSON, indented, keys in the order built, ending with a newline.

    The same text as `json.dumps(document, ensure_ascii=False, indent=2)`;
    the top-level lists of objects (the nodes and edges) go through
    `_object_list`, everything else through `json.dumps`.
    """
    skeleton: dict[str, Any] = {}
    lists: dict[str, str] = {}
    for key, value in document.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            marker = f"\x00{len(lists)}\x00"
            lists[json.dumps(marker)] = _object_list(value)
            skeleton[key] = marker
        else:
            skeleton[key] = value
    text = json.dumps(skeleton, ensure_ascii=False, indent=INDENT, allow_nan=False)
    for marker, written in lists.items():
        text = text.replace(marker, written, 1)
    return (text + "\n").encode("utf-8")


def _object_list(items: list[dict[str, Any]]) -> str:
    """A top-level list of objects, laid out as `indent=INDENT` would."""
    parts: list[str] = []
    for flat, run in groupby(items, key=_is_flat):
        if flat:
            text = _FLAT_RUN(list(run))[2:-2]  # without the list's and outer objects' brackets
            seams = text.replace(_SEAM, _ITEM + "}," + _ITEM + "{" + _FIELD)
            parts.append("{" + _FIELD + seams + _ITEM + "}")
        else:
            for item in run:
                text = json.dumps(item, ensure_ascii=False, indent=INDENT, allow_nan=False)
                parts.append(text.replace("\n", _ITEM))
    return "[" + _ITEM + ("," + _ITEM).join(parts) + "\n" + " " * INDENT + "]"


def _is_flat(item: dict[str, Any]) -> bool:
    return bool(item) and set(map(type, item.values())) <= _SCALARS


def text_nesting_depth(text: str) -> int:
    """Deepest bracket nesting of JSON text, found without parsing it."""
    brackets = _BRACKET.findall(_STRING.sub("", text))
    return max(accumulate(_DEPTH_STEP[b] for b in brackets), default=0)


def nesting_depth(value: Any) -> int:
    """Deepest nesting of lists and objects in a parsed JSON value, level by level.

    A valid file's depth is checked after parsing: json's parser refuses
    nesting deeper than Python's recursion limit by itself (`RecursionError`),
    so a hostile file cannot make it dig deep, and counting on the parsed
    value needs neither a copy of the text nor a scan of every character
    (which, on a big project, took as long and as much memory as parsing).
    Text that does not parse is measured with `text_nesting_depth`, so too
    deep a file is always reported as such.
    """
    depth = 0
    level = [value]
    while True:
        containers = [v for v in level if isinstance(v, dict | list)]
        if not containers:
            return depth
        depth += 1
        level = [child for c in containers for child in (c.values() if isinstance(c, dict) else c)]


def decode(data: bytes) -> Any:
    """Parse project.json, or raise `FileProblem` saying what is wrong with it."""
    if len(data) > limits.MAX_JSON_BYTES:
        raise FileProblem("is too large to open (its project data is over the limit)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise unreadable("its project data is not UTF-8 text") from None
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (FileProblem, ValueError, RecursionError) as exc:
        if isinstance(exc, RecursionError) or text_nesting_depth(text) > limits.MAX_JSON_DEPTH:
            raise unreadable(_TOO_DEEP) from None
        if isinstance(exc, FileProblem):
            raise
        # JSONDecodeError, huge int literals
        raise unreadable(f"its project data is not valid JSON: {_short(exc)}") from None
    if nesting_depth(document) > limits.MAX_JSON_DEPTH:
        raise unreadable(_TOO_DEEP)
    return document


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise unreadable("its project data names the same field twice")
    return result


def _no_constant(name: str) -> Any:
    raise unreadable(f"its project data contains {name}, which is not a number")


def _short(exc: Exception) -> str:
    return str(exc)[:120]
