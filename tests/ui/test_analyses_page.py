"""The CV analyses page: filters, paging and one analysis in detail."""

from __future__ import annotations

from tests.cache_rows import add_analysis, analysis_document


def open_page(window, qtbot):
    page = window.page_by_class("AnalysesPage")
    qtbot.waitUntil(lambda: page.loaded, timeout=20000)
    return page


def test_pages_through_all_analyses(filled_window, qtbot):
    page = open_page(filled_window, qtbot)
    assert page.total == 500 and len(page.model.rows) == 50
    assert page.position.text() == "1–50 of 500"
    assert not page.previous.isEnabled() and page.next.isEnabled()
    first = page.model.row(0)["id"]
    page.next.click()
    qtbot.waitUntil(lambda: page.offset == 50)
    assert page.position.text() == "51–100 of 500" and page.previous.isEnabled()
    assert first not in {r["id"] for r in page.model.rows}


def test_filters_by_field_and_status(filled_window, qtbot):
    page = open_page(filled_window, qtbot)
    page.status_filter.setCurrentText("error")
    qtbot.waitUntil(lambda: {r["processing_status"] for r in page.model.rows} == {"error"})
    page.field.setCurrentText("arts_culture")
    qtbot.waitUntil(lambda: {r["field"] for r in page.model.rows} == {"arts_culture"})
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
