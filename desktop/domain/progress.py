"""Progress and cancellation as plain objects, so long jobs know nothing of Qt.

A long function takes a ``TaskState``; it calls ``report(done, total, message)`` now and
then and ``check()`` at safe points (page boundaries, between files). The UI's worker
bridge maps reports to a progress bar and its Cancel button to ``cancel()``; tests and
the CLI use the same object.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.domain.errors import Cancelled

ProgressCallback = Callable[[int, int | None, str], None]


class TaskState:
    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._on_progress = on_progress
        self._cancelled = threading.Event()

    def report(self, done: int, total: int | None = None, message: str = "") -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, message)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled()
