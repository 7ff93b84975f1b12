"""The templates `mapstudio new` can start from, by name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mapstudio.content.blank import build_blank
from mapstudio.content.decoration_shop import build_decoration_shop
from mapstudio.model.project import JourneyProject


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    build: Callable[[str], JourneyProject]  # takes the language, "en" or "fr"


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template(
            "blank",
            "Empty map with the standard lanes and the five buying phases",
            build_blank,
        ),
        Template(
            "decoration-shop",
            "Example: a decoration shop's customer journey (in French)",
            lambda _lang: build_decoration_shop(),
        ),
    )
}
