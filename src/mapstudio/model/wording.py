"""The few words the map itself prints (persona header, persona sheet), in each language.

The layout and the PDF writer run without Qt, so these cannot come from the
Qt catalogue; like the health check's messages they are small tables keyed
by stable names. The editor passes its interface language, the command line
the environment's (or `--lang`), so a French marketer's map and persona sheet
read « Décideur », not "decision maker".
"""

from __future__ import annotations

from collections.abc import Iterable

from mapstudio.model.kinds import BuyingRole

_NBSP = "\u00a0"

BUYING_ROLES: dict[str, dict[BuyingRole, str]] = {
    "en": {
        BuyingRole.USER: "User",
        BuyingRole.INFLUENCER: "Influencer",
        BuyingRole.INITIATOR: "Initiator",
        BuyingRole.DECISION_MAKER: "Decision maker",
        BuyingRole.BUYER: "Buyer",
    },
    "fr": {
        BuyingRole.USER: "Utilisateur",
        BuyingRole.INFLUENCER: "Prescripteur",
        BuyingRole.INITIATOR: "Initiateur",
        BuyingRole.DECISION_MAKER: "Décideur",
        BuyingRole.BUYER: "Acheteur",
    },
}

# Persona field → label, in the order the persona sheet lists them.
PERSONA_FIELDS: tuple[str, ...] = (
    "profession",
    "age_range",
    "gender",
    "region",
    "company_size",
    "salary_band",
    "responsibilities",
    "buying_roles",
    "goals",
    "needs",
    "concerns",
    "frustrations",
    "urgency",
    "requirements",
    "notes",
)

PERSONA_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "profession": "Profession",
        "age_range": "Age range",
        "gender": "Gender",
        "region": "Region",
        "company_size": "Company size",
        "salary_band": "Salary band",
        "responsibilities": "Responsibilities",
        "buying_roles": "Buying roles",
        "goals": "Goals",
        "needs": "Needs",
        "concerns": "Concerns",
        "frustrations": "Frustrations",
        "urgency": "Urgency",
        "requirements": "Requirements",
        "notes": "Notes",
        "persona": "Persona",
    },
    "fr": {
        "profession": "Profession",
        "age_range": "Tranche d’âge",
        "gender": "Genre",
        "region": "Région",
        "company_size": "Taille de l’entreprise",
        "salary_band": "Tranche de salaire",
        "responsibilities": "Responsabilités",
        "buying_roles": "Rôles dans la décision d’achat",
        "goals": "Objectifs",
        "needs": "Besoins",
        "concerns": "Préoccupations",
        "frustrations": "Frustrations",
        "urgency": "Urgence",
        "requirements": "Exigences",
        "notes": "Notes",
        "persona": "Persona",
    },
}


def _language(lang: str) -> str:
    return lang if lang in BUYING_ROLES else "en"


def buying_role_names(roles: Iterable[BuyingRole | str], lang: str) -> str:
    """The roles as a comma-separated list in `lang` (unknown roles as written)."""
    table = BUYING_ROLES[_language(lang)]
    names = []
    for role in roles:
        try:
            names.append(table[BuyingRole(role)])
        except ValueError:
            names.append(str(role))
    text = ", ".join(names)
    return text[:1] + text[1:].lower() if text else text  # "Initiator, user, influencer"


def persona_label(field: str, lang: str) -> str:
    return PERSONA_LABELS[_language(lang)][field]


def quoted(text: str, lang: str) -> str:
    """A persona's own words, in the language's quotation marks (unless already quoted)."""
    if text[:1] in "«“\"‘'‹„":
        return text
    if _language(lang) == "fr":
        return f"«{_NBSP}{text}{_NBSP}»"
    return f"“{text}”"
