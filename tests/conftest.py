"""Test setup: Qt runs offscreen, before anything imports it."""

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")


@pytest.fixture(autouse=True, scope="session")
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory):
    """Autosaves and recovery files of every test go to a temporary folder, never
    the user's own (`mapstudio.paths.data_dir()` reads MAPSTUDIO_DATA_DIR)."""
    previous = os.environ.get("MAPSTUDIO_DATA_DIR")
    os.environ["MAPSTUDIO_DATA_DIR"] = str(tmp_path_factory.mktemp("mapstudio-data"))
    yield
    if previous is None:
        os.environ.pop("MAPSTUDIO_DATA_DIR", None)
    else:
        os.environ["MAPSTUDIO_DATA_DIR"] = previous
