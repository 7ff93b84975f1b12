"""The bundled DejaVu Sans for reportlab, embedded in every PDF.

The layout measured its text with these very fonts under these names, so
registering them again (once) is harmless and keeps the PDF writer usable
before or without `model.text`.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mapstudio.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Make DejaVu Sans (regular, bold) available to reportlab canvases."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))


def font_name(bold: bool) -> str:
    return BOLD if bold else REGULAR
