"""Every user error is one line `mapstudio: error: …` and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.cli import main


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("mapstudio: error: ")
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["info", "no-such-file.mapstudio"],
        ["no-such-file.mapstudio"],
        ["info"],
        ["info", "--bogus", "x"],
        ["new"],
        ["new", "-o", "x.mapstudio", "--template", "nope"],
        ["new", "-o", "x.mapstudio", "--lang", "de"],
        ["--bogus"],
        ["templates", "extra"],
    ],
)
def test_user_errors_are_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    _one_error_line(capsys.readouterr().err)


def test_missing_file_names_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "absent.mapstudio"
    assert main(["info", str(missing)]) == 2
    assert str(missing) in _one_error_line(capsys.readouterr().err)


def test_broken_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.mapstudio"
    broken.write_bytes(b"this is not a zip")
    assert main(["info", str(broken)]) == 2
    _one_error_line(capsys.readouterr().err)


def test_unexpected_exception_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mapstudio.commands import templates

    def explode(args: object) -> int:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(templates, "run", explode)
    assert main(["templates"]) == 2
    assert "boom second line" in _one_error_line(capsys.readouterr().err)


def test_help_still_works(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("new", "info", "templates", "FILE"):
        assert name in out
    assert main(["info", "--help"]) == 0
    assert "--json" in capsys.readouterr().out
