"""Recommendation tiers as a counsellor reads them, and a table cell drawing one as a badge.

The badge is the cell's background colour (BackgroundRole) as a rounded label carrying the
tier's words in white: colour and text say the same, for readers who do not tell colours apart.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

TIERS = {"ready_now": ("●", "#1b7a2f"), "trainable": ("◐", "#a35c00"),
         "long_reskill": ("○", "#b0282a")}  # symbol and colour; the words are the vocabulary's


def tier_text(tier: str, language: str | None = None) -> str:
    """"● Ready now" in the window's language (or ``language``)."""
    from desktop.domain.vocabulary import tier_name
    from desktop.ui.language import current as ui_language

    return f"{TIERS[tier][0]} {tier_name(language or ui_language(), tier)}"


def tier_colour(tier: str) -> str:
    return TIERS[tier][1]


BADGE_PADDING = 18  # pixels around the text: a column sized to its contents shows it whole


class TierBadgeDelegate(QStyledItemDelegate):
    """A cell with a background colour drawn as a rounded badge with its text in white."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + BADGE_PADDING, size.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if not isinstance(brush, QBrush):
            super().paint(painter, option, index)
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + BADGE_PADDING - 4, option.rect.width() - 4)
        badge = QRectF(option.rect.x() + 2, option.rect.y() + 3, width,
                       option.rect.height() - 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 8))
        painter.restore()
