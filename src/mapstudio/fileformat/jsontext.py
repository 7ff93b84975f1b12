"""project.json as text: deterministic writing, guarded reading.

Writing keeps the key order the serializer built and a fixed layout, so the
same project always gives the same bytes (saves diff well, round trips compare
equal). Reading refuses oversized, duplicated-key and non-standard (NaN,
Infinity) JSON, and text nested too deeply for the parser, since the text is
untrusted. How deeply a parsed document may nest is the reader's rule
(`refuse_too_deep`): it measures what its own checks do not already show
flat, which on a big project is nearly nothing.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

from mapstudio.fileformat import limits
from mapstudio.fileformat.errors import FileProblem, unreadable

_TOO_DEEP = "its project data is nested too deeply"
# A JSON string literal (escapes included) or a bracket: strings are skipped so
# brackets inside text do not count towards the nesting depth.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_CONTAINERS = frozenset((dict, list))
# The JSON escape of a UTF-16 surrogate, \uD800 to \uDFFF, in the raw bytes.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
# One field or list item per line, no indentation: json writes this with its
# C encoder (any `indent` makes it fall back to its pure-Python one, which
# made saving a big project three times slower). JSON strings hold no raw
# newline, so every line break is a separator and a diff shows changed fields.
_ENCODE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",\n", ":")).encode


def encode(document: dict[str, Any]) -> bytes:
    """UTF-8 JSON, one field per line, keys in the order built, ending with a newline."""
    return (_ENCODE(document) + "\n").encode("utf-8")


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

    Each container's children are sorted by their types at C speed
    (`set(map(type, …))`): a node's dozen plain values are passed over
    without a Python step each, and a list of nodes is taken whole.
    """
    if not isinstance(value, dict | list):
        return 0
    depth = 0
    level = [value]
    while level:
        depth += 1
        below: list[Any] = []
        for container in level:
            children = container.values() if isinstance(container, dict) else container
            kinds = set(map(type, children))
            if kinds.isdisjoint(_CONTAINERS):
                continue
            if kinds <= _CONTAINERS:
                below.extend(children)
            else:
                below.extend(child for child in children if isinstance(child, dict | list))
        level = below
    return depth


def may_hold_surrogates(data: bytes) -> bool:
    """Whether JSON text could decode to a string holding a lone surrogate.

    UTF-8 cannot encode surrogates (decoding refuses them), so one can only
    come from a `\\uD800`…`\\uDFFF` escape; MapStudio writes none. A text
    without any such escape spares the loader checking every string.
    """
    return _SURROGATE_ESCAPE.search(data) is not None


def decode(data: bytes) -> Any:
    """Parse project.json, or raise `FileProblem` saying what is wrong with it.

    The parsed value's nesting is left to the reader (`refuse_too_deep`).
    """
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
    return document


def refuse_too_deep(value: Any, levels_above: int = 0) -> None:
    """Raise `FileProblem` if `value`, found `levels_above` containers deep, nests too deeply."""
    if levels_above + nesting_depth(value) > limits.MAX_JSON_DEPTH:
        raise unreadable(_TOO_DEEP)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise unreadable("its project data names the same field twice")
    return result


def _no_constant(name: str) -> Any:
    raise unreadable(f"its project data contains {name}, which is not a number")


def _short(exc: Exception) -> str:
    return str(exc)[:120]
