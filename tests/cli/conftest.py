"""Shared helpers for command-line tests: the example's path, a child `mapstudio`."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "boutique-deco.mapstudio"


def run_mapstudio(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python -m mapstudio ARGS` in a child process, offscreen, from the repo root."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "mapstudio", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )


@pytest.fixture
def example() -> Path:
    return EXAMPLE


@pytest.fixture
def mapstudio() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_mapstudio
