"""The Analytics page: figures, charts drawn from the aggregates, the period filter, charts
saved as PNG and SVG with their title and context, the empty state."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QDate, QPointF, QRectF
from PySide6.QtGui import QFontMetrics, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.ui import dialogs
from desktop.ui.pages.analytics import AnalyticsPage
from desktop.ui.pages.sync import SyncPage


def open_page(window, qtbot):
    page = window.open_page(AnalyticsPage)
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    return page


def test_figures_show_the_overview(filled_window, qtbot):
    page = open_page(filled_window, qtbot)
    overview = page.data.overview
    assert page.figures["total_analyses"].value.text() == "500"
    assert page.figures["completed"].value.text() == f"{overview.completed:,}"
    assert page.figures["success_rate"].value.text() == f"{overview.success_rate:.1f} %"
    assert page.figures["sessions"].value.text() == "44"


def test_charts_are_drawn_with_category_labels_and_values(filled_window, qtbot):
    page = open_page(filled_window, qtbot)
    skills = page.top_skills.plot.getPlotItem()
    bars = [i for i in skills.items if isinstance(i, pg.BarGraphItem)]
    assert len(bars) == 1
    labels = [label for _, label in skills.getAxis("left")._tickLevels[0]]
    assert labels[0] == page.data.overview.compass.top_skills[0].preferred_label
    values = [i.toPlainText() for i in skills.items if isinstance(i, pg.TextItem)]
    assert f"{page.data.overview.compass.top_skills[0].count:,}" in values
    fields = page.per_field.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert {label for _, label in fields} == {"Digital\ntechnology", "Arts and\nculture",
                                              "Science and\nresearch"}
    assert not any(card.empty.isVisible() for card in page.cards)


def test_bar_labels_are_readable_names_side_by_side_at_1024(filled_window, qtbot):
    """Fields and recommendations are named as a counsellor reads them (not stored keys),
    on two lines at most, and neighbouring labels leave room between them at 1024×700."""
    page = open_page(filled_window, qtbot)
    assert filled_window.width() == 1024
    qtbot.wait(200)  # the plots take their laid-out size

    def labels(card):
        item = card.plot.getPlotItem()
        axis = item.getAxis("bottom")
        metrics = QFontMetrics(axis.style["tickFont"] or axis.font())
        ticks = axis._tickLevels[0]
        for (left, first), (right, second) in itertools.pairwise(ticks):
            gap = (item.getViewBox().mapViewToScene(QPointF(right, 0)).x()
                   - item.getViewBox().mapViewToScene(QPointF(left, 0)).x())
            widths = [max(metrics.horizontalAdvance(line) for line in label.split("\n"))
                      for label in (first, second)]
            assert gap > sum(widths) / 2 + 8, (first, second, gap, widths)
        lines = max(label.count("\n") + 1 for _, label in ticks)
        assert lines <= 2 and axis.height() >= lines * metrics.lineSpacing()  # not clipped
        return {label.replace("\n", " ") for _, label in ticks}

    assert labels(page.per_field) == {"Digital technology", "Arts and culture",
                                      "Science and research"}
    assert labels(page.recommendations) <= {"Strong", "Moderate", "Weak", "Unrated"}
    fields = {page.by_field.index(row, 0).data() for row in range(page.by_field.rowCount())}
    assert fields == {"Digital technology", "Arts and culture", "Science and research"}


def test_a_chart_is_saved_as_png_with_its_title_and_context(synced_window, qtbot, monkeypatch,
                                                            tmp_path):
    page = open_page(synced_window, qtbot)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "fields"))
    page.per_field.save_button.click()
    image = QImage(str(tmp_path / "fields.png"))
    assert image.width() == 1600 and image.height() > 300
    assert image.text("Title") == "Analyses per field and status"
    description = image.text("Description")
    assert description.startswith("All time · Source: CV analyses (proof of talent), synced ")
    assert re.search(r"synced \d{4}-\d\d-\d\d \d\d:\d\d UTC · n = 40 analyses", description)
    assert page.per_field.saved.isVisibleTo(page)
    assert page.per_field.saved.text() == f"Saved to {tmp_path / 'fields.png'}"
    assert not page.per_field.plot.getPlotItem().titleLabel.isVisible()  # not twice on screen


def test_a_chart_is_saved_as_svg_that_renders_with_its_title(synced_window, qtbot, monkeypatch,
                                                             tmp_path):
    page = open_page(synced_window, qtbot)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "trend.svg"))
    page.over_time.save_button.click()
    svg = (tmp_path / "trend.svg").read_text("utf-8")
    assert "<title>Analyses created over time</title>" in svg
    assert "7-day rolling mean" in svg and "Source: CV analyses" in svg
    renderer = QSvgRenderer(str(tmp_path / "trend.svg"))
    assert renderer.isValid()
    image = QImage(800, 500, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 800, 500))
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 800, 4) for y in range(0, 500, 4)}
    assert len(colours) > 20  # drawn, not blank


def test_dates_carry_month_and_year_and_legends_sit_outside_the_data(synced_window, qtbot):
    page = open_page(synced_window, qtbot)
    item = page.over_time.plot.getPlotItem()
    labels = [label for _, label in item.getAxis("bottom")._tickLevels[0]]
    assert labels and all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} 20\d\d", t) for t in labels)
    for card in (page.over_time, page.per_field):
        legend = card.legend
        assert legend.layout.count() >= 2
        data_area = card.plot.getPlotItem().vb.sceneBoundingRect
        qtbot.waitUntil(lambda legend=legend, data_area=data_area: legend.sceneBoundingRect().top()
                        >= data_area().bottom(), timeout=5000)  # laid out below the plot


def test_says_what_is_counted(synced_window, qtbot):
    page = open_page(synced_window, qtbot)
    overview = page.data.overview
    # analysis(i): 32 of 40 completed; 6, 20 and 27 (i % 7 == 6, not 85 stored) lack a score
    assert (overview.completed, overview.scored) == (32, 29)
    assert "n = 29 of 32 completed analyses with a score" in page.scores.caption.text()
    assert "n = 32 of 32 completed analyses with a likelihood" in page.likelihoods.caption.text()
    assert page.likelihoods.plot.getPlotItem().getAxis("bottom").labelText == "likelihood (%)"
    shown = {page.by_field.index(row, 4).data() for row in range(page.by_field.rowCount())}
    assert shown == {f"{r.avg_likelihood * 100:.1f}" for r in overview.by_field}
    assert "kept" in page.figures["experiences"].toolTip()
    assert "three views" in page.figures["experiences"].toolTip()


def test_the_period_filter_applies_to_every_figure_chart_and_export(synced_window, qtbot):
    page = open_page(synced_window, qtbot)
    before = page.data
    page.period_choice.setCurrentIndex(page.period_choice.findData("custom"))
    assert page.custom.isVisibleTo(page)
    page.since.setDate(QDate(2025, 11, 4))
    page.until.setDate(QDate(2025, 11, 4))
    qtbot.waitUntil(lambda: page.period.since == date(2025, 11, 4)
                    and page.period.until == date(2025, 11, 4), timeout=20000)
    overview = page.data.overview
    # created hourly from 3 Nov 14:23: 4 Nov holds i = 10..33, errors at i % 5 == 4
    assert (overview.total_analyses, overview.errors) == (24, 4)
    assert page.figures["total_analyses"].value.text() == "24"
    assert page.figures["sessions"].value.text() == "0"  # sessions ended on 3 Nov
    assert overview.total_analyses < before.overview.total_analyses
    for card in page.cards:
        assert card.context.startswith("4 Nov 2025 – 4 Nov 2025 · Source: "), card.title
    assert page.top_skills.empty.isVisibleTo(page)
    assert not page.top_skills.plot.isVisibleTo(page)
    table = page.exportable()
    assert table.metadata["period"] == "4 Nov 2025 – 4 Nov 2025"
    assert (table.metadata["period_since"], table.metadata["period_until"]) == (
        "2025-11-04", "2025-11-04")
    assert sum(row[1] for row in table.rows) == overview.completed


def test_an_empty_cache_says_nothing_is_synced_and_opens_the_sync_page(window, qtbot):
    page = open_page(window, qtbot)
    assert page.figures["total_analyses"].value.text() == "0"
    assert page.figures["success_rate"].value.text() == "—"  # not "0.0 %"
    assert page.body.currentWidget() is page.nothing_synced
    assert "Nothing synced yet" in page.nothing_synced.findChild(QLabel).text()
    assert all(not card.plot.isVisibleTo(page) for card in page.cards)  # no bare axes
    page.nothing_synced.findChild(QPushButton, "openSync").click()
    assert type(window.current_page()).__name__ == "SyncPage"


def test_fits_1024_by_700_without_scrolling_sideways(synced_window, qtbot):
    synced_window.resize(1024, 700)
    page = open_page(synced_window, qtbot)
    scroll = page.body.widget(0)
    qtbot.waitUntil(lambda: scroll.widget().minimumSizeHint().width()
                    <= scroll.viewport().width(), timeout=5000)
    assert not scroll.horizontalScrollBar().isVisible()


def test_the_sync_page_explains_its_larger_compass_counts(synced_window, qtbot):
    page = open_page(synced_window, qtbot)
    sync = synced_window.open_page(SyncPage)
    tip = sync.rows["compass"]["counts"].toolTip()
    assert "all three views" in tip and "Analytics counts only the experiences the user kept" in tip
    assert page.figures["experiences"].toolTip().startswith(
        "Experiences the user explored and kept")


def test_redrawing_charts_never_frees_true_or_none(synced_window, qtbot):
    """PySide6 6.12 drops references to True and None while pyqtgraph items change;
    redrawing must not bring them to the point where Python frees one and aborts."""
    import sys

    page = open_page(synced_window, qtbot)
    for _ in range(100):
        page.show_data(page.data, page.period)
    qtbot.wait(50)
    assert sys.getrefcount(True) > 1 << 30 and sys.getrefcount(None) > 1 << 30
