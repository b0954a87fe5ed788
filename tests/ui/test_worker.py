"""The background bridge: several jobs at once, each with Cancel; newer requests supersede."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from desktop.domain.errors import NotFound
from desktop.ui.pages.clients import ClientsPage
from tests.ui.conftest import open_window


def held_job(gate: threading.Event):
    """A job that runs until ``gate`` is set or it is cancelled."""
    def work(task):
        while not gate.wait(0.02):
            task.check()
        return "done"
    return work


def test_each_running_job_keeps_its_own_progress_and_cancel(window, qtbot):
    export_gate, sync_gate = threading.Event(), threading.Event()
    export = window.run_task("Exporting", held_job(export_gate), lambda _r: None, lane="read")
    sync = window.run_task("Syncing Compass", held_job(sync_gate), lambda _r: None, lane="read")
    qtbot.waitUntil(lambda: all(window.progress.row(j).isVisible() for j in (export, sync)),
                    timeout=5000)
    export_gate.set()  # the export finishes first
    qtbot.waitUntil(lambda: export.done, timeout=5000)
    row = window.progress.row(sync)
    assert window.progress.isVisible() and row.isVisible()
    assert row.cancel_button.isEnabled() and row.label.text().startswith("Syncing Compass")
    with qtbot.waitSignal(sync.cancelled, timeout=5000):
        row.cancel_button.click()
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=5000)
    sync_gate.set()


def test_a_newer_request_with_the_same_key_supersedes_the_older(window, qtbot):
    slow_gate = threading.Event()
    shown: list[str] = []
    started = threading.Event()

    def slow(task):
        started.set()
        slow_gate.wait(5)
        return "old"

    old = window.bridge.submit(slow, key="clients", on_result=shown.append)
    started.wait(5)
    window.bridge.submit(lambda _t: "new", key="clients", on_result=shown.append)
    qtbot.waitUntil(lambda: shown == ["new"], timeout=5000)
    assert old.task.cancelled  # asked to stop: nobody wants its result any more
    slow_gate.set()
    qtbot.waitUntil(lambda: old.done, timeout=5000)
    assert shown == ["new"]
    window.bridge.submit(lambda _t: "other", key="gaps", on_result=shown.append)
    qtbot.waitUntil(lambda: shown == ["new", "other"], timeout=5000)


def test_a_superseded_error_is_not_reported(window, qtbot):
    gate = threading.Event()
    errors: list[BaseException] = []

    def failing(_task):
        gate.wait(5)
        raise NotFound("gone")

    old = window.bridge.submit(failing, key="k", on_error=errors.append)
    window.bridge.submit(lambda _t: 1, key="k")
    gate.set()
    qtbot.waitUntil(lambda: old.done, timeout=5000)
    assert errors == []


def test_a_closing_window_receives_no_result_already_on_its_way(window, qtbot):
    shown: list[str] = []
    errors: list[BaseException] = []
    done = window.bridge.submit(lambda _t: "late", on_result=shown.append)
    failed = window.bridge.submit(lambda _t: 1 / 0, on_error=errors.append)
    window.bridge.wait()  # both finished: their results are queued for the GUI thread
    assert window.bridge.busy  # … and not yet delivered
    assert window.bridge.close()
    qtbot.waitUntil(lambda: done.done and failed.done, timeout=5000)
    ran = []
    late = window.bridge.submit(ran.append, on_result=shown.append)  # e.g. a page's timer
    qtbot.wait(50)
    assert shown == [] and errors == [] and ran == [] and late.done


def test_an_error_without_a_handler_is_reported_by_the_window(window, qtbot):
    def failing(_task):
        raise NotFound("no client 99")

    handled: list[BaseException] = []
    job = window.bridge.submit(failing, on_error=handled.append)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert len(handled) == 1 and window.errors == []  # a handler takes it alone
    job = window.bridge.submit(failing, title="Loading clients")
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert window.errors == ["no client 99"]


def test_an_error_is_one_plain_sentence_with_the_details_on_demand(qtbot):
    from desktop.ui.dialogs import error_box

    box = error_box(None, "Sync", "cannot reach MongoDB at mongodb://ana:***@127.0.0.1:1/: "
                    "[Errno 111] Connection refused")
    qtbot.addWidget(box)
    assert box.text().startswith("Skill Navigator cannot reach the MongoDB server.")
    assert "Errno 111" not in box.text() and "[Errno 111]" in box.detailedText()
    plain = error_box(None, "Client not saved", "a client needs a label")
    qtbot.addWidget(plain)
    assert plain.text() == "A client needs a label." and plain.detailedText() == ""


def test_the_window_remembers_its_size_page_and_splitters(qtbot, _isolated_data, monkeypatch):
    from desktop.ui.main_window import MainWindow

    first = open_window(qtbot, _isolated_data, monkeypatch)
    first.resize(780, 560)  # inside the offscreen screen
    clients = first.open_page(ClientsPage)
    splitter = clients.findChild(QSplitter)
    splitter.setSizes([300, 500])
    sizes = splitter.sizes()
    first.close()
    assert (_isolated_data / "ui-state.ini").exists()
    restored = MainWindow(str(_isolated_data))
    qtbot.addWidget(restored)
    assert (restored.width(), restored.height()) == (780, 560)
    restored.show()
    qtbot.waitUntil(lambda: 1 in restored._pages, timeout=10000)
    assert restored.page_list.currentRow() == 1
    qtbot.wait(50)
    assert restored.page(1).findChild(QSplitter).sizes() == sizes
    restored.close()


def test_first_start_guides_to_import_then_to_a_first_client(window, qtbot, release_dir):
    guide = window.guide
    qtbot.waitUntil(guide.isVisible, timeout=5000)
    assert "Import the O*NET release" in guide.text.text()
    assert guide.import_button.isVisible() and guide.client_button.isVisible()
    job = window.start_import(str(release_dir))
    qtbot.waitUntil(lambda: job.done, timeout=60000)
    qtbot.waitUntil(lambda: "Imported O*NET 30.1" in guide.text.text(), timeout=5000)
    assert "1,016 occupations" in guide.text.text() and not guide.import_button.isVisible()
    qtbot.mouseClick(guide.client_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_page(), ClientsPage)
    qtbot.wait(2000)
    assert "Imported O*NET 30.1" in guide.text.text()  # stays until dismissed
    qtbot.mouseClick(guide.dismiss_button, Qt.MouseButton.LeftButton)
    assert not guide.isVisible()
