"""The worked examples shipped in `resources/examples/`: complete maps to learn from.

Like the templates, each is built by code and committed as generated files
(a test fails while one is stale). Refresh them with

    python -m mapstudio.content.examples resources/examples
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mapstudio.content.building import Words, in_language, lazy_builder, save_generated
from mapstudio.resources import resource_path

if TYPE_CHECKING:
    from mapstudio.model.project import JourneyProject


@dataclass(frozen=True)
class Example:
    """A worked example: its titles, and its file in each language it is written in."""

    name: str
    titles: Words
    files: Mapping[str, str]  # language -> file name in resources/examples/
    builder: Callable[[str], JourneyProject]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.files)

    def title(self, lang: str) -> str:
        return in_language(self.titles, lang)

    def content_language(self, lang: str) -> str:
        """`lang` if the example is written in it, else its first language."""
        return lang if lang in self.files else self.languages[0]

    def file(self, lang: str) -> Path:
        """The bundled file, in `lang` where the example has it."""
        return resource_path("examples", self.files[self.content_language(lang)])

    def build(self, lang: str) -> JourneyProject:
        return self.builder(self.content_language(lang))


EXAMPLES: dict[str, Example] = {
    e.name: e
    for e in (
        Example(
            "decoration-shop",
            (
                "A decoration shop’s customer journey (in French)",
                "Le parcours client d’une boutique de décoration",
            ),
            {"fr": "boutique-deco.mapstudio"},
            lazy_builder("decoration_shop", "build_decoration_shop", takes_language=False),
        ),
        Example(
            "lucy-b2b",
            (
                "Lucy, marketing director: a B2B buying journey",
                "Lucy, directrice marketing : un parcours d’achat B2B",
            ),
            {"fr": "lucy-b2b.fr.mapstudio", "en": "lucy-b2b.en.mapstudio"},
            lazy_builder("lucy_example", "build_lucy_example"),
        ),
    )
}


def load_example(name: str, lang: str) -> JourneyProject:
    """The example's bundled file, loaded (raises `KeyError` for an unknown name)."""
    from mapstudio.fileformat import load_project

    return load_project(EXAMPLES[name].file(lang))


def write_examples(folder: Path) -> list[Path]:
    """Write every example in every language into `folder`; the paths that changed."""
    written = []
    for example in EXAMPLES.values():
        for lang, file_name in example.files.items():
            path = folder / file_name
            if save_generated(example.build(lang), path):
                written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the example files into the folder given (the repo keeps them in resources/examples)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python -m mapstudio.content.examples FOLDER", file=sys.stderr)
        return 2
    for path in write_examples(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
