"""A page's empty state when nothing is synced: what is missing and the way to the Sync page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def nothing_synced_panel(window: MainWindow, message: str) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.addStretch(1)
    text = QLabel(message, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
    text.setStyleSheet("font-size: 12pt; color: #444;")
    button = QPushButton(translate("EmptyState", "Open the Sync page"))
    button.setObjectName("openSync")
    button.clicked.connect(lambda: _open_sync(window))
    layout.addWidget(text)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(2)
    return panel


def _open_sync(window: MainWindow) -> None:
    from desktop.ui.pages.sync import SyncPage

    window.open_page(SyncPage)
