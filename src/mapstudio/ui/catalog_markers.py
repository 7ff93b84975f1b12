"""Texts the interface shows but does not write: marked here so lupdate puts them in the catalogue.

The model has no Qt, so its undo labels ("Add card", "Change title"…) and the
messages of the rules it enforces are plain English strings; the content
tables name the template's phases and lanes; the export pages have paper
names. The UI translates them where it shows them, with a variable, which
`pyside6-lupdate` cannot read. `QT_TRANSLATE_NOOP` returns its text unchanged
and only tells lupdate "this literal, in this context, needs a translation".

Each tuple is checked against its source by `tests/ui/test_translation.py`
(every label the model can produce, every template name, every page size),
so a new label in the model without a marker here fails a test.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Undo labels of model edits, shown in Edit > Undo "…" and in the History
# dock; translated by `Document.push` in the "Document" context.
EDIT_LABELS: tuple[str, ...] = (
    # model/edits.py: the single steps' defaults
    QT_TRANSLATE_NOOP("Document", "Add"),
    QT_TRANSLATE_NOOP("Document", "Remove"),
    QT_TRANSLATE_NOOP("Document", "Change"),
    QT_TRANSLATE_NOOP("Document", "Link"),
    QT_TRANSLATE_NOOP("Document", "Unlink"),
    QT_TRANSLATE_NOOP("Document", "Change link"),
    # model/operations.py
    QT_TRANSLATE_NOOP("Document", "Add persona"),
    QT_TRANSLATE_NOOP("Document", "Remove persona"),
    QT_TRANSLATE_NOOP("Document", "Add map"),
    QT_TRANSLATE_NOOP("Document", "Remove map"),
    QT_TRANSLATE_NOOP("Document", "Set persona"),
    QT_TRANSLATE_NOOP("Document", "Move map"),
    QT_TRANSLATE_NOOP("Document", "Add phase"),
    QT_TRANSLATE_NOOP("Document", "Add lane"),
    QT_TRANSLATE_NOOP("Document", "Move phase"),
    QT_TRANSLATE_NOOP("Document", "Move lane"),
    QT_TRANSLATE_NOOP("Document", "Remove phase"),
    QT_TRANSLATE_NOOP("Document", "Remove lane"),
    QT_TRANSLATE_NOOP("Document", "Mark frustration"),
    QT_TRANSLATE_NOOP("Document", "Unmark frustration"),
    QT_TRANSLATE_NOOP("Document", "Link opportunity"),
    QT_TRANSLATE_NOOP("Document", "Delete"),
    QT_TRANSLATE_NOOP("Document", "Move card"),
    QT_TRANSLATE_NOOP("Document", "Move cards"),
    QT_TRANSLATE_NOOP("Document", "Add flow"),
    QT_TRANSLATE_NOOP("Document", "Remove flow"),
    QT_TRANSLATE_NOOP("Document", "Change flow"),
    QT_TRANSLATE_NOOP("Document", "Change fields"),
    # f"Add {card.kind.value}", one per CardKind
    QT_TRANSLATE_NOOP("Document", "Add touchpoint"),
    QT_TRANSLATE_NOOP("Document", "Add goal"),
    QT_TRANSLATE_NOOP("Document", "Add action"),
    QT_TRANSLATE_NOOP("Document", "Add thought"),
    QT_TRANSLATE_NOOP("Document", "Add frustration"),
    QT_TRANSLATE_NOOP("Document", "Add opportunity"),
    QT_TRANSLATE_NOOP("Document", "Add kpi"),
    QT_TRANSLATE_NOOP("Document", "Add note"),
    # f"Change {field}", one per record field
    QT_TRANSLATE_NOOP("Document", "Change age_range"),
    QT_TRANSLATE_NOOP("Document", "Change buying_roles"),
    QT_TRANSLATE_NOOP("Document", "Change channel"),
    QT_TRANSLATE_NOOP("Document", "Change company_size"),
    QT_TRANSLATE_NOOP("Document", "Change concerns"),
    QT_TRANSLATE_NOOP("Document", "Change customer_goal"),
    QT_TRANSLATE_NOOP("Document", "Change description"),
    QT_TRANSLATE_NOOP("Document", "Change effort"),
    QT_TRANSLATE_NOOP("Document", "Change emotion"),
    QT_TRANSLATE_NOOP("Document", "Change evidence"),
    QT_TRANSLATE_NOOP("Document", "Change frustrations"),
    QT_TRANSLATE_NOOP("Document", "Change gender"),
    QT_TRANSLATE_NOOP("Document", "Change goals"),
    QT_TRANSLATE_NOOP("Document", "Change kind"),
    QT_TRANSLATE_NOOP("Document", "Change kpi_name"),
    QT_TRANSLATE_NOOP("Document", "Change kpi_target"),
    QT_TRANSLATE_NOOP("Document", "Change kpi_value"),
    QT_TRANSLATE_NOOP("Document", "Change kpis"),
    QT_TRANSLATE_NOOP("Document", "Change mode"),
    QT_TRANSLATE_NOOP("Document", "Change name"),
    QT_TRANSLATE_NOOP("Document", "Change needs"),
    QT_TRANSLATE_NOOP("Document", "Change notes"),
    QT_TRANSLATE_NOOP("Document", "Change order"),
    QT_TRANSLATE_NOOP("Document", "Change owner"),
    QT_TRANSLATE_NOOP("Document", "Change photo"),
    QT_TRANSLATE_NOOP("Document", "Change photo_type"),
    QT_TRANSLATE_NOOP("Document", "Change priority"),
    QT_TRANSLATE_NOOP("Document", "Change profession"),
    QT_TRANSLATE_NOOP("Document", "Change quote"),
    QT_TRANSLATE_NOOP("Document", "Change region"),
    QT_TRANSLATE_NOOP("Document", "Change requirements"),
    QT_TRANSLATE_NOOP("Document", "Change responsibilities"),
    QT_TRANSLATE_NOOP("Document", "Change salary_band"),
    QT_TRANSLATE_NOOP("Document", "Change severity"),
    QT_TRANSLATE_NOOP("Document", "Change title"),
    QT_TRANSLATE_NOOP("Document", "Change urgency"),
    # labels the UI layer gives the edits it composes (ui/, interchange/)
    QT_TRANSLATE_NOOP("Document", "New map"),
    QT_TRANSLATE_NOOP("Document", "New persona"),
    QT_TRANSLATE_NOOP("Document", "Duplicate map"),
    QT_TRANSLATE_NOOP("Document", "Paste"),
    QT_TRANSLATE_NOOP("Document", "Import map"),
)

# Phase and lane names of a new map (content/blank.py BUYING_PHASES,
# content/building.py STANDARD_LANES), translated by ui/file_ops.py.
TEMPLATE_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Template", "Awareness"),
    QT_TRANSLATE_NOOP("Template", "Information search"),
    QT_TRANSLATE_NOOP("Template", "Evaluation of options"),
    QT_TRANSLATE_NOOP("Template", "Decision"),
    QT_TRANSLATE_NOOP("Template", "Post-purchase"),
    QT_TRANSLATE_NOOP("Template", "Customer goals"),
    QT_TRANSLATE_NOOP("Template", "Touchpoints"),
    QT_TRANSLATE_NOOP("Template", "Thoughts"),
    QT_TRANSLATE_NOOP("Template", "Emotions"),
    QT_TRANSLATE_NOOP("Template", "Frustrations"),
    QT_TRANSLATE_NOOP("Template", "Opportunities"),
    QT_TRANSLATE_NOOP("Template", "KPIs"),
)

# Paper names of export/pages.py PAGE_SIZES, in the export dialog.
PAGE_SIZE_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PageSize", "A4"),
    QT_TRANSLATE_NOOP("PageSize", "A3"),
    QT_TRANSLATE_NOOP("PageSize", "Letter"),
    QT_TRANSLATE_NOOP("PageSize", "Tabloid"),
)

# The model's rules a gesture can break, without parameters, reported in the
# status bar by `EditorWindow.show_error` (messages naming ids stay English).
MODEL_ERRORS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ModelError", "A card's phase and lane must be on the same map."),
    QT_TRANSLATE_NOOP(
        "ModelError", "A card needs a cell, or, for a frustration, something to mark."
    ),
    QT_TRANSLATE_NOOP("ModelError", "Only a frustration can mark a card or a phase."),
    QT_TRANSLATE_NOOP("ModelError", "A frustration cannot mark another marker."),
    QT_TRANSLATE_NOOP("ModelError", "A frustration marks a card or a phase."),
    QT_TRANSLATE_NOOP("ModelError", "Only an opportunity can answer a frustration."),
    QT_TRANSLATE_NOOP("ModelError", "An opportunity answers a frustration."),
    QT_TRANSLATE_NOOP("ModelError", "A flow joins two touchpoints."),
    QT_TRANSLATE_NOOP("ModelError", "A flow cannot go from a touchpoint to itself."),
    QT_TRANSLATE_NOOP("ModelError", "A flow joins touchpoints of the same map."),
    QT_TRANSLATE_NOOP("ModelError", "These touchpoints are already joined."),
    QT_TRANSLATE_NOOP("ModelError", "These touchpoints are not joined."),
    QT_TRANSLATE_NOOP("ModelError", "A marker must mark something: delete it instead."),
)
