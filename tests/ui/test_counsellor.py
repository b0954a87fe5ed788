"""What a counsellor meets in the first hour, on the real release at 1024×700."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui import dialogs
from desktop.ui.pages.client import ClientPage
from desktop.ui.pages.clients import ClientsPage
from desktop.ui.pages.explorer import ExplorerPage
from desktop.ui.pages.gaps import GapPage
from desktop.ui.pages.recommendations import RecommendationsPage

RETAIL = "41-2031.00"


@pytest.fixture
def client(release_window):
    """A retail salesperson with ratings prefilled from the current occupation."""
    from desktop.services import casework

    services = release_window.services
    created = casework.create_client(services, "R-101", current_code=RETAIL)
    casework.prefill_from_occupation(services, created.id, RETAIL)
    return created


def settle(qtbot, window) -> None:
    window.bridge.wait()
    qtbot.wait(50)  # deliver the results queued for the GUI thread


def test_the_technology_tab_opens_after_a_skill_was_selected(release_window, qtbot):
    page = release_window.open_page(ExplorerPage)
    page.open_occupation(RETAIL)
    qtbot.waitUntil(lambda: page.current is not None and page.current.code == RETAIL,
                    timeout=10000)
    page.tabs.widget(0).selectRow(3)
    assert page.anchor_note.isVisibleTo(page)  # what the selected skill's level means
    page.tabs.setCurrentIndex(2)
    page.tabs.widget(2).selectRow(1)
    qtbot.wait(50)
    assert release_window.errors == []
    assert page.technology.rowCount() > 0
    assert not page.anchor_note.isVisibleTo(page)  # no levels on the Technology tab


def test_every_page_fits_1024_by_700_without_clipped_text(release_window, client, qtbot):
    from desktop.ui.main_window import PAGES

    window = release_window
    for index, (title, _, _) in enumerate(PAGES):
        window.select_page(index)
        settle(qtbot, window)
        assert window.minimumSizeHint().width() <= 1024, title
        assert window.width() <= 1024 and window.height() <= 700
        holder = window.stack.currentWidget()  # a page wider than that would scroll
        assert not holder.horizontalScrollBar().isVisible(), title
        metrics = window.page_list.fontMetrics()
        for row in range(window.page_list.count()):
            text = window.page_list.item(row).text()
            assert metrics.horizontalAdvance(text) < window.page_list.viewport().width(), text

    ratings = window.open_page(ClientPage)
    ratings.open_client(client.id)
    qtbot.waitUntil(lambda: len(ratings.model.rows) == 35, timeout=10000)
    settle(qtbot, window)
    header = ratings.table.horizontalHeader()
    for column in range(ratings.model.columnCount()):
        text = ratings.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text

    explorer = window.open_page(ExplorerPage)
    explorer.open_occupation("29-1141.00")  # knowledge with low-precision notes
    qtbot.waitUntil(lambda: explorer.current and explorer.current.code == "29-1141.00",
                    timeout=10000)
    explorer.tabs.setCurrentIndex(1)
    settle(qtbot, window)
    view = explorer.tabs.widget(1)
    widest = max(view.fontMetrics().horizontalAdvance(r.name) for r in explorer.knowledge.rows)
    assert view.columnWidth(0) > widest
    notes = explorer.knowledge.columns.index(
        next(c for c in explorer.knowledge.columns if c.key == "note"))
    assert view.columnViewportPosition(notes) + view.columnWidth(notes) \
        <= view.viewport().width()


def test_the_occupation_box_suggests_without_rewriting_what_was_typed(release_window, qtbot):
    clients = release_window.open_page(ClientsPage)
    clients.new_client()
    qtbot.keyClicks(clients.label, "R-102")
    qtbot.keyClicks(clients.occupation, "Retail")
    completer = clients.occupation.completer()
    qtbot.waitUntil(lambda: completer.model().rowCount() > 0, timeout=10000)
    assert clients.occupation.text() == "Retail"
    first = completer.model().index(0, 0).data()
    assert first.startswith("Retail Salespersons")
    completer.activated.emit(first)
    qtbot.mouseClick(clients.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(clients.model.rows) == 1, timeout=10000)
    shown = clients.model.index(0, 1).data()
    assert shown == "Retail Salespersons" and clients.model.row(0).current_code == RETAIL


def test_prefill_asks_before_changing_ratings_and_says_how_many(release_window, client, qtbot,
                                                                monkeypatch):
    from desktop.services import casework

    services = release_window.services
    proposed = casework.occupation_ratings(services, RETAIL)
    manual = {e: (r + 1) % 5 for e, r in list(proposed.items())[:6]}
    casework.set_ratings(services, client.id, manual)
    before = casework.get_ratings(services, client.id)
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(dialogs, "confirm",
                        lambda _p, _t, question: asked.append(question) or answer[0])
    page = release_window.open_page(ClientPage)
    page.open_client(client.id)
    qtbot.waitUntil(lambda: page.client is not None and page.prefill_button.isEnabled(),
                    timeout=10000)
    page.prefill_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "changes 6 of R-101's ratings" in asked[0]
    settle(qtbot, release_window)
    assert casework.get_ratings(services, client.id) == before
    answer[0] = True
    page.prefill_button.click()
    qtbot.waitUntil(lambda: casework.get_ratings(services, client.id) == proposed,
                    timeout=10000)


def recommendations_for(window, qtbot, client_id):
    page = window.open_page(RecommendationsPage)
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.result is not None and page.items.rowCount() > 1,
                    timeout=20000)
    return page


def test_hide_hides_the_row_and_hidden_rows_can_be_shown(release_window, client, qtbot):
    page = recommendations_for(release_window, qtbot, client.id)
    page.table.selectRow(0)
    hidden = page.items.row(0).item.code
    count = page.items.rowCount()
    page.feedback_buttons["hide"].click()
    qtbot.waitUntil(lambda: page.items.rowCount() == count - 1, timeout=10000)
    assert hidden not in [r.item.code for r in page.items.rows]
    page.show_hidden.setChecked(True)
    assert hidden in [r.item.code for r in page.items.rows]
    page.show_hidden.setChecked(False)
    page.recommend()  # shown again later: still hidden for this client
    settle(qtbot, release_window)
    assert hidden not in [r.item.code for r in page.items.rows]


def recorded_events(window, client_id) -> list[int]:
    from sqlalchemy import text

    with window.services.casework.read() as db:
        return list(db.execute(text("SELECT id FROM recommendation_event WHERE client_id = :c"),
                               {"c": client_id}).scalars())


def test_filters_do_not_record_new_events(release_window, client, qtbot):
    page = recommendations_for(release_window, qtbot, client.id)
    event = page.result.event_id
    page.tier_box.setCurrentIndex(page.tier_box.findData("trainable"))
    qtbot.waitUntil(lambda: {r.item.tier for r in page.items.rows} == {"trainable"},
                    timeout=20000)
    def highest_zone() -> int:
        return max(r.item.job_zone or 0 for r in page.items.rows)

    assert highest_zone() > 2
    page.zone_high.setValue(2)  # the page recommends again after a short pause
    qtbot.waitUntil(lambda: page.items.rowCount() > 0 and highest_zone() <= 2, timeout=20000)
    settle(qtbot, release_window)
    assert recorded_events(release_window, client.id) == [event]
    page.table.selectRow(page.items.rowCount() - 1)  # shown only after filtering
    page.feedback_buttons["save"].click()
    qtbot.waitUntil(lambda: "save" in page.items.row(page.items.rowCount() - 1).feedback,
                    timeout=10000)
    assert release_window.errors == []


def test_a_showing_asked_for_twice_at_once_records_one_event(release_window, client, qtbot):
    page = release_window.open_page(RecommendationsPage)
    page.open_client(client.id)
    qtbot.waitUntil(lambda: page.picker.client_id == client.id, timeout=10000)
    page.recommend()
    page.recommend()  # before the first is recorded, as when a client is chosen twice
    settle(qtbot, release_window)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    settle(qtbot, release_window)
    assert recorded_events(release_window, client.id) == [page.result.event_id]


def test_search_ranks_abbreviations_and_suggests_close_spellings(release_window, qtbot):
    page = release_window.open_page(ExplorerPage)
    page.search_box.setText("RN")
    qtbot.waitUntil(lambda: page.results.count() > 0
                    and page.results.item(0).text().startswith("Registered Nurses\n"),
                    timeout=10000)
    page.search_box.setText("pogrammer")
    qtbot.waitUntil(page.no_results.isVisible, timeout=10000)
    assert page.results.count() == 0 and "No occupation matches" in page.no_results.text()
    assert "programmer" in page.no_results.text()
    page.no_results.linkActivated.emit("programmer")
    qtbot.waitUntil(lambda: page.results.count() > 0
                    and page.results.item(0).text().startswith("Computer Programmers\n"),
                    timeout=10000)
    assert not page.no_results.isVisible()


def test_a_slow_earlier_client_search_never_replaces_a_newer_one(release_window, qtbot,
                                                                 monkeypatch):
    from desktop.services import casework

    services = release_window.services
    for label in ("A-1", "B-2", "B-3"):
        casework.create_client(services, label)
    page = release_window.open_page(ClientsPage)
    qtbot.waitUntil(lambda: len(page.model.rows) == 3, timeout=10000)
    slow = threading.Event()
    original = casework.list_clients

    def listing(services, include_archived=False, query=""):
        if not query:
            slow.wait(5)  # the older, unfiltered request answers last
        return original(services, include_archived, query)

    monkeypatch.setattr(casework, "list_clients", listing)
    page.reload()
    page.search.setText("B-")
    page.reload()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2, timeout=10000)
    slow.set()
    settle(qtbot, release_window)
    assert [r.label for r in page.model.rows] == ["B-2", "B-3"]
    QApplication.processEvents()


def test_a_gap_export_names_the_client_and_the_release_inside(release_window, client, qtbot,
                                                              tmp_path, monkeypatch):
    import csv

    from desktop.ui.exports import export_current_table

    gaps = release_window.open_page(GapPage)
    gaps.compare_client(client.id, "41-1011.00")
    qtbot.waitUntil(lambda: gaps.models["client"].rowCount() > 0, timeout=10000)
    target = tmp_path / "my exports" / "gaps.csv"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: (str(target), ""))
    export_current_table(release_window)
    qtbot.waitUntil(target.exists, timeout=10000)
    with open(target, newline="", encoding="utf-8") as stream:
        header, first, *_ = list(csv.reader(stream))
    assert header[:3] == ["Client", "Target occupation", "Skill"]
    assert first[0] == "R-101" and first[-1] == "O*NET 30.1 release"
    assert release_window.ui_state.export_folder == str(target.parent)  # offered next time


def test_technology_and_tier_texts_use_only_glyphs_of_the_app_font(release_window, client,
                                                                   qtbot):
    from PySide6.QtGui import QFontMetrics

    page = release_window.open_page(ExplorerPage)
    page.open_occupation("15-1252.00")  # many hot technologies
    qtbot.waitUntil(lambda: page.current and page.current.code == "15-1252.00",
                    timeout=10000)
    model = page.technology
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    texts = {model.index(r, c).data() or "" for r in range(model.rowCount())
             for c in range(model.columnCount())}
    assert "Hot" in texts
    recommendations = recommendations_for(release_window, qtbot, client.id)
    texts |= {recommendations.items.index(r, 0).data()
              for r in range(recommendations.items.rowCount())}
    metrics = QFontMetrics(release_window.font())
    missing = {ch for text in texts for ch in text if not metrics.inFontUcs4(ord(ch))}
    assert missing == set()


def in_view(widget) -> bool:
    """Shown whole: neither clipped by a parent nor scrolled out of its page."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def check_chart_fits(window, chart, tmp_path):
    """Title, Save…, caption and the 0–7 axis in view without scrolling; the rows that do not
    fit scroll beside the plot (scroll bar, wheel); a saved image holds every row."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QImage, QWheelEvent

    holder = window.stack.currentWidget()
    assert not holder.verticalScrollBar().isVisible()
    assert not holder.horizontalScrollBar().isVisible()
    card, view = chart.card, chart.card.plot
    for widget in (card.save_button, card.caption, view.viewport()):
        assert in_view(widget), widget
    axis = view.getPlotItem().getAxis("bottom")
    assert view.viewport().rect().contains(view.mapFromScene(axis.sceneBoundingRect())
                                           .boundingRect())
    scroller = chart.scroller
    shown = scroller.shown()
    assert 4 <= shown < len(chart.rows) and in_view(scroller)
    wheel = QWheelEvent(QPointF(20, 20), QPointF(20, 20), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert scroller.value() == 3  # one notch: three rows further down
    low, high = view.getPlotItem().getViewBox().viewRange()[1]
    assert (low, high) == (len(chart.rows) - 3 - shown - 0.5, len(chart.rows) - 3 - 0.5)
    from desktop.ui.charts import LEVEL_ROW_HEIGHT, PNG_WIDTH

    card.save(str(tmp_path / "chart.png"))
    image = QImage(str(tmp_path / "chart.png"))
    item_width = view.getPlotItem().width()
    assert image.height() >= PNG_WIDTH * len(chart.rows) * LEVEL_ROW_HEIGHT / item_width
    assert scroller.shown() == shown and scroller.value() == 3  # the view is as it was


def test_skill_charts_fit_with_their_axis_in_view(release_window, client, qtbot, tmp_path):
    window = release_window
    ratings = window.open_page(ClientPage)
    ratings.open_client(client.id)
    qtbot.waitUntil(lambda: ratings.chart.card is not None, timeout=10000)
    ratings.side.setCurrentWidget(ratings.chart)
    settle(qtbot, window)
    check_chart_fits(window, ratings.chart, tmp_path)

    gap_page = window.open_page(GapPage)
    gap_page.compare_client(client.id, "41-1011.00")
    qtbot.waitUntil(lambda: gap_page.chart.card is not None, timeout=10000)
    gap_page.views.setCurrentWidget(gap_page.chart)
    settle(qtbot, window)
    check_chart_fits(window, gap_page.chart, tmp_path)


def test_client_labels_stay_whole_beside_a_long_occupation_title(release_window, qtbot):
    from desktop.services import casework

    casework.create_client(release_window.services, "Retail R-101", current_code="41-4012.00")
    page = release_window.open_page(ClientsPage)
    page.reload()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=10000)
    settle(qtbot, release_window)
    table, header = page.table, page.table.horizontalHeader()
    assert table.columnWidth(0) >= max(table.sizeHintForColumn(0), header.sectionSizeHint(0))
    assert not table.horizontalScrollBar().isVisible()  # the long title is elided instead
    assert page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Sales Representatives, Wholesale and Manufacturing, Except Technical and Scientific "
        "Products (41-4012.00)")
