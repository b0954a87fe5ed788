"""The Sync page driving real syncs against the test servers, through real widgets."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest

from desktop.services.sync import MongoTarget
from desktop.ui import dialogs
from desktop.ui.pages.sync import SyncPage
from desktop.ui.sync_dialogs import Connection, OnetApiRequest
from tests.fixtures.compass_docs import analysis, insert_compass, malformed_states
from tests.fixtures.onet_api_server import CODE, KEY, OnetApiServer


@pytest.fixture
def page(window, qtbot):
    sync_page = window.open_page(SyncPage)
    qtbot.waitUntil(lambda: sync_page.rows["compass"]["last"].text() != "—", timeout=5000)
    return sync_page


def answer_connection(monkeypatch, **values: Any) -> list[tuple]:
    asked: list[tuple] = []

    def ask(parent, source, initial, keychain):
        asked.append((source, initial, keychain))
        return Connection(MongoTarget(**values), remember=False)

    monkeypatch.setattr(dialogs, "ask_connection", ask)
    return asked


def test_four_sources_listed(page):
    assert list(page.rows) == ["release", "onet-api", "compass", "analyses"]
    assert page.rows["compass"]["last"].text() == "never"
    assert "never synced" in page.rows["compass"]["status"].text()
    assert "demo data" in page.rows["release"]["status"].text()


def test_compass_sync_from_the_page_with_a_one_off_connection(page, qtbot, monkeypatch,
                                                             mongo_db, mongo_uri, window):
    insert_compass(mongo_db, 30)
    bad = malformed_states()[:1]
    mongo_db.explore_experiences_director_state.insert_many(bad)
    asked = answer_connection(monkeypatch, uri=mongo_uri, database=mongo_db.name,
                              taxonomy_uri=None, taxonomy_database=None)
    page.rows["compass"]["sync"].click()  # no saved connection: the dialog opens first
    assert asked and asked[0][0] == "compass" and asked[0][2] is False  # no keychain in CI
    qtbot.waitUntil(page.result.isVisible, timeout=30000)
    assert page.result.text().startswith("Compass: 30 added, 0 updated, 0 deleted, 1 skipped")
    assert str(bad[0]["_id"]) in page.result.text()
    qtbot.waitUntil(lambda: "30 sessions" in page.rows["compass"]["counts"].text())
    assert "ok" in page.rows["compass"]["status"].text()
    settings = json.loads(window.services.paths.settings.read_text())
    assert settings["compass_db"] == mongo_db.name
    assert mongo_uri not in json.dumps(settings)

    page.result.hide()
    page.rows["compass"]["sync"].click()  # the one-off connection is reused this session
    qtbot.waitUntil(page.result.isVisible, timeout=30000)
    assert page.result.text().startswith("Compass: 0 added, 0 updated, 0 deleted")
    assert len(asked) == 1


def test_cancel_keeps_what_was_fetched_and_the_next_sync_continues(page, qtbot, monkeypatch,
                                                                  mongo_db, mongo_uri):
    insert_compass(mongo_db, 600)
    answer_connection(monkeypatch, uri=mongo_uri, database=mongo_db.name)
    job = page.start_sync("compass")
    with qtbot.waitSignal(job.cancelled, timeout=30000):
        job.cancel()
    assert "cancelled" in page.result.text()
    qtbot.waitUntil(lambda: "500 sessions" in page.rows["compass"]["counts"].text(),
                    timeout=5000)
    assert page.rows["compass"]["sync"].isEnabled()
    page.rows["compass"]["sync"].click()
    qtbot.waitUntil(lambda: page.result.text().startswith("Compass: 100 added"),
                    timeout=30000)


def test_failure_shows_a_masked_error_and_the_failed_status(page, qtbot, monkeypatch, window):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answer_connection(monkeypatch, uri=f"mongodb://ana:pw-9876@127.0.0.1:{port}/",
                      database="proof_of_talent", collection="cv_analyses")
    errors = window.errors  # the window fixture collects error dialogs
    page.rows["analyses"]["sync"].click()
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    assert "ana:***@127.0.0.1" in errors[0] and "pw-9876" not in errors[0]
    qtbot.waitUntil(lambda: "failed" in page.rows["analyses"]["status"].text(), timeout=5000)
    assert "pw-9876" not in page.rows["analyses"]["status"].text()


def test_analyses_sync(page, qtbot, monkeypatch, mongo_db, mongo_uri):
    mongo_db.cv_analyses.insert_many([analysis(i) for i in range(9)])
    answer_connection(monkeypatch, uri=mongo_uri, database=mongo_db.name,
                      collection="cv_analyses")
    page.rows["analyses"]["sync"].click()
    qtbot.waitUntil(page.result.isVisible, timeout=30000)
    assert page.result.text().startswith("CV analyses: 9 added")


def test_onet_api_sync_through_its_dialog(page, qtbot, monkeypatch):
    server = OnetApiServer().start()
    try:
        monkeypatch.setattr(dialogs, "ask_onet_api", lambda parent, initial, keychain:
                            OnetApiRequest(KEY, server.url, (CODE,)))
        page.rows["onet-api"]["sync"].click()
        qtbot.waitUntil(page.result.isVisible, timeout=30000)
        text = page.result.text()  # the demo data has this code: replaced by the API's
        assert text.startswith("O*NET Web Services: 0 added, 1 updated, 0 deleted, 0 skipped")
        qtbot.waitUntil(lambda: "1 occupations" in page.rows["onet-api"]["counts"].text())
    finally:
        server.stop()


def test_release_import_button_opens_the_import(page, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, title, filters: asked.append(
        title))
    page.rows["release"]["sync"].click()
    assert asked == ["Import O*NET release"]


def test_connection_dialog_without_keychain(qtbot):
    from PySide6.QtWidgets import QLabel

    from desktop.ui.sync_dialogs import ConnectionDialog

    dialog = ConnectionDialog(None, "compass", MongoTarget("", "brujula"), False)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert dialog.findChild(QLabel, "keychainNote") is not None
    dialog.uri.setText("mongodb+srv://u:p@cluster0.example.net/?tls=true")
    dialog.taxonomy_database.setText("taxonomy")
    assert dialog.values() == Connection(MongoTarget(
        "mongodb+srv://u:p@cluster0.example.net/?tls=true", "brujula", None, "taxonomy"),
        remember=False)
