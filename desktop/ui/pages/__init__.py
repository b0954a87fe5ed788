"""Pages of the main window. Each is built the first time it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.domain.tables import Table
    from desktop.services.context import Services
    from desktop.ui.main_window import MainWindow
    from desktop.ui.worker import Bridge


class Page(QWidget):
    """Base of every page: knows the main window, its services and the worker bridge."""

    title = ""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window

    @property
    def services(self) -> Services:
        assert self.window_.services is not None, "services are opened before pages load data"
        return self.window_.services

    @property
    def bridge(self) -> Bridge:
        return self.window_.bridge

    def split(self, left: QWidget, right: QWidget, sizes: tuple[int, int]) -> QSplitter:
        """Fill the page with ``left`` and ``right`` side by side, resizable."""
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return splitter

    def refresh(self) -> None:
        """Reload from the stores: called when services open and after the cache changes."""

    def exportable(self) -> Table | None:
        """What File ▸ Export ▸ Current table writes for this page, if anything."""
        return None
