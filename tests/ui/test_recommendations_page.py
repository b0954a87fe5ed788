"""Recommendations on the real release: tiers by readiness, fit, background, thresholds."""

from __future__ import annotations

from desktop.ui.pages.client import ClientPage
from desktop.ui.pages.model_status import ModelStatusPage
from desktop.ui.pages.recommendations import RecommendationsPage

RETAIL, POLICE = "41-2031.00", "33-3051.00"


def test_a_retail_client_sees_sales_jobs_first_and_no_higher_zone_ready(qtbot,
                                                                       release_window) -> None:
    from desktop.services import casework

    window = release_window
    services = window.services
    client = casework.create_client(services, "Retail-1", current_code=RETAIL).id
    casework.prefill_from_occupation(services, client, RETAIL)
    page = window.open_page(RecommendationsPage)
    page.open_client(client)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    rows = [r.item for r in page.items.rows]
    ready = [r for r in rows if r.tier == "ready_now"]
    assert [r.code[:2] for r in ready[:5]].count("41") >= 4
    assert all(r.job_zone <= 2 for r in ready)
    assert POLICE not in {r.code for r in ready}
    assert any(r.tier == "long_reskill" for r in rows)
    from PySide6.QtCore import Qt

    headers = [page.items.headerData(i, Qt.Orientation.Horizontal)
               for i in range(page.items.columnCount())]
    assert {"Fit", "Key gaps", "Time", "Note"} <= set(headers)
    from desktop.ui.tier_badge import TierBadgeDelegate

    assert isinstance(page.table.itemDelegateForColumn(0), TierBadgeDelegate)
    names = {"ready_now": "Ready now", "trainable": "Trainable", "long_reskill": "Long reskill"}
    colours = {"ready_now": "#1b7a2f", "trainable": "#a35c00", "long_reskill": "#b0282a"}
    for row, item in enumerate(rows):  # the badge: the tier's words on the tier's colour
        cell = page.items.index(row, 0)
        assert names[item.tier] in cell.data()
        assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == colours[item.tier]
    assert "assumed from the current occupation" in page.summary.text()
    assert "Ready now:" in page.detail.text() and "Estimated time" in page.detail.text()

    casework.update_client(services, client, education=6, experience_years=4.0)
    page.over_qualified.setChecked(False)  # any change recommends again
    qtbot.waitUntil(lambda: "a bachelor's degree (stated)" in page.summary.text(),
                    timeout=20000)
    assert any(r.item.job_zone_diff == 1 for r in page.items.rows if r.item.tier == "ready_now")


def test_background_and_thresholds_are_edited_and_saved(qtbot, release_window) -> None:
    from desktop.services import casework

    window = release_window
    services = window.services
    client = casework.create_client(services, "Nurse-1", current_code="29-1141.00").id
    page = window.open_page(ClientPage)
    page.open_client(client)
    qtbot.waitUntil(lambda: page.client is not None and page.background.isEnabled(),
                    timeout=20000)
    editor = page.background
    editor.education.setCurrentIndex(editor.education.findData(8))
    qtbot.waitUntil(lambda: casework.get_client(services, client).education == 8,
                    timeout=10000)
    editor.experience.setValue(2.5)
    editor.experience.editingFinished.emit()
    qtbot.waitUntil(lambda: casework.get_client(services, client).experience_years == 2.5,
                    timeout=10000)

    status = window.open_page(ModelStatusPage)
    qtbot.waitUntil(lambda: status.status is not None, timeout=10000)
    assert status.thresholds.boxes["trainable_zones"].value() == 1
    status.thresholds.boxes["trainable_years"].setValue(3.0)
    assert services.settings.trainable_years == 3.0
    from desktop.settings import Settings

    assert Settings.load(services.paths.settings).trainable_years == 3.0


def test_time_ranges_are_shortened_for_the_column() -> None:
    from desktop.ui.pages.recommendations import short_time

    assert [short_time(t) for t in ("up to 3 months", "6 months to 1.5 years",
                                     "about 2 years", "no extra preparation", None)] == [
        "≤ 3 mo", "6 mo–1.5 yr", "~2 yr", "—", "—"]
