"""The environment's language, read like gettext reads it."""

import pytest

from mapstudio.languages import environment_language, normalize


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fr_FR.UTF-8", "fr"),
        ("fr-CA", "fr"),
        ("FR", "fr"),
        ("en_GB", "en"),
        ("de_DE", None),
        ("", None),
    ],
)
def test_normalize(tag: str, expected: str | None) -> None:
    assert normalize(tag) == expected


def test_lc_all_wins_over_lang() -> None:
    assert environment_language({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}) == "fr"


def test_c_locale_and_unsupported_languages_fall_back_to_english() -> None:
    assert environment_language({"LANG": "C.UTF-8"}) == "en"
    assert environment_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert environment_language({}) == "en"


def test_lang_alone_is_enough() -> None:
    assert environment_language({"LANG": "fr_BE.UTF-8"}) == "fr"
