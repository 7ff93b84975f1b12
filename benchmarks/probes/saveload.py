"""Save and load a big project, against json.dumps/json.loads plus zip of the same data.

    python -m benchmarks.probes.saveload mapstudio BIG.mapstudio WORKDIR
    python -m benchmarks.probes.saveload bare BIG.mapstudio WORKDIR

MapStudio's side opens BIG once (unmeasured), then times `save_project` (the
real save: serialise, check photos, deterministic zip, write beside, fsync,
keep a backup, rename) and `load_project` of what it wrote (guarded read,
checks, migration, the model's rules). The bare side reads BIG's
project.json and photos with zipfile (unmeasured), then times `json.dumps`
plus a zip with the same entries written and fsynced, and the zip read plus
`json.loads`. Each side repeats `--rounds` times and reports its medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import zipfile
from pathlib import Path

PROJECT_ENTRY = "project.json"
MEDIA_DIR = "media/"
DEFAULT_ROUNDS = 3


def mapstudio_rounds(source: Path, work: Path, rounds: int) -> list[tuple[float, float]]:
    from mapstudio.fileformat import load_project, save_project

    project = load_project(source)
    target = work / "saved.mapstudio"
    results = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        save_project(project, target)
        t1 = time.perf_counter()
        load_project(target)
        results.append((t1 - t0, time.perf_counter() - t1))
    return results


def _write_synced(path: Path, document: dict, media: dict[str, bytes]) -> None:
    with open(path, "wb") as file:
        with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(PROJECT_ENTRY, json.dumps(document, ensure_ascii=False))
            for name, data in media.items():
                archive.writestr(name, data, zipfile.ZIP_STORED)
        file.flush()
        os.fsync(file.fileno())


def _read(path: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read(PROJECT_ENTRY))
        media = {n: archive.read(n) for n in archive.namelist() if n.startswith(MEDIA_DIR)}
    return document, media


def bare_rounds(source: Path, work: Path, rounds: int) -> list[tuple[float, float]]:
    document, media = _read(source)
    target = work / "saved.zip"
    results = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        _write_synced(target, document, media)
        t1 = time.perf_counter()
        _read(target)
        results.append((t1 - t0, time.perf_counter() - t1))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.probes.saveload")
    parser.add_argument("side", choices=("mapstudio", "bare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--rounds", type=int, default=DEFAULT_ROUNDS)
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    run = mapstudio_rounds if args.side == "mapstudio" else bare_rounds
    results = run(args.file, args.workdir, args.rounds)
    print(
        json.dumps(
            {
                "save_ms": 1000 * statistics.median(s for s, _ in results),
                "load_ms": 1000 * statistics.median(x for _, x in results),
                "rounds": args.rounds,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
