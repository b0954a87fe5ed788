"""Shortlist from other pages, the Compare targets page, the what-if panel and the report,
on the real release at 1024×700."""

from __future__ import annotations

import csv
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import Qt

from desktop.ui import dialogs, shortlist_action
from desktop.ui.pages.compare import ComparePage
from desktop.ui.pages.explorer import ExplorerPage
from desktop.ui.pages.recommendations import RecommendationsPage
from desktop.ui.pages.similar import SimilarPage
from tests.ui.conftest import menu_action

RETAIL, CASHIER, SUPERVISOR = "41-2031.00", "41-2011.00", "41-1011.00"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@pytest.fixture
def client_id(release_services) -> int:
    """A retail salesperson rated a step below their job, Cashiers shortlisted."""
    from desktop.services import casework, shortlist

    client = casework.create_client(release_services, "K-77", RETAIL, notes="private note")
    ratings = casework.occupation_ratings(release_services, RETAIL)
    casework.set_ratings(release_services, client.id,
                         {e: max(0, r - 1) for e, r in ratings.items()})
    shortlist.pin(release_services, client.id, CASHIER)
    return client.id


def shortlisted(window, client_id: int) -> list[str]:
    from desktop.services import shortlist

    return [e.code for e in shortlist.shortlist(window.services, client_id)]


def test_shortlist_compare_what_if_and_report(qtbot, client_id, release_window, monkeypatch,
                                              tmp_path) -> None:
    window = release_window
    window.resize(1024, 700)

    # Shortlist from Similar occupations (asks which client) …
    similar = window.open_page(SimilarPage)
    similar.picker.setText(RETAIL)
    similar.find_similar()
    qtbot.waitUntil(lambda: len(similar.found) == 10, timeout=30000)
    supervisor = next(i for i, r in enumerate(similar.found) if r.code == SUPERVISOR)
    similar.table.selectRow(supervisor)
    monkeypatch.setattr(shortlist_action, "ask_client", lambda _parent, clients: client_id)
    qtbot.mouseClick(similar.shortlist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shortlisted(window, client_id) == [CASHIER, SUPERVISOR],
                    timeout=10000)

    # … and from the Occupations page.
    explorer = window.open_page(ExplorerPage)
    explorer.open_occupation("43-4051.00")
    qtbot.waitUntil(lambda: explorer.current and explorer.current.code == "43-4051.00"
                    and explorer.shortlist_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(explorer.shortlist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shortlisted(window, client_id)) == 3, timeout=30000)

    page = window.open_page(ComparePage)
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.plan is not None and len(page.plan.targets) == 3,
                    timeout=20000)
    model = page.table_model
    assert model.columnCount() == 2 + 3 and model.rowCount() == 6 + 35
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 3)] == \
        ["Cashiers", "First-Line Supervisors of Retail Sales Workers"]
    assert page.table.horizontalHeader().textElideMode() == Qt.TextElideMode.ElideRight
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
        "First-Line Supervisors of Retail Sales Workers"  # whole, where the header elides
    listed = page.shortlist
    assert not listed.horizontalScrollBar().isVisible()  # long titles elide, not scroll
    assert listed.item(1).toolTip() == f"First-Line Supervisors of Retail Sales Workers " \
        f"({SUPERVISOR})"
    assert model.index(0, 2).data().endswith(("Ready now", "Trainable", "Long reskill"))
    colours = {"ready_now": "#1b7a2f", "trainable": "#a35c00", "long_reskill": "#b0282a"}
    assert [model.index(0, c).data(Qt.ItemDataRole.BackgroundRole).color().name()
            for c in (2, 3, 4)] == [colours[t.tier] for t in page.plan.targets]
    assert type(page.table.itemDelegateForRow(0)).__name__ == "TierBadgeDelegate"
    skill_cells = [model.index(r, c) for r in range(6, 41) for c in range(2, 5)]
    short = [i for i in skill_cells if "short" in i.data()]
    assert short, "a client rated below their job falls short somewhere"
    assert all(i.data(Qt.ItemDataRole.BackgroundRole) is not None for i in short)
    assert "Among all occupations" in page.unlocks.toPlainText()

    page.shortlist.setCurrentRow(2)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shortlisted(window, client_id)[1] == "43-4051.00", timeout=10000)
    qtbot.waitUntil(lambda: page.plan.targets[1].code == "43-4051.00", timeout=20000)
    table = page.exportable()
    assert table.name == "comparison-K-77" and len(list(table.rows)) == 35 * 3

    # What if: raise one skill; the scenario is marked and nothing is saved.
    from desktop.services import casework, shortlist

    before = casework.get_ratings(window.services, client_id)
    panel = page.what_if
    page.tabs.setCurrentWidget(panel)
    assert not panel.banner.isVisibleTo(panel)
    panel.skill.setCurrentIndex(panel.skill.findData("2.A.2.a"))  # Critical Thinking
    panel.rating.setValue(4)
    qtbot.mouseClick(panel.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.results.rowCount() >= 3, timeout=10000)
    assert panel.banner.isVisibleTo(panel) and "SCENARIO" in panel.banner.text()
    assert [panel.results.row(i).note for i in range(3)] == ["shortlisted"] * 3
    assert casework.get_ratings(window.services, client_id) == before
    qtbot.keyClicks(panel.label, "after a critical-thinking course")
    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "critical-thinking" in panel.kept.text(), timeout=10000)
    assert shortlist.kept_scenario(window.services, client_id).changes == {"2.A.2.a": 4}

    # File ▸ Save report as PDF…
    target = tmp_path / "plan K-77.pdf"

    def accept(dialog) -> bool:
        qtbot.waitUntil(lambda: dialog.target.count() == 3 and dialog.scenario.isChecked(),
                        timeout=10000)
        dialog.next_steps.setPlainText("Apply to two cashier jobs this week")
        return True

    monkeypatch.setattr(dialogs, "run_dialog", accept)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target))
    window.client_report("pdf")
    qtbot.waitUntil(target.exists, timeout=20000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    for expected in ("K-77", "Cashiers", "after a critical-thinking course",
                     "Apply to two cashier jobs this week", "O*NET 30.1", "USDOL/ETA"):
        assert expected in text, expected
    assert "private note" not in text

    # File ▸ Print… goes through QPrinter: printed to a PDF file here.
    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog) -> bool:
        if not hasattr(dialog, "printer"):
            return accept(dialog)
        dialog.printer().setOutputFormat(dialog.printer().OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(dialogs, "run_dialog", print_to_file)
    window.client_report("print")
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 10000, timeout=20000)
    assert "Sent the plan to the printer" in window.statusBar().currentMessage()

    # File ▸ Export ▸ Current table… writes the comparison.
    window.open_page(ComparePage)
    exported = tmp_path / "comparison.csv"
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: (str(exported), ""))
    menu_action(window, "Current table…").trigger()
    qtbot.waitUntil(exported.exists, timeout=20000)
    window.bridge.wait()
    with open(exported, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 35 * 3 and {r["code"] for r in rows} == {CASHIER, SUPERVISOR,
                                                                "43-4051.00"}
    assert {"tier", "fit", "required_level", "deficit", "education"} <= set(rows[0])
    assert window.errors == []


def test_shortlist_from_recommendations_uses_the_page_client(qtbot, client_id,
                                                             release_window) -> None:
    page = release_window.open_page(RecommendationsPage)
    page.open_client(client_id)
    qtbot.waitUntil(lambda: page.result is not None and page.items.rowCount() > 1,
                    timeout=30000)
    row = next(i for i, r in enumerate(page.items.rows) if r.item.code != CASHIER)
    page.table.selectRow(row)
    code = page.items.row(row).item.code
    qtbot.mouseClick(page.shortlist_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shortlisted(release_window, client_id) == [CASHIER, code],
                    timeout=10000)


def test_empty_states_say_what_to_do(qtbot, release_window) -> None:
    from desktop.services import casework, shortlist

    services = release_window.services
    bare = casework.create_client(services, "K-0", RETAIL)
    page = release_window.open_page(ComparePage)
    page.open_client(bare.id)
    qtbot.waitUntil(lambda: "rate at least one skill of K-0" in page.summary.text(),
                    timeout=10000)
    casework.set_rating(services, bare.id, "2.A.1.a", 2)
    page.load()
    qtbot.waitUntil(lambda: "shortlist is empty" in page.summary.text(), timeout=10000)
    assert page.table_model.rowCount() == 0 and page.exportable() is None
    shortlist.pin(services, bare.id, CASHIER)
    page.load()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10000)
    assert page.shortlist.count() == 1 and page.table_model.columnCount() == 3
