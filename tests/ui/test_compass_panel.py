"""The Compass panel on a client's page: link through the dialog, review, accept, undo —
over a real sync of the fixture person and the real O*NET 30.1 release."""

from __future__ import annotations

from dataclasses import astuple

import pytest
from PySide6.QtCore import Qt

from desktop.ui.pages.client import ClientPage
from tests.fixtures.compass_docs import PERSON, insert_person
from tests.sync.test_compass_sync import target

pytestmark = pytest.mark.mongo


@pytest.fixture
def window(qtbot, release_services, mongo_db):
    from desktop.services import casework
    from desktop.services.sync import sync_compass
    from desktop.ui.main_window import MainWindow

    insert_person(mongo_db)
    sync_compass(release_services, target(mongo_db))
    casework.create_client(release_services, "K-101")
    root = str(release_services.paths.root)
    release_services.close()
    win = MainWindow(root)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitUntil(lambda: win.services is not None, timeout=20000)
    yield win
    win.bridge.wait()


def test_link_review_accept_one_accept_all_undo(qtbot, window, monkeypatch) -> None:
    from desktop.services import casework

    page = window.open_page(ClientPage)
    page.open_client(1)
    qtbot.waitUntil(lambda: page.client is not None and len(page.model.rows) == 35,
                    timeout=10000)
    panel = page.compass
    page.side.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: "Not linked to Compass" in panel.notes.text(), timeout=10000)
    assert not panel.accept_all_button.isEnabled()

    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    dialog = panel.link_dialog
    qtbot.keyClicks(dialog.search, "brujula")
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2
                    and dialog.model.row(0).user_id == PERSON, timeout=10000)
    assert "@" not in " ".join(str(v) for r in dialog.model.rows for v in astuple(r))
    qtbot.mouseClick(dialog.user_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.model.rows) == 35, timeout=15000)
    assert panel.link_text.text() == f"Compass user {PERSON}"
    assert panel.tree.topLevelItemCount() == 7
    titles = [panel.tree.topLevelItem(i).text(0) for i in range(7)]
    assert "Vendedora en almacén — Almacén Don José, 2019–2022, waged employment" in titles
    assert casework.get_ratings(window.services, 1) == {}  # nothing written yet

    panel.table.selectRow(0)
    first = panel.model.row(0)
    assert "from: " in panel.detail.toPlainText()
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row(0).rating == first.rating, timeout=10000)
    assert casework.get_ratings(window.services, 1) == {first.element_id: first.rating}
    qtbot.waitUntil(lambda: panel.model.row(0).current_rating == first.rating,
                    timeout=10000)

    qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(r.rating is not None for r in page.model.rows),
                    timeout=10000)
    assert len(casework.get_ratings(window.services, 1)) == 35
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)  # the whole "accept all"
    qtbot.waitUntil(lambda: sum(r.rating is not None for r in page.model.rows) == 1,
                    timeout=10000)

    assert panel.current.currentData() == "41-1011.00"
    qtbot.mouseClick(panel.current_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.client.current_code == "41-1011.00", timeout=10000)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)  # the occupation just set
    qtbot.waitUntil(lambda: page.client.current_code is None, timeout=10000)
    assert len(casework.get_ratings(window.services, 1)) == 1

    qtbot.mouseClick(panel.ignore_button, Qt.MouseButton.LeftButton)
    assert len(panel.model.rows) == 0
    assert "nothing was written" in panel.notes.text()
    assert len(casework.get_ratings(window.services, 1)) == 1

    shown: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.about",
                        lambda parent, title, text: shown.append(text))
    window.show_about()
    assert "Nesta, Mapping Career Causeways" in shown[0]  # the crosswalks' attribution


def compass_tab(qtbot, services, monkeypatch):
    """A window opened on a client linked to the fixture person, its Compass tab shown."""
    from desktop.services import casework
    from tests.ui.conftest import open_window

    client = casework.create_client(services, "K-102", compass_user_id=PERSON)
    root = services.paths.root
    services.close()
    window = open_window(qtbot, root, monkeypatch)
    page = window.open_page(ClientPage)
    page.open_client(client.id)
    page.side.setCurrentWidget(page.compass)
    return window, page, page.compass


def test_sessions_synced_while_the_client_is_open_show_at_once(qtbot, release_services,
                                                               mongo_db, monkeypatch) -> None:
    from desktop.services.sync import sync_compass

    window, _page, panel = compass_tab(qtbot, release_services, monkeypatch)
    qtbot.waitUntil(lambda: "No synced Compass sessions" in panel.notes.text(), timeout=10000)
    insert_person(mongo_db)
    sync_compass(window.services, target(mongo_db))
    window.cache_changed()  # as the Sync page does when a sync ends
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 7, timeout=10000)
    assert len(panel.model.rows) == 35 and not panel.notes.isVisible()
    window.bridge.wait()


def test_the_suggestions_have_room_at_1024(qtbot, release_services, mongo_db,
                                           monkeypatch) -> None:
    """At 1024×700 the Compass tab widens its pane: every column of the suggested ratings
    shows without scrolling sideways, with at least eight skills in view; a long name is
    elided with the whole provenance and evidence in its tooltip."""
    from desktop.services.sync import sync_compass

    insert_person(mongo_db)
    sync_compass(release_services, target(mongo_db))
    window, page, panel = compass_tab(qtbot, release_services, monkeypatch)
    qtbot.waitUntil(lambda: len(panel.model.rows) == 35, timeout=15000)
    qtbot.wait(100)  # laid out
    assert window.width() == 1024 and panel.width() >= 420
    assert page.table.width() >= 400  # the client's ratings keep their room
    table = panel.table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.viewport().height() >= 8 * table.rowHeight(0)
    service = next(i for i, r in enumerate(panel.model.rows) if r.name == "Service Orientation")
    tip = panel.model.index(service, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Vendedora en almacén" in tip and "Compass evidence: " in tip
    assert "atender a los clientes" in tip
    window.bridge.wait()


def test_a_spanish_window_names_skills_and_confidence_in_spanish(qtbot, qapp, release_services,
                                                                 mongo_db, monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    from desktop.services.sync import sync_compass
    from desktop.ui import i18n

    english = QLocale()
    installed = i18n.install(qapp, i18n.SPANISH)
    try:
        insert_person(mongo_db)
        sync_compass(release_services, target(mongo_db))
        window, _page, panel = compass_tab(qtbot, release_services, monkeypatch)
        qtbot.waitUntil(lambda: len(panel.model.rows) == 35, timeout=15000)
        service = next(i for i, r in enumerate(panel.model.rows) if r.element_id == "2.B.1.f")
        assert panel.model.row(service).name == "Orientación al servicio"
        assert panel.model.index(service, 3).data() in {"alta", "media", "baja"}
        assert "confianza alta" in panel.current.currentText()  # the ongoing job's occupation
        window.bridge.wait()
    finally:
        i18n.uninstall(qapp, installed, english)
