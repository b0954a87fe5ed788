"""Pages of the main window. Each is built the first time it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget

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

    def split(self, first: QWidget, second: QWidget, sizes: tuple[int, int],
              above: tuple[QWidget | QLayout, ...] = (), vertical: bool = False) -> QSplitter:
        """Fill the page with two resizable panes, below optional toolbar rows ``above``.

        A page with toolbar rows keeps the usual margins; two panes alone fill it edge to edge.
        """
        from PySide6.QtCore import Qt  # not at import: the Qt namespace costs start-up time

        splitter = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal)
        splitter.addWidget(first)
        splitter.addWidget(second)
        splitter.setSizes(list(sizes))
        self.window_.ui_state.track_splitter(type(self).__name__, splitter)  # sizes remembered
        layout = QVBoxLayout(self)
        if not above:
            layout.setContentsMargins(0, 0, 0, 0)
        for item in above:
            if isinstance(item, QLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        layout.addWidget(splitter, 1)
        return splitter

    def heightForWidth(self, width: int) -> int:
        """The height the page needs, not the one it would like: its holder then scrolls
        only when wrapped text and the panes' minimum sizes do not fit (QScrollArea asks
        this of a page with word-wrapped labels)."""
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout else -1

    def refresh(self) -> None:
        """Reload from the stores: called when services open and after the cache changes."""

    def exportable(self) -> Table | None:
        """What File ▸ Export ▸ Current table writes for this page, if anything."""
        return None
