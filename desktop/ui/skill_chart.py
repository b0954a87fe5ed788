"""A client's levels against an occupation's required levels, skill by skill, as a chart.

pyqtgraph loads with the first chart drawn, not with the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QScrollArea

Row = dict[str, Any]
ROW_HEIGHT = 24  # pixels per skill: names stay readable however many skills are required
KEY_GAP = QT_TRANSLATE_NOOP("SkillLevelChart", "key gap (⚠, red): importance ≥ 3 and more "
                                                "than half a rating step short")


class SkillLevelChart(QScrollArea):
    """Required skills of a client gap table (``services.gaps.client_gap``), in its order."""

    def __init__(self, empty_text: str) -> None:
        super().__init__()
        self.rows: list[Row] = []  # the skills charted, top to bottom
        self.labels: list[str] = []  # their names as shown, key gaps marked
        self.card: Any = None
        self.setWidgetResizable(True)
        self.show_nothing(empty_text)

    def show_nothing(self, text: str) -> None:
        self.rows, self.labels, self.card = [], [], None
        self.setWidget(QLabel(text, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter))

    def show_gap(self, gap: dict[str, Any]) -> None:
        from desktop.ui import charts

        self.rows = [row for row in gap["skill_gaps"] if row["required"]]
        if self.card is None:
            self.card = charts.ChartCard(self.tr("Client level against the required level "
                                                 "(0–7)"),
                                         x_label=self.tr("O*NET Level scale (0–7)"))
            self.setWidget(self.card)
        to = gap["to"]
        self.card.set_context(self.tr(
            "{client} against {title} ({code}); the skills it requires, largest weighted gap "
            "first; {key_gap}.").format(client=gap["client"]["label"], title=to["title"],
                                        code=to["code"], key_gap=self.tr(KEY_GAP)))
        self.card.plot.setMinimumHeight(ROW_HEIGHT * len(self.rows) + 90)
        self.labels = charts.level_chart(self.card, [r["element_name"] for r in self.rows],
                           [r["client_level"] for r in self.rows],
                           [r["required_level"] for r in self.rows],
                           [r["key_gap"] for r in self.rows])
