"""Start the GUI: QApplication, main window, paint, then everything else."""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from desktop.paths import resources_dir

# Set by the start-up benchmark and the frozen smoke test: quit once the window has painted.
QUIT_AFTER_PAINT_ENV = "SKILLNAV_QUIT_AFTER_PAINT"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication), "a QApplication, not a bare QCoreApplication"
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = resources_dir() / "icons" / "skillnav.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _report_unexpected(window: QWidget) -> None:
    """A bug in an event handler: log the traceback, tell the user once, keep running."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        logging.getLogger("desktop").error("unexpected error", exc_info=(kind, error, trace))
        from desktop.ui import dialogs
        from desktop.ui.dialogs import message_for

        dialogs.show_error(window, QApplication.translate("MainWindow", "Unexpected error"),
                           message_for(error))

    sys.excepthook = hook


def install_language(app: QApplication, data_dir: str | None) -> list[Any]:
    """The language chosen in Settings (ui-state.ini), else the system's: before any window."""
    from desktop.paths import DataPaths, resolve_data_dir
    from desktop.ui import i18n
    from desktop.ui.ui_state import UiState

    return i18n.install(app, UiState(DataPaths(resolve_data_dir(data_dir)).ui_state).language)


def run_gui(data_dir: str | None = None) -> int:
    from desktop.ui.main_window import MainWindow

    app = make_app()
    install_language(app, data_dir)
    window = MainWindow(data_dir)
    _report_unexpected(window)
    if os.environ.get(QUIT_AFTER_PAINT_ENV):
        from desktop.ui.first_paint import quit_after_first_paint

        quit_after_first_paint(window)
    window.show()
    return app.exec()
