"""The Analytics page: figures, charts drawn from the aggregates, charts saved as PNG."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QImage

from desktop.ui import dialogs


def open_page(window, qtbot):
    page = window.page_by_class("AnalyticsPage")
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    return page


def test_figures_show_the_overview(filled_window, qtbot):
    page = open_page(filled_window, qtbot)
    overview = page.data["overview"]
    assert page.figures["total_analyses"].value.text() == "500"
    assert page.figures["completed"].value.text() == f"{overview['completed']:,}"
    assert page.figures["success_rate"].value.text() == f"{overview['success_rate']:.1f} %"
    assert page.figures["sessions"].value.text() == "44"


def test_charts_are_drawn_with_category_labels_and_values(filled_window, qtbot):
    page = open_page(filled_window, qtbot)
    skills = page.top_skills.plot.getPlotItem()
    bars = [i for i in skills.items if isinstance(i, pg.BarGraphItem)]
    assert len(bars) == 1
    labels = [label for _, label in skills.getAxis("left")._tickLevels[0]]
    assert labels[0] == page.data["overview"]["compass"]["top_skills"][0]["preferred_label"]
    values = [i.toPlainText() for i in skills.items if isinstance(i, pg.TextItem)]
    assert f"{page.data['overview']['compass']['top_skills'][0]['count']:,}" in values
    fields = page.per_field.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert {label for _, label in fields} == {"digital_technology", "arts_culture",
                                              "science_research"}
    assert not any(card.empty.isVisible() for card in page.cards)


def test_a_chart_is_saved_as_png(filled_window, qtbot, monkeypatch, tmp_path):
    page = open_page(filled_window, qtbot)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "fields"))
    page.per_field.save_button.click()
    image = QImage(str(tmp_path / "fields.png"))
    assert image.width() == 1600 and image.height() > 300


def test_an_empty_cache_shows_no_data_notes(qtbot, _isolated_data):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(str(_isolated_data))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    page = open_page(window, qtbot)
    assert page.figures["total_analyses"].value.text() == "0"
    assert all(card.empty.isVisibleTo(page) for card in page.cards)
    window.bridge.wait()
