"""Schema versions: newer files are refused, older ones migrated step by step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from mapstudio.fileformat import (
    SCHEMA_VERSION,
    ProjectFileError,
    load_project,
    project_from_bytes,
    schema,
)
from mapstudio.fileformat import migrate as migrate_module
from mapstudio.fileformat.errors import FileProblem
from mapstudio.fileformat.migrate import upgrade
from tests.fileformat.builders import build_project, document_of, saved_project, with_document


def test_newer_file_names_the_app_version() -> None:
    data = saved_project()
    document = document_of(data)
    document["schema_version"] = SCHEMA_VERSION + 1
    document["generator"]["version"] = "7.2.0"
    document["nodes"] = "anything: the newer layout is not ours to judge"
    with pytest.raises(ProjectFileError) as info:
        project_from_bytes(with_document(data, document), "x.mapstudio")
    assert str(info.value) == (
        "“x.mapstudio” was made by a newer MapStudio (version 7.2.0). Update MapStudio to open it."
    )


def test_newer_file_without_app_version_names_the_schema_version() -> None:
    data = saved_project()
    document = document_of(data)
    document["schema_version"] = 9
    del document["generator"]
    with pytest.raises(ProjectFileError, match=r"made by a newer MapStudio \(version 9\)"):
        project_from_bytes(with_document(data, document))


def _rename_personas(document: dict[str, Any]) -> dict[str, Any]:
    """A fake v1 → v2 migration: rewrites a field so its effect is visible."""
    for node in document["nodes"]:
        if node["type"] == "persona":
            node["name"] = node["name"].upper()
    return {**document, "schema_version": 2}


def test_migration_hook_upgrades_old_files(monkeypatch: pytest.MonkeyPatch) -> None:
    data = saved_project()  # written as version 1
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrate_module, "MIGRATIONS", {1: _rename_personas})
    project = project_from_bytes(data)
    assert project.persona("persona-bo").name == "BO"


def test_missing_migration_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = saved_project()  # written as version 1
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrate_module, "MIGRATIONS", {1: _rename_personas})
    with pytest.raises(ProjectFileError, match="upgrade format version 2"):
        project_from_bytes(data)


def test_migration_must_advance_the_version() -> None:
    with pytest.raises(FileProblem, match="went wrong"):
        upgrade({"schema_version": 1}, current=2, migrations={1: lambda d: d})


def test_migrations_chain_in_order() -> None:
    steps = {
        n: (lambda d, n=n: {**d, "schema_version": n + 1, "seen": [*d["seen"], n]}) for n in (1, 2)
    }
    result = upgrade({"schema_version": 1, "seen": []}, current=3, migrations=steps)
    assert result["seen"] == [1, 2]


def test_register_refuses_two_migrations_from_one_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(migrate_module, "MIGRATIONS", {})
    migrate_module.migration(1)(_rename_personas)
    with pytest.raises(ValueError, match="two migrations"):
        migrate_module.migration(1)(_rename_personas)


def test_current_version_has_no_migrations_yet() -> None:
    assert SCHEMA_VERSION == 1
    assert all(v < SCHEMA_VERSION for v in migrate_module.MIGRATIONS)


# A file written by schema version 1, kept as it is forever: every later
# MapStudio must open it (through the migrations once the format changes).
V1_FIXTURE = Path(__file__).parent / "fixtures" / "project-v1.mapstudio"


def test_version_1_fixture_still_opens() -> None:
    data = V1_FIXTURE.read_bytes()
    assert document_of(data)["schema_version"] == 1
    project = load_project(V1_FIXTURE)
    assert nx.utils.graphs_equal(project.graph, build_project().graph)
