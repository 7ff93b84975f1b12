"""The words the map adds itself, in English and French."""

from mapstudio.model import wording
from mapstudio.model.kinds import BuyingRole


def test_quotes_follow_the_language_and_never_double() -> None:
    assert wording.quoted("Vite", "en") == "“Vite”"
    assert wording.quoted("Vite", "fr") == "«\u00a0Vite\u00a0»"
    assert wording.quoted("« Déjà cité »", "en") == "« Déjà cité »"
    assert wording.quoted("“Already”", "fr") == "“Already”"


def test_roles_read_as_a_phrase_and_fall_back_to_english() -> None:
    roles = (BuyingRole.INITIATOR, BuyingRole.DECISION_MAKER)
    assert wording.buying_role_names(roles, "en") == "Initiator, decision maker"
    assert wording.buying_role_names(roles, "fr") == "Initiateur, décideur"
    assert wording.buying_role_names(roles, "de") == "Initiator, decision maker"
    assert wording.buying_role_names((), "fr") == ""


def test_every_persona_field_has_a_label_in_every_language() -> None:
    for table in wording.PERSONA_LABELS.values():
        assert set(wording.PERSONA_FIELDS) <= set(table)
