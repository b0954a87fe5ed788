"""The CV analyses page: filters, paging and one analysis in detail."""

from __future__ import annotations

import csv

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton

from desktop.ui import dialogs
from desktop.ui.pages.analyses import AnalysesPage
from tests.cache_rows import add_analysis, analysis_document
from tests.ui.conftest import menu_action


def open_page(window, qtbot):
    page = window.open_page(AnalysesPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    return page


def test_pages_through_all_analyses(filled_window, qtbot):
    page = open_page(filled_window, qtbot)
    assert page.total == 500 and len(page.model.rows) == 50
    assert page.position.text() == "1–50 of 500"
    assert not page.previous.isEnabled() and page.next.isEnabled()
    first = page.model.row(0).id
    page.next.click()
    qtbot.waitUntil(lambda: page.offset == 50)
    assert page.position.text() == "51–100 of 500" and page.previous.isEnabled()
    assert first not in {r.id for r in page.model.rows}


def test_filters_by_field_and_status(filled_window, qtbot):
    page = open_page(filled_window, qtbot)
    page.status_filter.setCurrentText("error")
    qtbot.waitUntil(lambda: {r.processing_status for r in page.model.rows} == {"error"})
    page.field.setCurrentText("Arts and culture")  # the stored key, as a counsellor reads it
    qtbot.waitUntil(lambda: {r.field for r in page.model.rows} == {"arts_culture"})
    assert page.model.index(0, 1).data() == "Arts and culture"
    assert page.total < 50 and page.exportable().metadata["filters"] == {
        "field": "arts_culture", "status": "error"}


def test_detail_shows_strengths_gaps_and_roadmap(filled_window, qtbot):
    with filled_window.services.cache.write() as db:
        add_analysis(db, "f" * 24, score=64, likelihood=0.62, recommendation="moderate",
                     created_at="2099-01-01T09:00:00Z", document=analysis_document(
                         gaps=(("Media coverage", "low"), ("Recommendation Letters",
                                                            "critical"))))
    page = open_page(filled_window, qtbot)
    qtbot.waitUntil(lambda: "Roadmap" in page.detail.toPlainText(), timeout=10000)
    text = page.detail.toPlainText()
    assert "Strong CV" in text and "Find recommenders — 2 weeks" in text
    assert text.index("critical · Recommendation Letters") < text.index("low · Media coverage")
    assert "62 %" in text


def test_columns_sort_across_every_page(synced_window, qtbot):
    page = open_page(synced_window, qtbot)
    header = page.view.horizontalHeader()
    score = next(i for i, c in enumerate(page.model.columns) if c.key == "overall_score")
    header.setSortIndicator(score, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: page.order == ("overall_score", False) and page.model.rows
                    and page.model.row(0).overall_score == 0, timeout=10000)
    scores = [r.overall_score for r in page.model.rows]
    present = [s for s in scores if s is not None]
    assert present == sorted(present) and scores[-1] is None  # errors (no score) last
    header.setSortIndicator(score, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.row(0).overall_score == 100, timeout=10000)


def test_the_header_arrow_says_the_order_shown(synced_window, qtbot):
    """Newest first shows ▼ on "Created"; a click on a column sorts it A→Z (▲), a second
    click reverses it (▼), and only the sorted column has an arrow."""
    page = open_page(synced_window, qtbot)
    header = page.view.horizontalHeader()

    def title(column):
        return page.model.headerData(column, Qt.Orientation.Horizontal)

    def click(column):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(column) + 8, 5))

    created = [r.created_at for r in page.model.rows]
    assert created == sorted(created, reverse=True) and title(0) == "Created (UTC) ▼"
    assert not header.isSortIndicatorShown()  # the style's arrow would point up here
    score = next(i for i, c in enumerate(page.model.columns) if c.key == "overall_score")
    click(score)
    qtbot.waitUntil(lambda: page.model.row(0).overall_score == 0, timeout=10000)
    assert (title(score), title(0)) == ("Score ▲", "Created (UTC)")
    click(score)
    qtbot.waitUntil(lambda: page.model.row(0).overall_score == 100, timeout=10000)
    assert title(score) == "Score ▼"


def test_detail_shows_weaknesses(synced_window, qtbot):
    page = open_page(synced_window, qtbot)
    # analysis(3): completed, CV feedback with 3 weaknesses
    row = next(i for i, r in enumerate(page.model.rows) if r.session_id.endswith("00000003"))
    page.view.selectRow(row)
    qtbot.waitUntil(lambda: "Weaknesses (CV feedback)" in page.detail.toPlainText(),
                    timeout=10000)
    text = page.detail.toPlainText()
    assert text.index("Strengths") < text.index("Weaknesses (CV feedback)") < text.index("Gaps")


def test_filter_boxes_show_their_longest_value_at_1024(synced_window, qtbot):
    synced_window.resize(1024, 700)
    page = open_page(synced_window, qtbot)
    qtbot.waitUntil(lambda: page.field.count() > 1)
    for combo in (page.field, page.status_filter):
        longest = max((combo.itemText(i) for i in range(combo.count())), key=len)
        assert combo.width() > QFontMetrics(combo.font()).horizontalAdvance(longest), longest


def test_an_empty_cache_says_nothing_is_synced(window, qtbot):
    page = open_page(window, qtbot)
    assert page.nothing_synced.isVisibleTo(page) and not page.panes.isVisibleTo(page)
    page.nothing_synced.findChild(QPushButton, "openSync").click()
    assert type(window.current_page()).__name__ == "SyncPage"


def test_export_what_is_shown_or_everything(synced_window, qtbot, monkeypatch, tmp_path):
    page = open_page(synced_window, qtbot)
    page.field.setCurrentText("Arts and culture")
    qtbot.waitUntil(lambda: page.total == 13, timeout=10000)  # i % 3 == 1 of 40
    offered = {}

    def answer(dialog):
        offered["scopes"] = [dialog.scope.itemText(i) for i in range(dialog.scope.count())]
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        return True

    monkeypatch.setattr(dialogs, "run_dialog", answer)
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: (str(tmp_path / "shown"), ""))
    menu_action(synced_window, "CV analyses…").trigger()
    target = tmp_path / "shown.csv"
    qtbot.waitUntil(target.exists, timeout=20000)
    synced_window.bridge.wait()
    assert offered["scopes"] == [
        "What is shown: the 13 analyses with field = arts_culture, status = all (every page)",
        "Everything: every completed analysis (the upstream dataset)"]
    with open(target, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 13 and {r["field"] for r in rows} == {"arts_culture"}
