"""Analytics: key figures and charts over the synced CV analyses and Compass skills."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.tables import Table
from desktop.ui import charts
from desktop.ui.pages import Page
from desktop.ui.table_models import ColumnSpec, RecordTableModel, number

FIGURES = [  # (key in the figures, caption)
    ("total_analyses", "CV analyses"), ("completed", "completed"), ("errors", "errors"),
    ("success_rate", "success rate"), ("recent_30_days", "in the last 30 days"),
    ("sessions", "Compass sessions"), ("users", "Compass users"),
    ("experiences", "experiences kept"), ("skill_extractions", "top skills extracted"),
]
BY_FIELD_COLUMNS = ["field", "count", "avg_score", "avg_likelihood"]


class Figure(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", alignment=Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 18pt; font-weight: bold; color: #2a4d78;")
        caption_label = QLabel(caption, alignment=Qt.AlignmentFlag.AlignCenter)
        caption_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.value)
        layout.addWidget(caption_label)


class AnalyticsPage(Page):
    title = "Analytics"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.data: dict[str, Any] | None = None
        self.figures = {key: Figure(caption) for key, caption in FIGURES}
        strip = QHBoxLayout()
        for figure in self.figures.values():
            strip.addWidget(figure)
        self.reload_button = QPushButton("Refresh")
        self.reload_button.clicked.connect(self.refresh)
        strip.addWidget(self.reload_button)

        self.per_field = charts.ChartCard("Analyses per field", y_label="analyses")
        self.recommendations = charts.ChartCard("Recommendations (completed analyses)",
                                                y_label="analyses")
        self.over_time = charts.ChartCard("Analyses over time", y_label="analyses",
                                          date_axis=True)
        self.scores = charts.ChartCard("Overall score (completed)", x_label="score (0–100)",
                                       y_label="analyses")
        self.likelihoods = charts.ChartCard("Likelihood (completed)",
                                            x_label="likelihood (0–1)", y_label="analyses")
        self.top_skills = charts.ChartCard("Most extracted Compass skills",
                                           x_label="times among an experience's top skills",
                                           min_height=420)
        self.skills_per_experience = charts.ChartCard(
            "Top skills per experience", x_label="top skills in the experience",
            y_label="experiences")
        self.by_field = RecordTableModel([
            ColumnSpec("field", "Field"), ColumnSpec("count", "Completed", align_right=True),
            ColumnSpec("avg_score", "Mean score", number(1), align_right=True),
            ColumnSpec("avg_likelihood", "Mean likelihood", number(2), align_right=True)])
        by_field_view = QTableView()
        by_field_view.setModel(self.by_field)
        by_field_view.verticalHeader().hide()
        header = by_field_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        by_field_box = QGroupBox("Completed analyses by field")
        QVBoxLayout(by_field_box).addWidget(by_field_view)

        grid = QGridLayout()
        grid.addWidget(self.per_field, 0, 0)
        grid.addWidget(self.recommendations, 0, 1)
        grid.addWidget(self.over_time, 1, 0, 1, 2)
        grid.addWidget(self.scores, 2, 0)
        grid.addWidget(self.likelihoods, 2, 1)
        grid.addWidget(self.top_skills, 3, 0, 1, 2)
        grid.addWidget(self.skills_per_experience, 4, 0)
        grid.addWidget(by_field_box, 4, 1)
        content = QWidget()
        content.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.status = QLabel("Loading figures…")
        layout = QVBoxLayout(self)
        layout.addLayout(strip)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    @property
    def cards(self) -> list[charts.ChartCard]:
        return [self.per_field, self.recommendations, self.over_time, self.scores,
                self.likelihoods, self.top_skills, self.skills_per_experience]

    def refresh(self) -> None:
        from desktop.services.analytics import chart_data

        services = self.services
        self.status.setText("Loading figures…")
        self.bridge.submit(lambda _task: chart_data(services), title="Analytics",
                           on_result=self.show_data,
                           on_error=lambda e: self.status.setText(f"Cannot compute: {e}"))

    def show_data(self, data: dict[str, Any]) -> None:
        self.data = data
        overview = data["overview"]
        values = dict(overview, **overview["compass"])
        for key, figure in self.figures.items():
            value = values[key]
            figure.value.setText(f"{value:.1f} %" if key == "success_rate" else f"{value:,}")
        self.status.setText("Synced CV analyses and Compass sessions in the local cache. "
                            "Sync from the Sync page to update them."
                            if overview["total_analyses"] or values["sessions"] else
                            "No CV analyses or Compass sessions synced yet.")
        self.by_field.set_rows(overview["by_field"])
        fields = data["per_field"]
        charts.bar_chart(self.per_field, [f["field"] for f in fields],
                         [[f["completed"] for f in fields], [f["errors"] for f in fields],
                          [f["other"] for f in fields]],
                         ["completed", "errors", "other status"])
        recommendations = overview["by_recommendation"]
        charts.bar_chart(self.recommendations, [r["recommendation"] for r in recommendations],
                         [[r["count"] for r in recommendations]], colours=[charts.GREEN])
        series = data["over_time"]
        charts.trend_chart(self.over_time, series["starts"], series["counts"], series["trend"],
                           series["unit"])
        charts.histogram_chart(self.scores, np.linspace(0, 100, 11),
                               data["score_histogram"], "{:.0f}")
        charts.histogram_chart(self.likelihoods, np.linspace(0, 1, 11),
                               data["likelihood_histogram"], "{:.1f}", colour=charts.ORANGE)
        skills = overview["compass"]["top_skills"]
        charts.horizontal_bar_chart(self.top_skills, [s["preferred_label"] for s in skills],
                                    [s["count"] for s in skills])
        per_experience = data["skills_per_experience"]
        counts = dict(per_experience)
        most = max(counts, default=0)
        charts.histogram_chart(self.skills_per_experience, np.arange(-0.5, most + 1),
                               [counts.get(n, 0) for n in range(most + 1)], "{:.1f}",
                               colour=charts.GREEN)
        if per_experience:  # integer ticks under the bars, not at the bin edges
            self.skills_per_experience.plot.getPlotItem().getAxis("bottom").setTicks(
                [[(n, str(n)) for n in range(most + 1)]])

    def exportable(self) -> Table | None:
        if self.data is None:
            return None
        rows = [[r[c] for c in BY_FIELD_COLUMNS] for r in self.data["overview"]["by_field"]]
        return Table("analyses-by-field", "Completed CV analyses by field", BY_FIELD_COLUMNS,
                     rows, {"source": "synced CV analyses (local cache)"})
