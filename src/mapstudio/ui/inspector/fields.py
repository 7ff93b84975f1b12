"""Editor widgets for one record field each, with one commit signal.

Every field emits `committed(value)` when the user has finished a change
(Enter, leaving the field, picking an item, releasing the slider), never while
the form loads values, so each gesture becomes exactly one undo step and a
refresh after undo cannot echo back into the model.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.model.kinds import EMOTION_MAX, EMOTION_MIN, KNOWN_CHANNELS
from mapstudio.ui.inspector.names import EMOTION_FACES, channel_name, emotion_name


class TextField(QLineEdit):
    """One line of text, committed on Enter or when focus leaves."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(lambda: self.committed.emit(self.text()))

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            with QSignalBlocker(self):
                self.setText(text)


class LongTextField(QPlainTextEdit):
    """Several lines (descriptions, needs…), committed when focus leaves.

    Enter makes a new line here, as in every notes field, so only leaving
    the field (or the form asking) commits.
    """

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(48)
        self.setMaximumHeight(110)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        self.committed.emit(self.toPlainText())

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            with QSignalBlocker(self):
                self.setPlainText(text)


class ChoiceField(QComboBox):
    """A closed list of values (mode, evidence, levels, persona…)."""

    committed = Signal(object)

    def __init__(self, choices: Iterable[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_choices(choices)
        self.activated.connect(lambda index: self.committed.emit(self.itemData(index)))

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        current = self.currentData()
        with QSignalBlocker(self):
            self.clear()
            for label, value in choices:
                self.addItem(label, value)
            self._select(current)

    def _select(self, value: Any) -> None:
        for index in range(self.count()):
            if self.itemData(index) == value:
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(-1)

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self._select(value)

    def value(self) -> Any:
        return self.currentData()


class ChannelField(QComboBox):
    """Editable channel combo: the known channels by name, or any typed text."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for key in KNOWN_CHANNELS:
            self.addItem(channel_name(key), key)
        self.activated.connect(lambda _index: self._commit())
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._commit)

    def value(self) -> str:
        """The channel key: a known channel's key when its name was typed."""
        text = self.currentText().strip()
        for index in range(self.count()):
            if self.itemText(index) == text:
                return str(self.itemData(index))
        return text

    def _commit(self) -> None:
        self.committed.emit(self.value())

    def set_value(self, value: Any) -> None:
        key = value or ""
        with QSignalBlocker(self):
            index = self.findData(key)
            if index >= 0:
                self.setCurrentIndex(index)
            else:
                self.setEditText(str(key))


class EmotionField(QWidget):
    """Emotion −2…+2 on a slider with a face; a button clears it (not rated).

    Keyboard and click changes commit at once; a drag commits on release,
    so dragging across five values still makes one undo step.
    """

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("emotionSlider")
        self.slider.setRange(EMOTION_MIN, EMOTION_MAX)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.face = QLabel(self)
        self.face.setMinimumWidth(28)
        self.face.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("No emotion rated"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.clear_button)
        self._rated = False
        self.slider.valueChanged.connect(self._on_value)
        self.slider.sliderReleased.connect(lambda: self.committed.emit(self.slider.value()))
        self.clear_button.clicked.connect(lambda: self.committed.emit(None))
        self._show_face(None)

    def _on_value(self, value: int) -> None:
        self._show_face(value)
        if not self.slider.isSliderDown():
            self.committed.emit(value)

    def _show_face(self, value: int | None) -> None:
        if value is None:
            self.face.setText("—")
            self.face.setToolTip(self.tr("Not rated"))
        else:
            self.face.setText(EMOTION_FACES.get(value, ""))
            self.face.setToolTip(emotion_name(value))

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(0 if value is None else int(value))
        self._show_face(value)
        self.clear_button.setEnabled(value is not None)

    def value(self) -> int | None:
        return self.slider.value()


class ChecksField(QWidget):
    """Several on/off choices kept as a tuple (a persona's buying roles)."""

    committed = Signal(object)

    def __init__(self, choices: Iterable[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[QCheckBox, Any]] = []
        for label, value in choices:
            box = QCheckBox(label, self)
            box.toggled.connect(lambda _on: self.committed.emit(self.value()))
            layout.addWidget(box)
            self.boxes.append((box, value))

    def value(self) -> tuple[Any, ...]:
        return tuple(value for box, value in self.boxes if box.isChecked())

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for box, item in self.boxes:
            with QSignalBlocker(box):
                box.setChecked(item in chosen)
