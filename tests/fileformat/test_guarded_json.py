"""Repeated fields and deep nesting are refused wherever they hide in project.json.

Nodes and links are checked in bulk and measured for nesting only when
checked alone (`serialize._refuse_too_deep`), so these pin that a file is
refused exactly as when the whole document was measured first: too deep
means deeper than `limits.MAX_JSON_DEPTH`, wherever the depth is.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from mapstudio.fileformat import (
    ProjectFileError,
    jsontext,
    limits,
    project_from_bytes,
    project_from_json_dict,
)
from tests.fileformat.builders import document_of, saved_project, with_document, with_entry

TOO_DEEP = "nested too deeply"


def nested(depth: int) -> Any:
    """A value `depth` containers deep: lists, and an object in the middle."""
    value: Any = "x"
    for level in range(depth):
        value = {"k": value} if level == depth // 2 else [value]
    return value


def loaded(document: dict[str, Any]) -> str | None:
    """The refusal message for a file holding `document`, None if it loads."""
    try:
        project_from_bytes(with_document(saved_project(), document), "x.mapstudio")
    except ProjectFileError as error:
        assert "unexpected" not in str(error)
        return str(error)
    return None


def document() -> dict[str, Any]:
    return document_of(saved_project())


def text_of(document: dict[str, Any]) -> bytes:
    return jsontext.encode(document)


@pytest.mark.parametrize("spaces", ["", " ", "\n\t "])
def test_a_field_named_twice_in_a_node_is_refused(spaces: str) -> None:
    text = text_of(document()).decode()
    repeated = text.replace('"id":"tp-1"', f'"id":"tp-1",\n"title"{spaces}:"twice"', 1)
    assert repeated != text
    data = with_entry(saved_project(), "project.json", repeated.encode())
    with pytest.raises(ProjectFileError, match="same field twice"):
        project_from_bytes(data)


def test_a_field_named_twice_in_a_link_or_at_the_top_is_refused() -> None:
    text = text_of(document()).decode()
    for repeated in (
        text.replace('"kind":"flows_to"', '"kind":"flows_to",\n"kind":"flows_to"', 1),
        text.replace('"schema_version":1', '"schema_version":1,"schema_version" : 1', 1),
    ):
        assert repeated != text
        data = with_entry(saved_project(), "project.json", repeated.encode())
        with pytest.raises(ProjectFileError, match="same field twice"):
            project_from_bytes(data)


def test_texts_that_look_like_json_load_as_they_are() -> None:
    doc = document()
    titles = ['say "hi": now', '"a" : "b"', '{"title": 1, "title": 2}', '\\": [[[[']
    tps = [n for n in doc["nodes"] if n["id"].startswith("tp-")]
    for node, title in zip(tps, titles, strict=False):
        node["title"] = title
    data = with_entry(saved_project(), "project.json", text_of(doc))
    project = project_from_bytes(data)
    assert [project.card(n["id"]).title for n in tps] == titles[: len(tps)]


@pytest.mark.parametrize("depth", [1, 12, 13, 14, 30])
def test_a_deep_value_in_a_node_is_too_deep_past_the_limit(depth: int) -> None:
    """A node's value sits 3 containers deep: the document, its list of nodes, the node."""
    doc = document()
    next(n for n in doc["nodes"] if n["id"] == "tp-0")["title"] = nested(depth)
    message = loaded(doc)
    assert message is not None
    assert (TOO_DEEP in message) == (3 + depth > limits.MAX_JSON_DEPTH)


@pytest.mark.parametrize("depth", [13, 14])
def test_a_deep_value_in_a_link_is_too_deep_past_the_limit(depth: int) -> None:
    doc = document()
    doc["edges"][0]["label"] = nested(depth)
    message = loaded(doc)
    assert message is not None
    assert (TOO_DEEP in message) == (3 + depth > limits.MAX_JSON_DEPTH)


@pytest.mark.parametrize("where", ["generator", "unknown", "node item", "link item"])
def test_deep_nesting_anywhere_is_too_deep(where: str) -> None:
    doc = document()
    deep = nested(limits.MAX_JSON_DEPTH)
    if where == "node item":
        doc["nodes"].insert(0, deep)
    elif where == "link item":
        doc["edges"].append(deep)
    else:
        doc[where] = deep
    message = loaded(doc)
    assert message is not None and TOO_DEEP in message


def test_deep_nesting_beside_other_problems_is_still_refused() -> None:
    doc = document()
    doc["format"] = "other"
    doc["generator"] = nested(limits.MAX_JSON_DEPTH)
    message = loaded(doc)
    assert message is not None and TOO_DEEP in message


def test_a_document_handed_over_in_memory_is_measured_too() -> None:
    doc = document()
    doc["nodes"][-1]["notes"] = nested(20)
    with pytest.raises(ProjectFileError, match=TOO_DEEP):
        project_from_json_dict(doc)
    assert json.dumps(doc)  # the document is left whole
