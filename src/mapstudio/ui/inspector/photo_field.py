"""A persona's photo: chosen from a file, checked, shrunk, stored as PNG.

Photos come from anywhere (a phone, a stock site), so the file is treated as
untrusted: its pixel count is read from the header and refused above
`MAX_PHOTO_PIXELS` before anything is decoded, and the decoder's allocation
limit stays on. The stored copy is at most `PHOTO_SIZE` px, which keeps
project files small and prints sharply at persona-sheet size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_PHOTO_PIXELS = 40_000_000
PHOTO_SIZE = 512
PHOTO_TYPE = "image/png"
PREVIEW_SIZE = 96
_ALLOCATION_LIMIT_MB = 256  # a 40-megapixel RGBA image fits; a decompression bomb does not


class PhotoError(Exception):
    """A photo the user chose cannot be used; the message says why."""


def image_file_filter() -> str:
    """A file-dialog filter for every image format this Qt can read."""
    patterns = " ".join(
        f"*.{bytes(fmt.data()).decode('ascii')}" for fmt in QImageReader.supportedImageFormats()
    )
    return QCoreApplication.translate("PhotoField", "Images ({patterns})").format(patterns=patterns)


def load_photo(path: Path) -> bytes:
    """The photo at `path` as PNG bytes of at most PHOTO_SIZE px; PhotoError if unusable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    reader.setAllocationLimit(_ALLOCATION_LIMIT_MB)
    size = reader.size()  # from the header: nothing decoded yet
    if not reader.canRead() or not size.isValid():
        raise PhotoError(
            QCoreApplication.translate(
                "PhotoField", "“{name}” is not an image MapStudio can read."
            ).format(name=path.name)
        )
    pixels = size.width() * size.height()
    if pixels > MAX_PHOTO_PIXELS:
        raise PhotoError(
            QCoreApplication.translate(
                "PhotoField",
                "“{name}” is too large ({width} × {height} pixels). "
                "Choose an image of at most {limit} megapixels.",
            ).format(
                name=path.name,
                width=size.width(),
                height=size.height(),
                limit=MAX_PHOTO_PIXELS // 1_000_000,
            )
        )
    if max(size.width(), size.height()) > PHOTO_SIZE:
        reader.setScaledSize(
            size.scaled(QSize(PHOTO_SIZE, PHOTO_SIZE), Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            QCoreApplication.translate("PhotoField", "“{name}” cannot be read: {reason}").format(
                name=path.name, reason=reader.errorString()
            )
        )
    return png_bytes(image)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class PhotoField(QWidget):
    """Preview, Choose… and Remove; commits `(bytes, mime type)` or `(None, "")`."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = QLabel(self)
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("choosePhoto")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removePhoto")
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.committed.emit((None, "")))
        self.set_value(None)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", image_file_filter()
        )
        if not name:
            return
        try:
            data = load_photo(Path(name))
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Photo refused"), str(exc))
            return
        self.committed.emit((data, PHOTO_TYPE))

    def set_value(self, value: Any) -> None:
        pixmap = QPixmap()
        if isinstance(value, bytes | bytearray) and pixmap.loadFromData(bytes(value)):
            self.preview.setPixmap(
                pixmap.scaled(
                    PREVIEW_SIZE,
                    PREVIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No photo"))
        self.remove_button.setEnabled(bool(value))
