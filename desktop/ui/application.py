"""Start the GUI: QApplication, main window, paint, then everything else."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from desktop.paths import resources_dir

# Set by the start-up benchmark and the frozen smoke test: quit once the window has painted.
QUIT_AFTER_PAINT_ENV = "SKILLNAV_QUIT_AFTER_PAINT"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = resources_dir() / "icons" / "skillnav.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def run_gui(data_dir: str | None = None) -> int:
    from desktop.ui.main_window import MainWindow

    app = make_app()
    window = MainWindow(data_dir)
    if os.environ.get(QUIT_AFTER_PAINT_ENV):
        from desktop.ui.first_paint import quit_after_first_paint

        quit_after_first_paint(window)
    window.show()
    return app.exec()
