"""`mapstudio export`: formats from the extension, options, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from mapstudio.cli import main

from .conftest import EXAMPLE

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="example not built yet")


def test_pdf_poster_with_persona_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "affiche.pdf"
    argv = ["export", str(EXAMPLE), "-o", str(out), "--poster", "3x2", "--persona-sheet"]
    assert main([*argv, "--page", "A3"]) == 0
    assert len(PdfReader(out).pages) == 1 + 6
    assert "7 pages" in capsys.readouterr().out


def test_png_with_map_by_index_and_dpi(tmp_path: Path) -> None:
    out = tmp_path / "carte.png"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--map", "1", "--dpi", "50"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (round(297 / 25.4 * 50), round(210 / 25.4 * 50))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "x.docx"], "must end in .pdf, .png or .svg"),
        (["-o", "x.pdf", "--page", "B5"], "unknown page size"),
        (["-o", "x.pdf", "--poster", "three"], "COLSxROWS"),
        (["-o", "x.pdf", "--map", "Inconnue"], "no map is called"),
        (["-o", "x.png", "--map", "7"], "no map number 7"),
        (["-o", "x.svg", "--persona-sheet"], "PDF exports only"),
    ],
)
def test_user_errors_are_one_line_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    assert main(["export", str(EXAMPLE), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mapstudio: error: ") and err.count("\n") == 1
    assert message in err
    assert list(tmp_path.iterdir()) == []


def test_missing_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path / "none.mapstudio"), "-o", str(tmp_path / "a.pdf")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "env", "present", "absent"),
    [
        (["--lang", "fr"], "en_US.UTF-8", "Besoins", "Needs"),
        ([], "fr_FR.UTF-8", "Besoins", "Needs"),
        (["--lang", "en"], "fr_FR.UTF-8", "Needs", "Besoins"),
    ],
)
def test_persona_sheet_speaks_the_chosen_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: list[str],
    env: str,
    present: str,
    absent: str,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", env)
    out = tmp_path / "persona.pdf"
    assert main(["export", str(EXAMPLE), "-o", str(out), "--persona-sheet", *lang]) == 0
    sheet = PdfReader(out).pages[0].extract_text()
    assert present in sheet and absent not in sheet
