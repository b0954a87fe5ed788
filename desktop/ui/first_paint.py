"""Quit as soon as the main window has painted once (start-up measurements, smoke tests).

The window is closed as a user would close it, so its close handling (cancel and wait for
background work, close the stores) runs before the application quits.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _PaintWatcher(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            if isinstance(watched, QWidget):
                QTimer.singleShot(0, watched.close)
        return False


def quit_after_first_paint(window: QWidget) -> None:
    watcher = _PaintWatcher(window)
    window.installEventFilter(watcher)
