"""Property: any mutation of a valid file loads into a valid project or is refused
with a `ProjectFileError` from the checks, never with anything else."""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.fileformat import ProjectFileError, project_from_bytes
from mapstudio.model.validate import project_problems
from tests.fileformat.builders import document_of, entries_of, saved_project, zip_bytes

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def base() -> bytes:
    return saved_project()


@cache
def paths() -> list[tuple[Any, ...]]:
    """Every place in the valid document that holds a value."""
    found: list[tuple[Any, ...]] = []

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        found.append(path)
        if isinstance(value, dict):
            for key, child in value.items():
                walk(child, (*path, key))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, (*path, index))

    walk(document_of(base()), ())
    return found[1:]


def check_loads_or_refuses(data: bytes) -> None:
    try:
        project = project_from_bytes(data, "fuzz.mapstudio")
    except ProjectFileError as error:
        assert "unexpected" not in str(error), str(error)
        assert str(error).startswith("“fuzz.mapstudio” ")
    else:
        assert project_problems(project) == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=5,
)


@FUZZ
@given(st.integers(min_value=0, max_value=5000))
def test_truncated(keep: int) -> None:
    check_loads_or_refuses(base()[:keep])


@FUZZ
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)), min_size=1, max_size=4))
def test_flipped_bytes(flips: list[tuple[int, int]]) -> None:
    data = bytearray(base())
    for position, mask in flips:
        data[position % len(data)] ^= mask
    check_loads_or_refuses(bytes(data))


@FUZZ
@given(st.data())
def test_dropped_entries(data: st.DataObject) -> None:
    entries = entries_of(base())
    keep = data.draw(st.lists(st.booleans(), min_size=len(entries), max_size=len(entries)))
    check_loads_or_refuses(zip_bytes([e for e, k in zip(entries, keep, strict=True) if k]))


@FUZZ
@given(st.data(), json_values)
def test_values_replaced(data: st.DataObject, replacement: Any) -> None:
    path = data.draw(st.sampled_from(paths()))
    document = copy.deepcopy(document_of(base()))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    text = json.dumps(document).encode("utf-8")
    entries = [(n, text if n == "project.json" else c) for n, c in entries_of(base())]
    check_loads_or_refuses(zip_bytes(entries))
