"""Property: any mutation of a valid file loads into a valid project or is refused
with a `ProjectFileError` from the checks, never with anything else; and
`mapstudio info` on a refused file exits 2 with one line on stderr.

The five mutation tests run 400 examples each and the `info` test 100, so
2 100 files in all; `MAPSTUDIO_FUZZ_EXAMPLES` raises the 400 for a longer run.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.cli import main as cli_main
from mapstudio.fileformat import ProjectFileError, project_from_bytes
from mapstudio.model.validate import project_problems
from tests.fileformat.builders import document_of, entries_of, saved_project, zip_bytes

EXAMPLES = int(os.environ.get("MAPSTUDIO_FUZZ_EXAMPLES", "400"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROOT = Path(__file__).resolve().parents[2]


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


def check_loads_or_refuses(data: bytes) -> bool:
    """True when the file was refused (with a proper message), False when it loaded."""
    try:
        project = project_from_bytes(data, "fuzz.mapstudio")
    except ProjectFileError as error:
        assert "unexpected" not in str(error), str(error)
        assert str(error).startswith("“fuzz.mapstudio” ")
        return True
    assert project_problems(project) == []
    return False


def with_replaced(path: tuple[Any, ...], replacement: Any, delete: bool) -> bytes:
    """The base file with the value at `path` in project.json replaced (or deleted)."""
    document = copy.deepcopy(document_of(base()))
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    text = json.dumps(document).encode("utf-8")
    return zip_bytes([(n, text if n == "project.json" else c) for n, c in entries_of(base())])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=5,
)
# Values at and beyond the limits: long texts, big numbers, long lists, deep nesting.
huge_values = st.one_of(
    st.integers(min_value=10**8, max_value=10**40) | st.integers(max_value=-(10**8)),
    st.builds(lambda n, c: c * n, st.integers(99_990, 110_000), st.sampled_from('a[{"é\\')),
    st.builds(lambda n: ["user"] * n, st.integers(50, 5_000)),
    st.builds(lambda n: [[[]]] * n, st.integers(1, 5_000)),
    st.builds(lambda d: json.loads("[" * d + "]" * d), st.integers(10, 60)),
    st.floats(allow_nan=True, allow_infinity=True),
)
hostile_names = st.sampled_from(
    [
        "../evil",
        "/etc/passwd",
        "C:\\x",
        "media/../../x",
        "project.json",
        "mimetype",
        "media/",
        "a" * 300,
    ]
)


def mutations() -> st.SearchStrategy[bytes]:
    """A bad (or harmlessly changed) file made by one of the mutations below."""
    data = base()
    return st.one_of(
        st.integers(0, len(data)).map(lambda keep: data[:keep]),
        st.tuples(st.integers(0, len(data) - 1), st.integers(1, 255)).map(
            lambda flip: data[: flip[0]] + bytes([data[flip[0]] ^ flip[1]]) + data[flip[0] + 1 :]
        ),
        st.tuples(st.sampled_from(paths()), json_values, st.booleans()).map(
            lambda t: with_replaced(*t)
        ),
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
def test_dropped_renamed_or_added_entries(data: st.DataObject) -> None:
    entries = entries_of(base())
    changed: list[tuple[str, bytes]] = []
    for name, content in entries:
        action = data.draw(st.sampled_from(["keep", "keep", "drop", "rename", "twice"]))
        if action == "keep":
            changed.append((name, content))
        elif action == "rename":
            changed.append((data.draw(hostile_names), content))
        elif action == "twice":
            changed += [(name, content), (name, data.draw(st.binary(max_size=16)))]
    changed += data.draw(st.lists(st.tuples(hostile_names, st.binary(max_size=16)), max_size=3))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about duplicate names
        archive = zip_bytes(changed)
    check_loads_or_refuses(archive)


@FUZZ
@given(st.sampled_from(paths()), json_values, st.booleans())
def test_values_replaced(path: tuple[Any, ...], replacement: Any, delete: bool) -> None:
    check_loads_or_refuses(with_replaced(path, replacement, delete))


@FUZZ
@given(st.sampled_from(paths()), huge_values)
def test_huge_values(path: tuple[Any, ...], replacement: Any) -> None:
    check_loads_or_refuses(with_replaced(path, replacement, delete=False))


# ------------------------------------------------------------ mapstudio info
# One file rewritten per example (hypothesis cannot use the tmp_path fixture).
_FOLDER = Path(tempfile.mkdtemp(prefix="mapstudio-fuzz-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations())
def test_info_on_a_bad_file_exits_2_with_one_line(data: bytes) -> None:
    refused = check_loads_or_refuses(data)
    path = _FOLDER / "fuzz.mapstudio"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli_main(["info", str(path)])
    if refused:
        assert status == 2
        lines = err.getvalue().splitlines()
        assert len(lines) == 1 and lines[0].startswith("mapstudio: error: “fuzz.mapstudio” ")
    else:
        assert status == 0 and err.getvalue() == ""


def test_info_in_a_real_process_on_bad_files(tmp_path: Path) -> None:
    """The console command itself, on one file per kind of damage, side by side."""
    data = base()
    bad = {
        "cut.mapstudio": data[: len(data) // 2],
        "dangling.mapstudio": with_replaced(("edges", 0, "target"), "nowhere", delete=False),
        "huge-text.mapstudio": with_replaced(("nodes", 0, "name"), "x" * 200_000, delete=False),
    }
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    children = {}
    for name, content in bad.items():
        (tmp_path / name).write_bytes(content)
        children[name] = subprocess.Popen(
            [sys.executable, "-m", "mapstudio", "info", str(tmp_path / name)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
    for name, child in children.items():
        out, err = child.communicate(timeout=60)
        lines = err.splitlines()
        assert child.returncode == 2, (name, out, err)
        assert len(lines) == 1 and lines[0].startswith(f"mapstudio: error: “{name}” "), err
        assert out == ""
