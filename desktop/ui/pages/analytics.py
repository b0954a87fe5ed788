"""Analytics: key figures and charts over the synced CV analyses and Compass skills, for a
period (last 30 or 90 days, this year, all time or custom) that every figure, chart and
export of the page follows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import InvalidArgument
from desktop.domain.periods import PERIODS, Period, period
from desktop.domain.tables import Table
from desktop.ui import charts
from desktop.ui.analysis_names import named
from desktop.ui.empty_state import nothing_synced_panel
from desktop.ui.i18n import QT_TRANSLATE_NOOP, date_time, integer, translate
from desktop.ui.i18n import percent as percent_text
from desktop.ui.pages import Page
from desktop.ui.table_models import ColumnSpec, RecordTableModel, number

if TYPE_CHECKING:
    from desktop.services.analytics import ChartData, Overview

KEPT_NOTE = QT_TRANSLATE_NOOP(
    "AnalyticsPage", "Experiences the user explored and kept (not deleted), and the top skills "
    "in them, in sessions last active in the period. The Sync page counts every stored row "
    "instead: all three views (pipeline output, explored, deleted) and every skill (top and "
    "remaining).")
FIGURES = [  # (key in the figures, caption, tooltip)
    ("total_analyses", QT_TRANSLATE_NOOP("AnalyticsPage", "CV analyses"),
     QT_TRANSLATE_NOOP("AnalyticsPage", "CV analyses created in the period, any status")),
    ("completed", QT_TRANSLATE_NOOP("AnalyticsPage", "completed"),
     QT_TRANSLATE_NOOP("AnalyticsPage", "Analyses that completed")),
    ("errors", QT_TRANSLATE_NOOP("AnalyticsPage", "errors"),
     QT_TRANSLATE_NOOP("AnalyticsPage", "Analyses that ended in an error")),
    ("success_rate", QT_TRANSLATE_NOOP("AnalyticsPage", "success rate"),
     QT_TRANSLATE_NOOP("AnalyticsPage", "Completed as a share of all analyses in the period")),
    ("sessions", QT_TRANSLATE_NOOP("AnalyticsPage", "Compass sessions"),
     QT_TRANSLATE_NOOP("AnalyticsPage", "Compass sessions whose last message is in the period")),
    ("users", QT_TRANSLATE_NOOP("AnalyticsPage", "Compass users"),
     QT_TRANSLATE_NOOP("AnalyticsPage", "Distinct users of those sessions")),
    ("experiences", QT_TRANSLATE_NOOP("AnalyticsPage", "experiences kept"), KEPT_NOTE),
    ("skill_extractions", QT_TRANSLATE_NOOP("AnalyticsPage", "top skills in them"), KEPT_NOTE),
]
PERIOD_NAMES = (  # the labels of domain.periods.PERIODS, listed for the catalogue
    QT_TRANSLATE_NOOP("AnalyticsPage", "Last 30 days"),
    QT_TRANSLATE_NOOP("AnalyticsPage", "Last 90 days"),
    QT_TRANSLATE_NOOP("AnalyticsPage", "This year"), QT_TRANSLATE_NOOP("AnalyticsPage", "All time"),
    QT_TRANSLATE_NOOP("AnalyticsPage", "Custom"))
BY_FIELD_COLUMNS = ["field", "count", "scored", "avg_score", "avg_likelihood_percent"]
ANALYSES_SOURCE = QT_TRANSLATE_NOOP("AnalyticsPage", "Source: CV analyses (proof of talent), "
                                                   "synced")
COMPASS_SOURCE = QT_TRANSLATE_NOOP("AnalyticsPage", "Source: Compass sessions, synced")


def percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def synced(label: str, when: str | None) -> str:
    label = translate("AnalyticsPage", label)
    return (f"{label} {date_time(when)} UTC" if when
            else translate("AnalyticsPage", "{source} (never synced)").format(source=label))


class Figure(QFrame):
    def __init__(self, caption: str, tooltip: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(tooltip)
        self.value = QLabel("—", alignment=Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 16pt; font-weight: bold; color: #2a4d78;")
        caption_label = QLabel(caption, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        caption_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.value)
        layout.addWidget(caption_label)


class AnalyticsPage(Page):
    title = "Analytics"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.data: ChartData | None = None
        self.period = Period()
        self.period_choice = QComboBox()
        for key, label in PERIODS.items():
            self.period_choice.addItem(self.tr(label), key)
        self.period_choice.setCurrentIndex(self.period_choice.findData("all"))
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
        today = QDate.currentDate()
        self.since.setDate(today.addDays(-29))
        self.until.setDate(today)
        for edit in (self.since, self.until):
            edit.setDisplayFormat("d MMM yyyy")
            edit.dateChanged.connect(self.refresh)
        self.period_choice.currentIndexChanged.connect(self._period_changed)
        self.reload_button = QPushButton(self.tr("Refresh"))
        self.reload_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period_choice)
        self.custom = QWidget()
        custom = QHBoxLayout(self.custom)
        custom.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("from")), self.since, QLabel(self.tr("to")), self.until):
            custom.addWidget(widget)
        bar.addWidget(self.custom)
        self.custom.hide()
        self.status = QLabel(self.tr("Loading figures…"))
        self.status.setStyleSheet("color: #555;")
        bar.addWidget(self.status, 1)
        bar.addWidget(self.reload_button)

        self.figures = {key: Figure(self.tr(caption), self.tr(tip))
                        for key, caption, tip in FIGURES}
        strip = QHBoxLayout()
        for figure in self.figures.values():
            strip.addWidget(figure)

        self.per_field = charts.ChartCard(self.tr("Analyses per field and status"),
                                          y_label=self.tr("analyses"))
        self.recommendations = charts.ChartCard(self.tr("Recommendations of completed analyses"),
                                                y_label=self.tr("analyses"))
        self.over_time = charts.ChartCard(self.tr("Analyses created over time"),
                                          y_label=self.tr("analyses"))
        self.scores = charts.ChartCard(self.tr("Overall score of completed analyses"),
                                       x_label=self.tr("overall score (0–100)"),
                                       y_label=self.tr("analyses"))
        self.likelihoods = charts.ChartCard(self.tr("Likelihood of completed analyses"),
                                            x_label=self.tr("likelihood (%)"),
                                            y_label=self.tr("analyses"))
        self.top_skills = charts.ChartCard(self.tr("Most extracted Compass skills"),
                                           x_label=self.tr("kept experiences with it among their "
                                                           "top skills"), min_height=420)
        self.skills_per_experience = charts.ChartCard(
            self.tr("Top skills per kept experience"),
            x_label=self.tr("top skills in the experience"),
            y_label=self.tr("experiences"))
        self.by_field = RecordTableModel([
            ColumnSpec("field", self.tr("Field"), named),
            ColumnSpec("count", self.tr("Completed"), align_right=True),
            ColumnSpec("scored", self.tr("With a score"), align_right=True),
            ColumnSpec("avg_score", self.tr("Mean score"), number(1), align_right=True),
            ColumnSpec("avg_likelihood", self.tr("Mean likelihood (%)"),
                       lambda v: number(1)(percent(v)), align_right=True)])
        by_field_view = QTableView()
        by_field_view.setModel(self.by_field)
        by_field_view.verticalHeader().hide()
        by_field_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.by_field_note = QLabel(wordWrap=True)
        self.by_field_note.setStyleSheet("color: #555;")
        by_field_box = QGroupBox(self.tr("Completed analyses by field"))
        box_layout = QVBoxLayout(by_field_box)
        box_layout.addWidget(self.by_field_note)
        box_layout.addWidget(by_field_view)

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
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(strip)
        content_layout.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.nothing_synced = nothing_synced_panel(
            self.window_, self.tr("Nothing synced yet: Analytics counts the CV analyses and "
                                  "Compass sessions synced to this computer."))
        self.body = QStackedWidget()
        self.body.addWidget(scroll)
        self.body.addWidget(self.nothing_synced)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)

    @property
    def cards(self) -> list[charts.ChartCard]:
        return [self.per_field, self.recommendations, self.over_time, self.scores,
                self.likelihoods, self.top_skills, self.skills_per_experience]

    def _period_changed(self) -> None:
        self.custom.setVisible(self.period_choice.currentData() == "custom")
        self.refresh()

    def chosen_period(self) -> Period:
        choice = self.period_choice.currentData()
        return period(choice, date.today(), _day(self.since), _day(self.until))

    def refresh(self) -> None:
        from desktop.services.analytics import chart_data

        try:
            chosen = self.chosen_period()
        except InvalidArgument as error:  # a custom period ending before it starts
            self.status.setText(str(error))
            return
        services = self.services
        self.status.setText(self.tr("Loading figures…"))
        self.bridge.submit(lambda _task: chart_data(services, chosen), title=self.tr("Analytics"),
                           key="analytics.figures",
                           on_result=lambda data: self.show_data(data, chosen),
                           on_error=lambda e: self.status.setText(
                               self.tr("Cannot compute: {error}").format(error=e)))

    def show_data(self, data: ChartData, chosen: Period | None = None) -> None:
        self.data, self.period = data, chosen or Period()
        overview, cached = data.overview, data.cached
        self.body.setCurrentIndex(0 if cached.analyses or cached.sessions else 1)
        for key, figure in self.figures.items():
            figure.value.setText(self._figure_text(key, overview))
        described = self.tr(overview.period.label)  # a preset's name; a span stays
        self.status.setText(self.tr(
            "{period}: {analyses} of {cached_analyses} CV analyses, {sessions} of "
            "{cached_sessions} Compass sessions in the local cache.").format(
                period=described, analyses=integer(overview.total_analyses),
                cached_analyses=integer(cached.analyses),
                sessions=integer(overview.compass.sessions),
                cached_sessions=integer(cached.sessions)))
        analyses_context = f"{described} · {synced(ANALYSES_SOURCE, data.synced_at.analyses)}"
        compass_context = f"{described} · {synced(COMPASS_SOURCE, data.synced_at.compass)}"
        self._draw_analyses(data, analyses_context)
        self._draw_compass(data, compass_context)

    @staticmethod
    def _figure_text(key: str, overview: Overview) -> str:
        if key == "success_rate":
            return percent_text(overview.success_rate, 1) if overview.total_analyses else "—"
        owner = overview.compass if hasattr(overview.compass, key) else overview
        return integer(getattr(owner, key))

    def _draw_analyses(self, data: ChartData, context: str) -> None:
        overview = data.overview
        completed = overview.completed
        self.by_field.set_rows(overview.by_field)
        fields = data.per_field
        self.per_field.set_context(f"{context} · " + self.tr("n = {n} analyses").format(
            n=integer(overview.total_analyses)))
        charts.bar_chart(self.per_field, [named(f.field) for f in fields],
                         [[f.completed for f in fields], [f.errors for f in fields],
                          [f.other for f in fields]],
                         [self.tr("completed"), self.tr("errors"), self.tr("other status")])
        recommendations = overview.by_recommendation
        self.recommendations.set_context(f"{context} · " + self.tr(
            "n = {n} completed analyses (unrated: no recommendation could be derived)").format(
                n=integer(completed)))
        charts.bar_chart(self.recommendations, [named(r.recommendation) for r in recommendations],
                         [[r.count for r in recommendations]], colours=[charts.GREEN])
        series = data.over_time
        self.over_time.set_context(f"{context} · " + (
            self.tr("{n} analyses per day by creation date; trend: {window}-day rolling mean")
            if series.unit == "day" else
            self.tr("{n} analyses per week by creation date; trend: {window}-week rolling mean")
        ).format(n=integer(int(series.counts.sum())), window=series.window))
        charts.trend_chart(self.over_time, series.starts, series.counts, series.trend,
                           series.unit, series.window)
        scores = data.score_histogram
        self.scores.set_context(f"{context} · " + self.tr(
            "n = {n} of {completed} completed analyses with a score").format(
                n=integer(int(scores.sum())), completed=integer(completed)))
        charts.histogram_chart(self.scores, np.linspace(0, 100, 11), scores, "{:.0f}")
        likelihoods = data.likelihood_histogram
        self.likelihoods.set_context(f"{context} · " + self.tr(
            "n = {n} of {completed} completed analyses with a likelihood").format(
                n=integer(int(likelihoods.sum())), completed=integer(completed)))
        charts.histogram_chart(self.likelihoods, np.linspace(0, 100, 11), likelihoods,
                               "{:.0f}", colour=charts.ORANGE)
        scored = sum(r.scored for r in overview.by_field)
        self.by_field_note.setText(f"{context} · " + self.tr(
            "means over the analyses with a value: n = {n} of {completed} with a score").format(
                n=integer(scored), completed=integer(completed)))

    def _draw_compass(self, data: ChartData, context: str) -> None:
        compass = data.overview.compass
        skills = compass.top_skills
        unidentified = compass.unidentified_skills
        self.top_skills.set_context(
            f"{context} · " + self.tr(
                "{skills} top skills in {experiences} kept experiences; grouped by ESCO UUID, or "
                "by label where the UUID is missing (marked “no UUID”)").format(
                    skills=integer(compass.skill_extractions),
                    experiences=integer(compass.experiences))
            + (self.tr("; {n} with neither left out").format(n=integer(unidentified))
               if unidentified else ""))
        charts.horizontal_bar_chart(
            self.top_skills, [s.preferred_label + ("" if s.skill_uuid else self.tr(" (no UUID)"))
                              for s in skills], [s.count for s in skills])
        per_experience = data.skills_per_experience
        self.skills_per_experience.set_context(
            f"{context} · " + self.tr("n = {n} kept experiences").format(
                n=integer(sum(s.experiences for s in per_experience))))
        counts = {s.top_skills: s.experiences for s in per_experience}
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
        overview = self.data.overview
        rows = [[r.field, r.count, r.scored, r.avg_score, percent(r.avg_likelihood)]
                for r in overview.by_field]
        return Table("analyses-by-field", "Completed CV analyses by field", BY_FIELD_COLUMNS,
                     rows, {"source": "synced CV analyses (local cache)",
                            "period": overview.period.label,
                            "period_since": self.period.since and self.period.since.isoformat(),
                            "period_until": self.period.until and self.period.until.isoformat(),
                            "synced_at": self.data.synced_at.analyses})


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())
