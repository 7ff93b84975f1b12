"""Running one measurement: a fresh subprocess, its wall time and its peak memory.

Every figure comes from separate processes so no run inherits another's
caches or heap. Wall time is taken around the whole process (start-up and
exit included, for both sides alike); peak RSS comes from the kernel's
rusage of that one child (`os.wait4`), so it is exact per process.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PROCESS_TIMEOUT_S = 300


class BenchError(RuntimeError):
    """A measured process failed: the row cannot be measured."""


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    peak_rss_kb: int
    stdout: str

    def figures(self) -> dict[str, Any]:
        """The JSON object a probe printed on its last line."""
        lines = [line for line in self.stdout.splitlines() if line.strip()]
        if not lines:
            raise BenchError("the probe printed no figures")
        return json.loads(lines[-1])


def bench_env(home: Path) -> dict[str, str]:
    """The environment of every measured process: offscreen Qt, settings kept in
    `home` (never the user's own), the repository importable for the baselines."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    # Both sides use compiled bytecode, as an installed application does, even
    # where the shell says PYTHONDONTWRITEBYTECODE (the cache lives in build/).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(REPO / "build" / "bench-pycache")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    return env


def run_process(command: Sequence[str], env: dict[str, str]) -> ProcessRun:
    """Run `command` to completion; its wall time, peak RSS and stdout."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(list(command), stdout=out, stderr=err, env=env, cwd=REPO)
        _, status, usage = _wait(process)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        tail = " ".join(stderr.strip().splitlines()[-3:]) or "no message"
        raise BenchError(f"{' '.join(command[:4])}… exited with {code}: {tail}")
    return ProcessRun(seconds, int(usage.ru_maxrss), stdout)


def _wait(process: subprocess.Popen) -> tuple[int, int, Any]:
    """Block until the child ends (killing it after the timeout); its rusage."""
    timer = threading.Timer(PROCESS_TIMEOUT_S, process.kill)
    timer.start()
    try:
        pid, status, usage = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
    if process.returncode == -9:
        raise BenchError(f"a measured process ran over {PROCESS_TIMEOUT_S} s and was stopped")
    return pid, status, usage


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def mapstudio_command() -> list[str]:
    """The `mapstudio` console script of this environment (`python -m` if absent)."""
    script = Path(sys.executable).with_name("mapstudio")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mapstudio"]


def python_module(module: str) -> list[str]:
    return [sys.executable, "-m", module]


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    memory_gb: float
    system: str
    python: str
    qt: str
    pyside: str
    reportlab: str

    def describe(self) -> str:
        return (
            f"{self.cpu}, {self.cores} cores, {self.memory_gb:.0f} GB RAM, {self.system}; "
            f"Python {self.python}, Qt {self.qt} (PySide6 {self.pyside}), "
            f"reportlab {self.reportlab}"
        )


def machine() -> Machine:
    """What the figures were measured on."""
    import PySide6
    import reportlab
    from PySide6.QtCore import qVersion

    return Machine(
        cpu=_proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown CPU",
        cores=os.cpu_count() or 1,
        memory_gb=_memory_kb() / 1024 / 1024,
        system=f"{platform.system()} {platform.release()}",
        python=platform.python_version(),
        qt=qVersion(),
        pyside=PySide6.__version__,
        reportlab=reportlab.Version,
    )


def _proc_field(path: str, name: str) -> str:
    try:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == name:
                return value.strip()
    except OSError:
        pass
    return ""


def _memory_kb() -> float:
    value = _proc_field("/proc/meminfo", "MemTotal").split()
    return float(value[0]) if value else 0.0
