"""A table cell that draws its number as a horizontal bar behind the text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget


class BarDelegate(QStyledItemDelegate):
    """Bar length = value / maximum (the model's UserRole value); the text stays readable."""

    def __init__(self, maximum: float, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maximum = maximum
        self.colour = QColor(colour)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, int | float) and value > 0 and self.maximum > 0:
            rect = QRectF(option.rect).adjusted(2, 4, -2, -4)
            rect.setWidth(rect.width() * min(1.0, value / self.maximum))
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawRoundedRect(rect, 3, 3)
            painter.restore()
        super().paint(painter, option, index)
