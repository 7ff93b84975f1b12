"""The templates a project can start from: one registry for the welcome screen and the CLI.

Each template is built by code (`Template.build`) and shipped as a generated
file per language in `resources/templates/NAME.LANG.mapstudio`, which
`load_template` reads; a test fails while a file is stale. Refresh them all with

    python -m mapstudio.content.templates resources/templates

The `decoration-shop` template is the bundled example, in French only; its
file is `resources/examples/boutique-deco.mapstudio`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mapstudio.content.building import (
    LANGUAGES,
    Words,
    in_language,
    lazy_builder,
    save_generated,
)
from mapstudio.resources import resource_path

if TYPE_CHECKING:
    from mapstudio.model.project import JourneyProject


class TemplateError(Exception):
    """A template that does not exist or whose file cannot be read, worded for the user."""


@dataclass(frozen=True)
class Template:
    """A starting point for a project, with its title and summary in each language."""

    name: str  # public: `mapstudio new --template NAME`
    titles: Words
    summaries: Words
    builder: Callable[[str], JourneyProject]
    languages: tuple[str, ...] = LANGUAGES  # the languages its content is written in
    example_file: str | None = None  # a bundled example used as is, in resources/examples/

    def title(self, lang: str) -> str:
        """The title in `lang` (English for a language MapStudio does not speak)."""
        return in_language(self.titles, lang)

    def summary(self, lang: str) -> str:
        """One sentence saying what the template holds, in `lang`."""
        return in_language(self.summaries, lang)

    def content_language(self, lang: str) -> str:
        """The language the project comes in when asked for `lang`."""
        return lang if lang in self.languages else self.languages[0]

    def build(self, lang: str) -> JourneyProject:
        """A fresh project, built by code, in `lang` where the template has it."""
        return self.builder(self.content_language(lang))

    def file_parts(self, lang: str) -> tuple[str, str]:
        """The committed file's folder and name under `resources/`."""
        if self.example_file is not None:
            return ("examples", self.example_file)
        return ("templates", f"{self.name}.{self.content_language(lang)}.mapstudio")


TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template(
            "blank",
            ("Blank map", "Carte vierge"),
            (
                "An empty map with the standard lanes and the five phases of the buying journey.",
                "Une carte vide avec les couloirs habituels et les cinq phases"
                " du parcours d’achat.",
            ),
            lazy_builder("blank", "build_blank"),
        ),
        Template(
            "buying-journey",
            ("Five-phase buying journey", "Parcours d’achat en cinq phases"),
            (
                "From awareness to post-purchase evaluation, with starter touchpoints,"
                " frustrations and KPIs for each phase.",
                "De la notoriété à l’évaluation post-achat, avec des idées de points de contact,"
                " de frustrations et de KPI pour chaque phase.",
            ),
            lazy_builder("buying_journey", "build_buying_journey"),
        ),
        Template(
            "phygital-retail",
            ("Omnichannel (phygital) retail journey", "Parcours client phygital en magasin"),
            (
                "Four steps of a connected shopper’s journey, with digital and physical"
                " touchpoints and the path between them.",
                "Les quatre étapes du parcours d’un client connecté, avec ses points de contact"
                " digitaux et physiques et le chemin qui les relie.",
            ),
            lazy_builder("phygital_retail", "build_phygital_retail"),
        ),
        Template(
            "b2b-lucy",
            ("B2B persona-first journey (Lucy)", "Parcours B2B centré sur le persona (Lucy)"),
            (
                "Lucy, a marketing director, with her needs, requirements, place in the buying"
                " cycle and the objections to answer.",
                "Lucy, directrice marketing, avec ses besoins, ses exigences, sa place dans"
                " le cycle d’achat et les objections à traiter.",
            ),
            lazy_builder("b2b_lucy", "build_b2b_lucy"),
        ),
        Template(
            "checkout-failure",
            ("Worked example: online checkout failure", "Exemple : l’échec de la caisse en ligne"),
            (
                "A smooth online purchase broken at payment: one frustration traced on the map"
                " and the opportunity that answers it.",
                "Un achat en ligne fluide jusqu’au paiement : une frustration suivie sur la carte"
                " et l’opportunité qui y répond.",
            ),
            lazy_builder("checkout_failure", "build_checkout_failure"),
        ),
        Template(
            "decoration-shop",
            (
                "Example: a decoration shop’s customer journey (in French)",
                "Exemple : le parcours client d’une boutique de décoration",
            ),
            (
                "Every touchpoint of a shopper who becomes a loyal customer, from the shop window"
                " to the thank-you email.",
                "Chaque point de contact d’un passant devenu client fidèle, de la vitrine"
                " au courriel de remerciement.",
            ),
            lazy_builder("decoration_shop", "build_decoration_shop", takes_language=False),
            languages=("fr",),
            example_file="boutique-deco.mapstudio",
        ),
    )
}


def get_template(name: str) -> Template:
    """The template called `name`, or a `TemplateError` listing the known names."""
    try:
        return TEMPLATES[name]
    except KeyError:
        known = ", ".join(TEMPLATES)
        raise TemplateError(f"There is no template “{name}” (templates: {known}).") from None


def template_file(name: str, lang: str) -> Path:
    """The committed `.mapstudio` file of a template in `lang`."""
    return resource_path(*get_template(name).file_parts(lang))


def load_template(name: str, lang: str) -> JourneyProject:
    """A new project from the template's committed file, in `lang` where it has it."""
    from mapstudio.fileformat import ProjectFileError, load_project

    path = template_file(name, lang)
    try:
        return load_project(path)
    except ProjectFileError as error:
        raise TemplateError(
            f"The template “{name}” cannot be opened ({error}); reinstalling MapStudio"
            " should fix it."
        ) from error


def write_templates(folder: Path) -> list[Path]:
    """Write every template's file in every language into `folder`; the paths that changed."""
    written = []
    for template in TEMPLATES.values():
        if template.example_file is not None:
            continue  # an example, written by `mapstudio.content.examples`
        for lang in template.languages:
            path = folder / template.file_parts(lang)[1]
            if save_generated(template.build(lang), path):
                written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the template files into a folder (the repo keeps them in resources/templates)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python -m mapstudio.content.templates FOLDER", file=sys.stderr)
        return 2
    for path in write_templates(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
