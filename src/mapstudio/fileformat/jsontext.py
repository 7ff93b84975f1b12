"""project.json as text: deterministic writing, guarded reading.

Writing keeps the key order the serializer built and a fixed layout, so the
same project always gives the same bytes (saves diff well, round trips compare
equal). Reading refuses oversized, overly nested, duplicated-key and non-
standard (NaN, Infinity) JSON, since the text is untrusted.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

from mapstudio.fileformat import limits
from mapstudio.fileformat.errors import FileProblem, unreadable

# A JSON string literal (escapes included) or a bracket: strings are skipped so
# brackets inside text do not count towards the nesting depth.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def encode(document: dict[str, Any]) -> bytes:
    """UTF-8 JSON, indented, keys in the order built, ending with a newline."""
    text = json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def nesting_depth(text: str) -> int:
    """Deepest bracket nesting of JSON text, found without parsing it."""
    brackets = _BRACKET.findall(_STRING.sub("", text))
    return max(accumulate(_DEPTH_STEP[b] for b in brackets), default=0)


def decode(data: bytes) -> Any:
    """Parse project.json, or raise `FileProblem` saying what is wrong with it."""
    if len(data) > limits.MAX_JSON_BYTES:
        raise FileProblem("is too large to open (its project data is over the limit)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise unreadable("its project data is not UTF-8 text") from None
    if nesting_depth(text) > limits.MAX_JSON_DEPTH:
        raise unreadable("its project data is nested too deeply")
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except FileProblem:
        raise
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, huge int literals
        raise unreadable(f"its project data is not valid JSON: {_short(exc)}") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise unreadable("its project data names the same field twice")
    return result


def _no_constant(name: str) -> Any:
    raise unreadable(f"its project data contains {name}, which is not a number")


def _short(exc: Exception) -> str:
    return str(exc)[:120]
