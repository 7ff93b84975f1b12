"""The health check's messages in each language, keyed by the findings' stable codes.

The model has no Qt, so no `tr()`: a finding's message comes from a
`translate(code, params)` callable. These tables are the defaults; the UI may
pass its own callable to use Qt's translations instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

Translate = Callable[[str, Mapping[str, object]], str]

ENGLISH: dict[str, str] = {
    "phase-without-touchpoint": "The phase “{phase}” of “{map}” has no touchpoint.",
    "touchpoint-without-channel": "The touchpoint “{title}” ({phase}) has no channel.",
    "touchpoint-without-emotion": "The touchpoint “{title}” ({phase}) has no emotion.",
    "frustration-without-opportunity": "No opportunity answers the frustration “{title}” "
    "({phase}).",
    "flow-dead-end": "The path stops at “{title}” in “{phase}”, before the last phase.",
    "touchpoint-unreachable": "The touchpoint “{title}” ({phase}) cannot be reached "
    "from the first phase by following the path.",
    "lowest-emotion": "The lowest emotional moment of “{map}” is “{title}” ({phase}), "
    "at {emotion:+d}.",
    "frustration-cluster": "Frustrations cluster in “{phase}” of “{map}” ({count} of {total}).",
    "persona-without-map": "The persona “{name}” has no map.",
}

FRENCH: dict[str, str] = {
    "phase-without-touchpoint": "L’étape « {phase} » de « {map} » n’a aucun point de contact.",
    "touchpoint-without-channel": "Le point de contact « {title} » ({phase}) n’a pas de canal.",
    "touchpoint-without-emotion": "Le point de contact « {title} » ({phase}) n’a pas d’émotion.",
    "frustration-without-opportunity": "Aucune opportunité ne répond à la frustration "
    "« {title} » ({phase}).",
    "flow-dead-end": "Le parcours s’arrête à « {title} » dans « {phase} », avant la "
    "dernière étape.",
    "touchpoint-unreachable": "Le point de contact « {title} » ({phase}) n’est pas "
    "atteignable depuis la première étape en suivant le parcours.",
    "lowest-emotion": "Le moment le plus difficile de « {map} » est « {title} » ({phase}), "
    "à {emotion:+d}.",
    "frustration-cluster": "Les frustrations se concentrent dans « {phase} » de « {map} » "
    "({count} sur {total}).",
    "persona-without-map": "Le persona « {name} » n’a aucune carte.",
}

# French typography: a no-break space inside « » so a line never breaks there.
FRENCH = {
    code: text.replace("« ", "«\u00a0").replace(" »", "\u00a0»") for code, text in FRENCH.items()
}

TABLES: dict[str, dict[str, str]] = {"en": ENGLISH, "fr": FRENCH}
LANGUAGES: tuple[str, ...] = tuple(TABLES)


def translator(lang: str = "en") -> Translate:
    """A `translate` callable for a language ("en" or "fr"; others fall back to English)."""
    table = TABLES.get(lang, ENGLISH)

    def translate(code: str, params: Mapping[str, object]) -> str:
        template = table.get(code) or ENGLISH.get(code, code)
        return template.format_map(dict(params))

    return translate


english = translator("en")
