"""The template gallery: each template as a thumbnail of its own first map.

Shared by the welcome screen and File > New from Template…. A thumbnail is
the template project drawn by the canvas's own `MapScene` (the same items
the editor and the exports draw), so what the user picks is what opens.
Thumbnails are cached per (template, language) for the life of the process:
templates are read-only resources, so a thumbnail never goes stale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mapstudio.content import templates as template_catalogue
from mapstudio.export import colours
from mapstudio.model.project import JourneyProject
from mapstudio.ui.document import Document
from mapstudio.ui.i18n import current_language

if TYPE_CHECKING:
    from mapstudio.ui.editor_window import EditorWindow

THUMBNAIL_SIZE = QSize(264, 168)
THUMBNAIL_MARGIN = 6
NAME_ROLE = Qt.ItemDataRole.UserRole

_thumbnails: dict[tuple[str, str], QPixmap] = {}


# ------------------------------------------------------------ the catalogue
def template_names() -> list[str]:
    """Template names in the catalogue's order (blank first)."""
    return list(template_catalogue.TEMPLATES)


def template_title(name: str, lang: str) -> str:
    return template_catalogue.TEMPLATES[name].title(lang)


def template_summary(name: str, lang: str) -> str:
    """One sentence on what the template holds, in `lang`."""
    return template_catalogue.TEMPLATES[name].summary(lang)


# ------------------------------------------------------------- thumbnails
def render_thumbnail(
    project: JourneyProject, size: QSize = THUMBNAIL_SIZE, pixel_ratio: float = 1.0
) -> QImage:
    """The project's first map drawn into `size`, on paper white with a thin frame.

    A map taller than the thumbnail is shown full width from the top (header,
    phases and the first lanes), which reads better than the whole map in a
    sliver; a wider one is fitted whole. An empty project gives the blank
    sheet, so the gallery never shows a hole. `pixel_ratio` renders sharp
    thumbnails on high-density screens.
    """
    from mapstudio.export.qt_sheets import build_scene

    image = QImage(size * pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(QColor(colours.MAP_BACKGROUND))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        maps = project.maps()
        if maps:
            # The scene must outlive `render`: Qt does not keep it alive for us.
            scene, layout = build_scene(project, maps[0].id)
            area = QRectF(
                THUMBNAIL_MARGIN,
                THUMBNAIL_MARGIN,
                size.width() - 2 * THUMBNAIL_MARGIN,
                size.height() - 2 * THUMBNAIL_MARGIN,
            )
            scale = area.width() / layout.width
            if layout.height * scale <= area.height():
                scale = min(scale, area.height() / layout.height)
            source = QRectF(0, 0, layout.width, min(layout.height, area.height() / scale))
            target = QRectF(0, 0, source.width() * scale, source.height() * scale)
            target.moveCenter(area.center())
            scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
            del scene
        painter.setPen(QPen(QColor(colours.HEADER_BORDER), 1))
        painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1))
    finally:
        painter.end()
    return image


def screen_pixel_ratio() -> float:
    """The primary screen's device pixel ratio (1 when there is no screen)."""
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


def template_thumbnail(name: str, lang: str) -> QPixmap:
    """The thumbnail of template `name` in `lang`, rendered once per process."""
    key = (name, lang)
    pixmap = _thumbnails.get(key)
    if pixmap is None:
        try:
            project = template_catalogue.load_template(name, lang)
        except (template_catalogue.TemplateError, OSError):
            # A damaged install still lists the template; choosing it says why.
            project = JourneyProject()
        pixmap = QPixmap.fromImage(render_thumbnail(project, pixel_ratio=screen_pixel_ratio()))
        _thumbnails[key] = pixmap
    return pixmap


def forget_thumbnails() -> None:
    """Empty the cache (tests use it to render afresh)."""
    _thumbnails.clear()


# ---------------------------------------------------------------- widgets
class TemplateGallery(QListWidget):
    """Templates as large icons; double-click or Enter chooses one."""

    templateChosen = Signal(str)  # the template's name

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateList")
        self.lang = lang
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setSpacing(10)
        self.setIconSize(THUMBNAIL_SIZE)
        self.setGridSize(QSize(THUMBNAIL_SIZE.width() + 24, THUMBNAIL_SIZE.height() + 64))
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        for name in template_names():
            thumbnail = template_thumbnail(name, lang)
            icon = QIcon(thumbnail)
            # The style would tint a selected thumbnail; the highlighted title says enough.
            icon.addPixmap(thumbnail, QIcon.Mode.Selected)
            item = QListWidgetItem(icon, template_title(name, lang))
            item.setData(NAME_ROLE, name)
            item.setToolTip(template_summary(name, lang) or template_title(name, lang))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
        self.itemActivated.connect(self._on_activated)

    def item_for(self, name: str) -> QListWidgetItem | None:
        return next(
            (self.item(i) for i in range(self.count()) if self.item(i).data(NAME_ROLE) == name),
            None,
        )

    def current_name(self) -> str | None:
        item = self.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.templateChosen.emit(item.data(NAME_ROLE))


class NewFromTemplateDialog(QDialog):
    """File > New from Template…: pick a template, Create or Cancel."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newFromTemplateDialog")
        self.setWindowTitle(self.tr("New from Template"))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Start a new project from one of these templates:"), self)
        layout.addWidget(prompt)
        self.gallery = TemplateGallery(lang, self)
        self.gallery.templateChosen.connect(lambda _name: self.accept())
        layout.addWidget(self.gallery)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("templateButtons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        grid = self.gallery.gridSize()
        self.resize(3 * grid.width() + 70, 2 * grid.height() + 100)  # two rows of three

    def chosen_template(self) -> str | None:
        return self.gallery.current_name()


# --------------------------------------------------------------- commands
def open_template(window: EditorWindow, name: str, lang: str) -> bool:
    """Replace the window's document with a new, untitled project from template `name`.

    The project has no path, so Save asks where to put it and the template
    file is never written to. Unsaved work is offered for saving first; a
    template that cannot be read is explained and the open document stays.
    """
    try:
        project = template_catalogue.load_template(name, lang)
    except (template_catalogue.TemplateError, OSError) as exc:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("TemplateGallery", "Cannot open the template"),
            QCoreApplication.translate(
                "TemplateGallery",
                "The template “{title}” cannot be opened; reinstalling MapStudio "
                "should fix it.\n\n{reason}",
            ).format(title=template_title(name, lang), reason=exc.__cause__ or exc),
        )
        return False
    if not window.file_ops.maybe_save():
        return False
    window.set_document(Document(project))
    return True


def new_from_template(window: EditorWindow) -> NewFromTemplateDialog:
    """File > New from Template…: the gallery in a window-modal dialog.

    `open()` rather than `exec()`: the dialog does not spin its own event
    loop, so the editor keeps painting and tests can drive it.
    """
    dialog = NewFromTemplateDialog(current_language(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def create() -> None:
        name = dialog.chosen_template()
        if name is not None:
            open_template(window, name, dialog.gallery.lang)

    dialog.accepted.connect(create)
    dialog.open()
    return dialog
