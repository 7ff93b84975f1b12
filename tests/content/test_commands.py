"""`mapstudio templates` and `mapstudio new --template`, in the user's language."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from mapstudio.cli import main
from mapstudio.content import templates
from mapstudio.content.templates import TEMPLATES
from mapstudio.fileformat import load_project

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def speak(monkeypatch: pytest.MonkeyPatch):
    """Set the environment's language the way a user's shell does."""

    def set_locale(value: str) -> None:
        for name in LOCALE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", value)

    return set_locale


@pytest.mark.parametrize(("locale", "lang"), [("fr_FR.UTF-8", "fr"), ("en_GB.UTF-8", "en")])
def test_templates_lists_names_with_titles_in_the_environment_language(
    speak, capsys: pytest.CaptureFixture[str], locale: str, lang: str
) -> None:
    speak(locale)
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(TEMPLATES)
    for line, template in zip(lines, TEMPLATES.values(), strict=True):
        name, title = line.split(maxsplit=1)
        assert name == template.name
        assert title == template.title(lang)


def test_templates_lang_flag_wins_over_the_environment(
    speak, capsys: pytest.CaptureFixture[str]
) -> None:
    speak("fr_FR.UTF-8")
    assert main(["templates", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert TEMPLATES["buying-journey"].title("en") in out
    assert TEMPLATES["buying-journey"].title("fr") not in out


@pytest.mark.parametrize("name", ["buying-journey", "b2b-lucy", "checkout-failure"])
def test_new_from_a_template_in_french(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "carte.mapstudio"
    assert main(["new", "-o", str(out), "--template", name, "--lang", "fr"]) == 0
    assert name in capsys.readouterr().out
    assert nx.utils.graphs_equal(load_project(out).graph, TEMPLATES[name].build("fr").graph)


def test_new_takes_the_environment_language_by_default(tmp_path: Path, speak) -> None:
    speak("fr_CA.UTF-8")
    out = tmp_path / "parcours.mapstudio"
    assert main(["new", "-o", str(out), "--template", "phygital-retail"]) == 0
    (journey_map,) = load_project(out).maps()
    assert journey_map.name == TEMPLATES["phygital-retail"].build("fr").maps()[0].name


def test_new_with_a_damaged_template_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "resources"
    (broken / "templates").mkdir(parents=True)
    (broken / "templates" / "buying-journey.en.mapstudio").write_bytes(b"PK\x03\x04 torn")
    monkeypatch.setattr(templates, "resource_path", lambda *parts: broken.joinpath(*parts))
    out = tmp_path / "new.mapstudio"
    assert main(["new", "-o", str(out), "--template", "buying-journey", "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("mapstudio: error: ") and "\n" not in err
    assert "buying-journey" in err and "reinstalling" in err
    assert not out.exists()
