"""A client's levels against an occupation's required levels, skill by skill, as a chart.

pyqtgraph loads with the first chart drawn, not with the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget

from desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.domain.gaps import ClientGapRow
    from desktop.services.gaps import ClientGap

KEY_GAP = QT_TRANSLATE_NOOP("SkillLevelChart", "key gap (⚠, red): importance ≥ 3 and more "
                                                "than half a rating step short")


class SkillLevelChart(QStackedWidget):
    """Required skills of a client gap table (``services.gaps.client_gap``), in its order;
    a message instead when there is nothing to chart."""

    def __init__(self, empty_text: str) -> None:
        super().__init__()
        self.rows: list[ClientGapRow] = []  # the skills charted, top to bottom
        self.labels: list[str] = []  # their names as shown, key gaps marked
        self.card: Any = None  # the chart, made when first needed
        self.scroller: Any = None
        self.message = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.message)
        self.show_nothing(empty_text)

    def hasHeightForWidth(self) -> bool:
        """No: the chart takes the height the page gives it (its rows scroll), so its wrapped
        caption's preferred height never makes the page scroll."""
        return False

    def show_nothing(self, text: str) -> None:
        self.rows, self.labels = [], []
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_gap(self, gap: ClientGap) -> None:
        from desktop.ui import charts

        self.rows = [row for row in gap.skill_gaps if row.required]
        if self.card is None:
            self.card = charts.ChartCard(self.tr("Client level against the required level "
                                                 "(0–7)"),
                                         x_label=self.tr("O*NET Level scale"), min_height=200)
            self.scroller = charts.RowScroller(self.card, charts.LEVEL_ROW_HEIGHT)
            self.addWidget(self.card)
        self.setCurrentWidget(self.card)
        self.card.set_context(self.tr(
            "{client} against {title} ({code}); the skills it requires, largest weighted gap "
            "first; {key_gap}.").format(client=gap.client.label, title=gap.to.title,
                                        code=gap.to.code, key_gap=self.tr(KEY_GAP)))
        self.labels = charts.level_chart(self.card, [r.element_name for r in self.rows],
                                         [r.client_level for r in self.rows],
                                         [r.required_level for r in self.rows],
                                         [r.key_gap for r in self.rows])
        self.scroller.set_count(len(self.rows))
