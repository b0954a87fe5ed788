"""The one bridge between background work and the GUI thread.

``Bridge.submit(fn)`` runs ``fn(task)`` on a thread pool and delivers progress, the result
or the error to the GUI thread through a ``Job``'s signals. ``fn`` is Qt-free: it gets a
``TaskState`` to report progress and check for cancellation. Two lanes: ``"write"`` is a
single thread, so database writes never overlap; ``"read"`` (reads, network) runs in
parallel. Worker code never touches widgets.

A request may carry a ``key`` (e.g. "clients.list"): a newer request with the same key
supersedes the older one, which is asked to cancel and whose result or error is dropped, so
results never arrive out of order.

A request without ``on_error`` is not silent: its error goes to the bridge's ``report``
(the window shows it in plain words, once while the same message is on screen).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.domain.errors import Cancelled
from desktop.domain.progress import TaskState

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between progress signals


class Job(QObject):
    progress = Signal(int, object, str)  # done, total (int or None), message
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.title = title
        self._last_emit = 0.0
        self.task = TaskState(self._report)
        self.done = False
        self.superseded = False
        self.delivers: list[Any] = []  # signals connected to the caller: dropped if superseded

    def _report(self, done: int, total: int | None, message: str) -> None:
        now = time.monotonic()
        if now - self._last_emit >= PROGRESS_INTERVAL or (total is not None and done >= total):
            self._last_emit = now
            self.progress.emit(done, total, message)

    def cancel(self) -> None:
        self.task.cancel()

    def supersede(self) -> None:
        """A newer request replaces this one: stop it, and deliver nothing."""
        self.superseded = True
        for signal in self.delivers:
            signal.disconnect()
        self.delivers = []
        self.cancel()


def _unless_superseded(job: Job, deliver: Callable[[Any], None], value: Any) -> None:
    """Deliver ``value`` on the GUI thread unless the job was superseded after it finished."""
    if not job.superseded:
        deliver(value)


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[TaskState], Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn

    def run(self) -> None:
        job = self.job
        try:
            result = self.fn(job.task)
        except Cancelled:
            job.cancelled.emit()
        except Exception as exc:
            if not getattr(exc, "exit_code", None):
                log.exception("background job %r failed", job.title)
            if not job.superseded:
                job.failed.emit(exc)
        else:
            if not job.superseded:
                job.succeeded.emit(result)
        job.finished.emit()


class Bridge(QObject):
    def __init__(self, parent: QObject | None = None,
                 report: Callable[[str, BaseException], None] | None = None) -> None:
        """``report(title, error)`` receives the errors of requests without ``on_error``."""
        super().__init__(parent)
        self.report = report
        self._write = QThreadPool(self)
        self._write.setMaxThreadCount(1)
        self._read = QThreadPool(self)
        self._read.setMaxThreadCount(4)
        self._jobs: set[Job] = set()
        self._latest: dict[str, Job] = {}
        self.closed = False

    def submit(self, fn: Callable[[TaskState], Any], *, title: str = "", lane: str = "read",
               on_result: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int | None, str], None] | None = None,
               key: str | None = None) -> Job:
        job = Job(title)
        if self.closed:  # the window is closing (a timer of a page may still fire): not run
            job.superseded = job.done = True
            return job
        if key is not None:
            older = self._latest.get(key)
            if older is not None:
                older.supersede()
            self._latest[key] = job
        if on_result:
            job.succeeded.connect(partial(_unless_superseded, job, on_result))
            job.delivers.append(job.succeeded)
        if on_error is None and self.report is not None:
            on_error = partial(self.report, title)
        if on_error:
            job.failed.connect(partial(_unless_superseded, job, on_error))
            job.delivers.append(job.failed)
        if on_progress:
            job.progress.connect(on_progress)
        self._jobs.add(job)
        job.finished.connect(lambda: self._forget(job, key))
        pool = self._write if lane == "write" else self._read
        pool.start(_Runnable(job, fn))
        return job

    def _forget(self, job: Job, key: str | None) -> None:
        job.done = True
        self._jobs.discard(job)
        if key is not None and self._latest.get(key) is job:
            del self._latest[key]

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def close(self, msecs: int = 10000) -> bool:
        """Stop every job and deliver nothing more: the window is closing (a result already
        queued for the GUI thread would reach widgets that are gone); nothing new starts."""
        self.closed = True
        for job in list(self._jobs):
            job.supersede()
        return self.wait(msecs)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every job has finished (shutdown and tests)."""
        return self._write.waitForDone(msecs) and self._read.waitForDone(msecs)
