"""In-place editing of a card's, phase's, lane's or map's title.

A text item is laid over the title's box with the same font; Enter commits
through `operations.set_fields`, Esc cancels, and leaving the field commits,
the way in-place editors in file managers behave.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.model.geometry import TextBlock
from mapstudio.ui import style
from mapstudio.ui.fonts import map_font

Z_EDITOR = 60.0


class TitleEditor(QGraphicsTextItem):
    """Calls `on_done(text)` on commit or `on_done(None)` on cancel, exactly once."""

    def __init__(
        self,
        text: str,
        block: TextBlock,
        device: QWidget,
        on_done: Callable[[str | None], None],
    ) -> None:
        super().__init__(text)
        self._on_done = on_done
        self._finished = False
        self.setFont(map_font(block.font_size, block.bold, device))
        self.setDefaultTextColor(style.TEXT)
        self.document().setDocumentMargin(1.0)
        self.setTextWidth(max(40.0, block.rect.w + 2))
        self.setPos(block.rect.x - 1, block.rect.y - 1)
        self.setZValue(Z_EDITOR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsTextItem.GraphicsItemFlag.ItemIsFocusable, True)

    def start(self) -> None:
        """Take focus and select the whole title, ready to be typed over."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.boundingRect(), style.MAP_BACKGROUND)
        painter.setPen(style.SELECTION)
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(commit=True)

    def sceneEvent(self, event: QEvent) -> bool:
        # Keep Tab and Backtab for the editor instead of moving focus.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            return True
        return super().sceneEvent(event)

    def finish(self, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        text = " ".join(self.toPlainText().split()) if commit else None
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
        self._on_done(text)
