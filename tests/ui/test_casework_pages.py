"""GUI flow on the real release: create a client, rate, see tiers, record feedback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.scoring import TIERS
from desktop.ui.pages.client import ClientPage
from desktop.ui.pages.clients import ClientsPage
from desktop.ui.pages.gaps import GapPage
from desktop.ui.pages.model_status import ModelStatusPage
from desktop.ui.pages.recommendations import RecommendationsPage
from tests.ui.conftest import open_window

SOFTWARE = "15-1252.00"


@pytest.fixture
def window(qtbot, release_services, monkeypatch):
    root = release_services.paths.root
    release_services.close()
    win = open_window(qtbot, root, monkeypatch)
    yield win
    win.bridge.wait()


def test_create_rate_recommend_and_record_feedback(qtbot, window, monkeypatch) -> None:
    from desktop.services import calibration, casework, recommend
    from desktop.ui import dialogs

    clients = window.open_page(ClientsPage)
    clients.new_client()
    qtbot.keyClicks(clients.label, "K-042")
    clients.occupation.setText(f"Software Developers · {SOFTWARE}")
    qtbot.mouseClick(clients.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(clients.model.rows) == 1, timeout=10000)
    assert clients.model.row(0).current_code == SOFTWARE
    assert clients.model.row(0).current_title == "Software Developers"
    client_id = clients.model.row(0).id

    clients.open_ratings()
    ratings = window.open_page(ClientPage)
    qtbot.waitUntil(lambda: len(ratings.model.rows) == 35 and ratings.client is not None,
                    timeout=10000)
    qtbot.mouseClick(ratings.prefill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(r.rating is not None for r in ratings.model.rows),
                    timeout=10000)
    ratings.table.setFocus()
    ratings.table.selectRow(0)
    before = ratings.model.row(0).rating
    new = 4 if before != 4 else 0
    qtbot.keyClick(ratings.table, str(new))
    qtbot.waitUntil(lambda: ratings.model.row(0).rating == new, timeout=10000)
    element = ratings.model.row(0).element_id
    assert casework.get_ratings(window.services, client_id)[element] == new
    assert "Level Scale Anchors" in ratings.anchor_text.text()
    with qtbot.waitActive(window):  # a window shortcut needs an active window (xcb, no WM)
        window.activateWindow()
    qtbot.keyClick(ratings.table, "z", Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ratings.model.row(0).rating == before, timeout=10000)
    assert not ratings.warning.isVisibleTo(ratings)

    ratings.open_recommendations()
    page = window.open_page(RecommendationsPage)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    shown = {r.item.tier for r in page.items.rows}
    assert shown <= set(TIERS) and "ready_now" in shown
    first = page.items.row(0).item
    assert first.tier == "ready_now" and first.code.startswith("15-")
    qtbot.waitUntil(lambda: len(page.why.rows) > 0, timeout=10000)
    page.table.selectRow(0)
    qtbot.mouseClick(page.feedback_buttons["apply"], Qt.MouseButton.LeftButton)
    event = page.result.event_id
    qtbot.waitUntil(lambda: recommend.feedback_for(window.services, event)
                    == {first.code: ["apply"]}, timeout=10000)
    qtbot.waitUntil(lambda: "apply" in page.items.row(0).feedback)
    table = page.exportable()
    assert table.columns[:5] == ["Client", "Tier", "Rank", "O*NET-SOC code", "Occupation"]
    assert next(iter(table.rows))[:4] == ["K-042", "Ready now", 1, first.code]

    qtbot.mouseClick(page.gaps_button, Qt.MouseButton.LeftButton)  # this client vs this job
    gaps = window.open_page(GapPage)
    qtbot.waitUntil(lambda: gaps.table.model() is gaps.models["client"]
                    and gaps.models["client"].rowCount() > 0, timeout=10000)
    assert gaps.to_picker.code() == first.code
    assert "K-042" in gaps.summary.text()
    page = window.open_page(RecommendationsPage)

    page.tier_box.setCurrentIndex(page.tier_box.findData("trainable"))  # a filter: same event
    qtbot.waitUntil(lambda: {r.item.tier for r in page.items.rows} == {"trainable"},
                    timeout=20000)
    assert page.result.event_id == event

    status = window.open_page(ModelStatusPage)
    qtbot.waitUntil(lambda: status.status is not None
                    and status.status.labelled_samples == 1, timeout=10000)
    assert not status.train_button.isEnabled()
    status.explore.setChecked(True)
    assert window.services.settings.exploration_enabled
    assert calibration.status(window.services).exploration_enabled
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    window.open_page(ClientsPage).toggle_archive()
    qtbot.waitUntil(lambda: casework.get_client(window.services, client_id).archived,
                    timeout=10000)


def test_flat_ratings_are_flagged_in_the_editor(qtbot, window) -> None:
    from desktop.services import casework
    from desktop.services.profiles import profiles

    services = window.services
    client = casework.create_client(services, "Flat").id
    casework.set_ratings(services, client, {e: 2 for e in profiles(services).element_ids})
    page = window.open_page(ClientPage)
    page.open_client(client)
    qtbot.waitUntil(lambda: page.client is not None and page.client.id == client
                    and page.warning.isVisibleTo(page), timeout=10000)
    assert not page.prefill_button.isEnabled()  # no current occupation to prefill from


def test_model_status_trains_and_activates(qtbot, window) -> None:
    from desktop.services import calibration
    from tests.services.test_calibration import generate_feedback

    generate_feedback(window.services)
    page = window.open_page(ModelStatusPage)
    page.refresh()
    qtbot.waitUntil(lambda: page.train_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(page.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.models.rows) == 1, timeout=20000)
    assert "ROC" in page.models.headerData(3, Qt.Orientation.Horizontal)
    assert calibration.active_model(window.services) is None
    page.table.selectRow(0)
    qtbot.mouseClick(page.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.active == page.models.row(0)["version"],
                    timeout=10000)
    assert "Re-ranking" in page.active.text()


def test_the_first_page_shows_once_data_is_open_with_several_pages(qtbot, window) -> None:
    from desktop.ui.main_window import PAGES

    assert len(PAGES) > 1
    qtbot.waitUntil(lambda: 0 in window._pages)
    assert window.current_page() is window.page(0)
    window.open_page(ModelStatusPage)
    assert window.current_page() is window.open_page(ModelStatusPage)


def test_the_ratings_chart_follows_the_client_and_their_ratings(qtbot, release_window) -> None:
    from desktop.services import casework, gaps

    services = release_window.services
    retail = casework.create_client(services, "Retail R", "41-2031.00")
    cook = casework.create_client(services, "Cook C", "35-2014.00")
    page = release_window.open_page(ClientPage)

    def expected(client_id, code):
        rows = gaps.client_gap(services, client_id, code).skill_gaps
        return [(r.element_id, r.client_level, r.required_level) for r in rows if r.required]

    def charted():
        return [(r.element_id, r.client_level, r.required_level) for r in page.chart.rows]

    page.open_client(retail.id)
    qtbot.waitUntil(lambda: page.client is not None and page.client.id == retail.id,
                    timeout=10000)
    assert charted() == expected(retail.id, "41-2031.00")
    assert all(label.startswith("⚠ ") for label in page.chart.labels[:3])  # nothing rated yet
    casework.prefill_from_occupation(services, retail.id, "41-2031.00")
    page.load()
    qtbot.waitUntil(lambda: charted() == expected(retail.id, "41-2031.00"), timeout=10000)
    assert not any(label.startswith("⚠ ") for label in page.chart.labels)
    page.open_client(cook.id)
    qtbot.waitUntil(lambda: page.client.id == cook.id, timeout=10000)
    assert charted() == expected(cook.id, "35-2014.00")


@pytest.fixture
def damaged_data(_isolated_data):
    """A casework store with a client and a good daily backup, then bytes overwritten."""
    from desktop.services import casework
    from desktop.services.context import open_services

    services = open_services(_isolated_data)
    casework.create_client(services, "Ana")
    services.close()  # the daily backup
    with open(_isolated_data / "casework.sqlite", "r+b") as handle:
        handle.seek(8192)
        handle.write(b"\xde" * 4096)
    return _isolated_data


def test_a_damaged_casework_store_is_reported_not_an_empty_list(qtbot, damaged_data,
                                                                 window) -> None:
    page = window.open_page(ClientsPage)
    qtbot.waitUntil(lambda: any("casework.sqlite is damaged" in e for e in window.errors),
                    timeout=10000)
    message = next(e for e in window.errors if "casework.sqlite is damaged" in e)
    assert "skillnav casework restore" in message and "backups" in message
    assert page.model.rows == []
