"""CV analyses: the synced analyses, filtered by field and status, sorted by any column, a
page at a time, and one analysis in detail (strengths, weaknesses, gaps by severity,
roadmap)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
)

from desktop.domain.tables import Table
from desktop.ui.empty_state import nothing_synced_panel
from desktop.ui.i18n import QT_TRANSLATE_NOOP, integer
from desktop.ui.pages import Page
from desktop.ui.table_models import ColumnSpec, RecordTableModel, number

if TYPE_CHECKING:
    from desktop.services.analytics import Analysis, AnalysisPage, Filters

ALL = QT_TRANSLATE_NOOP("AnalysesPage", "All")  # the first entry of each filter: no filter
SEVERITY_COLOURS = {"critical": "#b3261e", "high": "#d9730d", "medium": "#8a6d00",
                    "low": "#4f7a4f"}
LIST_COLUMNS = ["created_at", "field", "processing_status", "overall_score", "likelihood",
                "recommendation", "session_id", "id"]


def percent(value: Any) -> str:
    return "" if value is None else f"{value * 100:.0f} %"


def short_time(value: Any) -> str:
    return "" if not value else str(value)[:16].replace("T", " ")


def detail_html(record: Analysis) -> str:
    """One analysis as the counsellor reads it."""
    detail = record.detail
    derived = set(record.derived)

    def metric(name: str, key: str, text: str) -> str:
        note = " <small>(derived)</small>" if key in derived else ""
        return f"<tr><td>{name}</td><td><b>{escape(text)}</b>{note}</td></tr>"

    parts = [f"<h3>{escape(record.field or 'Unknown field')} — "
             f"{escape(record.processing_status or '')}</h3>",
             f"<p style='color:#555'>Session {escape(record.session_id or '—')} · created "
             f"{escape(record.created_at or '—')}</p><table cellpadding='2'>",
             metric("Overall score", "overall_score", number(0)(record.overall_score) or "—"),
             metric("Likelihood", "likelihood", percent(record.likelihood) or "—"),
             metric("Recommendation", "recommendation", record.recommendation or "—"),
             "</table>"]
    if detail.error:
        parts.append(f"<p style='color:#b3261e'><b>Error:</b> {escape(detail.error)}</p>")
    if detail.assessment_level or detail.overall_assessment:
        parts.append(f"<p><b>{escape(detail.assessment_level or '')}</b> "
                     f"{escape(detail.overall_assessment or '')}</p>")
    for heading, texts in (("Strengths", detail.strengths),
                           ("Weaknesses (CV feedback)", detail.weaknesses)):
        if texts:
            parts.append(f"<h4>{heading}</h4><ul>" + "".join(
                f"<li>{escape(s)}</li>" for s in texts) + "</ul>")
    if detail.gaps:
        parts.append("<h4>Gaps</h4><ul>" + "".join(
            f"<li><b style='color:{SEVERITY_COLOURS.get(g.severity, '#333')}'>"
            f"{escape(g.severity or 'unrated')}</b> · <b>{escape(g.type)}</b>: "
            f"{escape(g.description)}"
            + (f"<br><i>{escape(g.recommendation)}</i>" if g.recommendation else "")
            + "</li>" for g in detail.gaps) + "</ul>")
    if detail.milestones:
        weeks = f" ({detail.total_weeks} weeks)" if detail.total_weeks else ""
        parts.append(f"<h4>Roadmap{weeks}</h4><ol>" + "".join(
            f"<li><b>{escape(m.title)}</b>"
            + (f" — {m.duration_weeks} weeks" if m.duration_weeks else "")
            + (f", {escape(m.priority)} priority" if m.priority else "")
            + f"<br>{escape(m.description)}</li>" for m in detail.milestones) + "</ol>")
    if detail.next_steps:
        parts.append("<h4>Next steps</h4><ul>" + "".join(
            f"<li>{escape(s)}</li>" for s in detail.next_steps) + "</ul>")
    return "".join(parts)


class OrderedModel(RecordTableModel):
    """Rows sorted in the cache: the sorted column's header says the order with an arrow
    (▼ descending: newest, highest first), whatever arrow the style would draw."""

    def __init__(self, columns: list[ColumnSpec]) -> None:
        super().__init__(columns)
        self.order = (0, True)  # (column, descending)

    def set_order(self, column: int, descending: bool) -> None:
        self.order = (column, descending)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        text = super().headerData(section, orientation, role)
        column, descending = self.order
        if text and role == Qt.ItemDataRole.DisplayRole and section == column:
            return f"{text} {'▼' if descending else '▲'}"
        return text


class AnalysesPage(Page):
    title = "CV analyses"
    page_size = 50

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.offset = 0
        self.total = 0
        self.loaded = False
        self.field = QComboBox()
        self.status_filter = QComboBox()
        for combo in (self.field, self.status_filter):
            combo.addItem(self.tr(ALL))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)  # "digital_technology", "completed" in full
            combo.currentIndexChanged.connect(self._filter_changed)
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.next = QPushButton(self.tr("Next ▶"))
        self.previous.clicked.connect(lambda: self._go(self.offset - self.page_size))
        self.next.clicked.connect(lambda: self._go(self.offset + self.page_size))
        self.position = QLabel()
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Field:")), self.field, QLabel(self.tr("Status:")),
                       self.status_filter):
            bar.addWidget(widget)
        bar.addStretch(1)
        for control in (self.position, self.previous, self.next):
            bar.addWidget(control)

        self.order = ("created_at", True)  # (column, descending)
        self.model = OrderedModel([
            ColumnSpec("created_at", self.tr("Created (UTC)"), short_time), ColumnSpec("field",
                                                                                       self.tr("Field")),
            ColumnSpec("processing_status", self.tr("Status")),
            ColumnSpec("overall_score", self.tr("Score"), number(0), align_right=True),
            ColumnSpec("likelihood", self.tr("Likelihood"), percent, align_right=True),
            ColumnSpec("recommendation", self.tr("Recommendation"))])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsClickable(True)  # sorted in the cache, across every page
        header.setSortIndicatorShown(False)  # the header text shows it (OrderedModel)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._open(current.row()))
        self.detail = QTextBrowser()
        self.detail.setPlaceholderText(self.tr("Select an analysis to read it."))

        self.nothing_synced = nothing_synced_panel(
            window, self.tr("No CV analyses synced yet: sync them from the proof-of-talent "
                            "database "
                    "to read them here."))
        self.nothing_synced.hide()
        self.panes = self.split(self.view, self.detail, (680, 500),
                                above=(bar, self.nothing_synced))

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.services.analytics import filters

        services = self.services
        self.bridge.submit(lambda _task: filters(services), on_result=self._filters_loaded)

    def _filters_loaded(self, found: Filters) -> None:
        for combo, values in ((self.field, found.fields), (self.status_filter, found.statuses)):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems([self.tr(ALL), *values])
            combo.setCurrentIndex(max(combo.findText(current), 0))
            combo.blockSignals(False)
        self._go(0)

    def _filter_changed(self) -> None:
        self._go(0)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.order = (self.model.columns[column].key, descending)
        self.model.set_order(column, descending)
        self._go(0)

    def _choice(self, combo: QComboBox) -> str | None:
        return None if combo.currentIndex() <= 0 else combo.currentText()

    def _go(self, offset: int) -> None:
        from desktop.services.analytics import list_analyses

        services = self.services
        field, status = self._choice(self.field), self._choice(self.status_filter)
        order_by, descending = self.order
        self.bridge.submit(
            lambda _task: list_analyses(services, field, status, max(offset, 0),
                                        self.page_size, order_by, descending),
            key="analyses.page", on_result=self._show_page)

    def _show_page(self, page: AnalysisPage) -> None:
        self.offset, self.total = page.offset, page.total
        self.model.set_rows(page.analyses)
        last = self.offset + len(page.analyses)
        self.position.setText(self.tr("{first}–{last} of {total}").format(
            first=integer(self.offset + 1), last=integer(last), total=integer(self.total))
            if self.total else self.tr("No analyses"))
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(last < self.total)
        self.detail.clear()
        nothing = not self.total and self.field.count() == 1  # no filter values: empty cache
        self.nothing_synced.setVisible(nothing)
        self.panes.setVisible(not nothing)
        self.loaded = True
        if page.analyses:
            self.view.selectRow(0)

    def _open(self, row: int) -> None:
        from desktop.services.analytics import analysis

        if row < 0 or row >= len(self.model.rows):
            return
        services, analysis_id = self.services, self.model.row(row).id
        self.bridge.submit(lambda _task: analysis(services, analysis_id),
                           on_result=lambda record: self.detail.setHtml(detail_html(record)))

    def shown_selection(self) -> dict[str, Any]:
        """The filters in view and how many analyses match them (every page)."""
        return {"field": self._choice(self.field), "status": self._choice(self.status_filter),
                "total": self.total}

    def exportable(self) -> Table | None:
        if not self.model.rows:
            return None
        filters = {"field": self._choice(self.field) or "all",
                   "status": self._choice(self.status_filter) or "all"}
        return Table("cv-analyses-page", "CV analyses (this page)", LIST_COLUMNS,
                     [[getattr(r, c) for c in LIST_COLUMNS] for r in self.model.rows],
                     {"filters": filters, "offset": self.offset, "total_matching": self.total})
