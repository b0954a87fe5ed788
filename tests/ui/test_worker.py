"""The background bridge: several jobs at once, each with Cancel; newer requests supersede."""

from __future__ import annotations

import threading

from desktop.domain.errors import NotFound


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
