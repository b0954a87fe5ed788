"""The Skill gaps page, driven from the keyboard on the real release."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import gaps
from desktop.ui.pages.gaps import GapPage

# typing words opens the suggestion popup, which the offscreen platform cannot grab keys for
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")



def open_page(window):
    page = window.open_page(GapPage)
    assert window.current_page() is page
    return page


def type_code(qtbot, picker, text: str) -> None:
    picker.setFocus()
    picker.clear()
    qtbot.keyClicks(picker, text)
    qtbot.keyClick(picker, Qt.Key.Key_Return)


def test_occupation_gap_by_keyboard_and_export(qtbot, release_window):
    page = open_page(release_window)
    type_code(qtbot, page.from_picker, "35-2014.00")
    type_code(qtbot, page.to_picker, "35-1011.00")
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    expected = gaps.occupation_gap(release_window.services, "35-2014.00", "35-1011.00")
    model = page.table.model()
    assert model.rowCount() == len(expected.skill_gaps) == 34
    assert model.index(0, 0).data() == "Operations Analysis"
    assert model.index(0, 3).data() == "2.00"
    not_needed = [n for n, r in enumerate(model.rows) if not r.from_required]
    assert not_needed and {model.index(n, 1).data() for n in not_needed} == {"0 · not needed"}
    assert "34 skills need a higher level" in page.summary.text()
    assert page.from_picker.text() == "Cooks, Restaurant  ·  35-2014.00"
    table = page.exportable()
    assert table.columns[2:5] == ["Skill", "From level (0–7)", "To level (0–7)"]
    assert [row[-2] for row in table.rows] == [g.element_id for g in expected.skill_gaps]


def test_picking_from_suggestions(qtbot, release_window):
    page = open_page(release_window)
    page.from_picker.setFocus()
    qtbot.keyClicks(page.from_picker, "restaurant cook")
    popup = page.from_picker.completer().popup()
    qtbot.waitUntil(lambda: popup.model().rowCount() > 0, timeout=10000)
    assert "35-2014.00" in popup.model().index(0, 0).data()
    page.from_picker.completer().activated.emit(popup.model().index(0, 0).data())
    assert page.from_picker.code() == "35-2014.00"


def test_bad_codes_get_a_clear_message_and_keep_the_table(qtbot, release_window):
    page = open_page(release_window)
    page.compare("15-1252.00", "15-1251.00")
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    rows = page.table.model().rowCount()
    type_code(qtbot, page.from_picker, "15-1252")
    qtbot.waitUntil(lambda: "not an O*NET-SOC code" in page.message.text(), timeout=10000)
    assert "previous comparison" in page.message.text()
    assert page.table.model().rowCount() == rows
    type_code(qtbot, page.from_picker, "99-9999.00")
    qtbot.waitUntil(lambda: "no occupation 99-9999.00" in page.message.text(), timeout=10000)


def test_typed_titles_are_resolved_to_the_best_match(qtbot, release_window):
    page = open_page(release_window)
    page.from_picker.setText("licensed practical nurse")
    type_code(qtbot, page.to_picker, "registered nurses")
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert (page.result.from_.code, page.result.to.code) == ("29-2061.00", "29-1141.00")
    type_code(qtbot, page.to_picker, "no such job title")
    qtbot.waitUntil(lambda: "no occupation matches" in page.message.text(), timeout=10000)


def test_same_occupation_shows_no_gaps(qtbot, release_window):
    page = open_page(release_window)
    page.compare("29-1141.00", "29-1141.00")
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert page.table.model().rowCount() == 0
    assert "same occupation" in page.summary.text()


def test_client_mode(qtbot, release_window):
    from desktop.services import casework

    services = release_window.services
    client = casework.create_client(services, "Client K", "35-2014.00")
    casework.set_ratings(services, client.id, {"2.B.1.b": 4, "2.A.2.d": 1})
    page = open_page(release_window)
    page.client_mode.setFocus()
    qtbot.keyClick(page.client_mode, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.client_box.count() == 1, timeout=10000)
    assert page.source.currentWidget() is page.client_box
    type_code(qtbot, page.to_picker, "35-1011.00")
    qtbot.waitUntil(lambda: isinstance(page.result, gaps.ClientGap), timeout=10000)
    model = page.table.model()
    assert model.rowCount() == 35
    rows = {r.element_id: r for r in model.rows}
    assert rows["2.B.1.b"].deficit == 0 and rows["2.A.2.d"].client_level == 1.75
    not_required = [n for n, r in enumerate(model.rows) if not r.required]
    assert {model.index(n, 2).data() for n in not_required} == {"not required"}
    required = [r.required for r in model.rows]
    assert not_required and required == sorted(required, reverse=True)  # not required last
    assert page.exportable().columns[:4] == ["Client", "Target occupation", "Skill",
                                             "Importance (1–5)"]


def test_compare_client_from_another_page(qtbot, release_window):
    from desktop.services import casework

    services = release_window.services
    casework.create_client(services, "Another client")
    client = casework.create_client(services, "Client M", "29-2061.00")
    page = open_page(release_window)
    page.compare_client(client.id, "29-1141.00")
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert page.result.client.id == client.id
    assert page.client_box.currentData() == client.id
    assert page.result.to.code == "29-1141.00"


def charted(chart) -> list[tuple[str, float, float, bool]]:
    return [(r.element_id, r.client_level, r.required_level, r.key_gap) for r in chart.rows]


def expected_chart(services, client_id, code) -> list[tuple[str, float, float, bool]]:
    rows = gaps.client_gap(services, client_id, code).skill_gaps
    return [(r.element_id, r.client_level, r.required_level, r.key_gap)
            for r in rows if r.required]


def test_the_chart_follows_the_target(qtbot, release_window):
    from desktop.services import casework

    services = release_window.services
    client = casework.create_client(services, "Client C", "41-2031.00")
    casework.prefill_from_occupation(services, client.id, "41-2031.00")
    page = open_page(release_window)
    page.compare_client(client.id, "29-1141.00")
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    nurse = expected_chart(services, client.id, "29-1141.00")
    assert charted(page.chart) == nurse and any(key for *_, key in nurse)
    page.views.setCurrentWidget(page.chart)
    assert [label.startswith("⚠ ") for label in page.chart.labels] == [k for *_, k in nurse]
    page.compare_client(client.id, "41-2031.00")
    qtbot.waitUntil(lambda: page.result.to.code == "41-2031.00", timeout=10000)
    retail = expected_chart(services, client.id, "41-2031.00")
    assert charted(page.chart) == retail != nurse
    assert not any(key for *_, key in retail)  # prefilled from this very occupation
    page.compare("35-2014.00", "35-1011.00")
    qtbot.waitUntil(lambda: isinstance(page.result, gaps.OccupationGap), timeout=10000)
    assert page.chart.rows == [] and page.chart.currentWidget() is page.chart.message
