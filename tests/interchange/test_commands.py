"""`mapstudio convert` and `mapstudio check`, run in-process through the CLI's main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mapstudio.cli import main
from mapstudio.fileformat import load_project, save_project
from tests.interchange.helpers import rich_project

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "boutique-deco.mapstudio"


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "rich.mapstudio"
    save_project(rich_project(), path)
    return path


def test_convert_through_every_format(project_file: Path, tmp_path: Path) -> None:
    csv_path, mmd, back, graphml = (
        tmp_path / n for n in ("a.csv", "b.mmd", "c.mapstudio", "d.graphml")
    )
    assert main(["convert", str(project_file), str(csv_path), "--excel-fr"]) == 0
    assert csv_path.read_bytes().startswith("\ufeffÉtape;".encode())
    assert main(["convert", str(csv_path), str(mmd)]) == 0
    assert mmd.read_text(encoding="utf-8").startswith("journey\n")
    assert main(["convert", str(mmd), str(back)]) == 0
    assert [m.name for m in load_project(back).maps()] == ["a"]
    assert main(["convert", str(project_file), str(graphml)]) == 0
    assert "<graphml" in graphml.read_text(encoding="utf-8")


def test_convert_errors_are_one_line(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(project_file), str(tmp_path / "x.txt")]) == 2
    assert main(["convert", str(project_file), str(project_file)]) == 2
    assert main(["convert", str(tmp_path / "a.graphml"), str(tmp_path / "b.csv")]) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("phase,title,emotion\nA,ok,1\nA,bad,9\n", encoding="utf-8")
    assert main(["convert", str(bad), str(tmp_path / "bad.mmd"), "--strict"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert all(line.startswith("mapstudio: error: ") for line in err)
    assert "line 3:" in err[-1]
    assert main(["convert", str(bad), str(tmp_path / "bad.mmd")]) == 0
    assert "line 3:" in capsys.readouterr().err


def test_check_text_json_and_strict(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(project_file)]) == 0
    out = capsys.readouterr().out
    assert "phase-without-touchpoint" in out and "“Vide”" in out
    assert main(["check", str(project_file), "--strict"]) == 1
    capsys.readouterr()
    assert main(["check", str(project_file), "--json", "--lang", "fr"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert {"code", "severity", "message", "ids", "params"} <= set(findings[0])
    assert any("L’étape «\u00a0Vide\u00a0»" in f["message"] for f in findings)


def test_check_strict_passes_when_only_insights_remain(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", str(EXAMPLE), "--strict"]) == 0
    assert "lowest-emotion" in capsys.readouterr().out


def test_check_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.mapstudio")]) == 2
    assert capsys.readouterr().err.startswith("mapstudio: error: no such file")


@pytest.mark.parametrize("suffix", [".csv", ".mmd", ".graphml"])
def test_a_failing_convert_leaves_the_old_file_and_no_temporary_file(
    project_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    out = tmp_path / f"out{suffix}"
    out.write_text("the colleague's version\n", encoding="utf-8")

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mapstudio.interchange.formats.os.replace", full_disk)
    assert main(["convert", str(project_file), str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "the colleague's version\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["rich.mapstudio", out.name])
