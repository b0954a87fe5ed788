"""The main window: menus, a page list on the left, the current page on the right."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.domain.errors import AppError
from desktop.ui import dialogs
from desktop.ui.pages import Page
from desktop.ui.worker import Bridge, Job

log = logging.getLogger(__name__)

# (title in the page list, module, class). Modules load when their page is first shown.
PAGES: list[tuple[str, str, str]] = [
    ("Occupations", "desktop.ui.pages.explorer", "ExplorerPage"),
    ("Clients", "desktop.ui.pages.clients", "ClientsPage"),
    ("Client ratings", "desktop.ui.pages.client", "ClientPage"),
    ("Recommendations", "desktop.ui.pages.recommendations", "RecommendationsPage"),
    ("Skill gaps", "desktop.ui.pages.gaps", "GapPage"),
    ("Compare targets", "desktop.ui.pages.compare", "ComparePage"),
    ("Similar occupations", "desktop.ui.pages.similar", "SimilarPage"),
    ("Model status", "desktop.ui.pages.model_status", "ModelStatusPage"),
    ("Analytics", "desktop.ui.pages.analytics", "AnalyticsPage"),
    ("CV analyses", "desktop.ui.pages.analyses", "AnalysesPage"),
    ("Sync", "desktop.ui.pages.sync", "SyncPage"),
]

SHOW_PROGRESS_AFTER_MS = 500


class ProgressPanel(QWidget):
    """Status-bar progress with a Cancel button, shown only for work that takes a while."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.job: Job | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def track(self, job: Job) -> None:
        self.job = job
        self.label.setText(job.title)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, self._show_if_running)

    def _show_if_running(self) -> None:
        if self.job is not None and not self.job.done:
            self.show()

    def _progress(self, done: int, total: int | None, message: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.label.setText(f"{self.job.title if self.job else ''} — {message}" if message else "")

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText("Cancelling…")

    def _finished(self) -> None:
        self.job = None
        self.hide()


class MainWindow(QMainWindow):
    def __init__(self, data_dir: str | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.services: Any = None  # desktop.services.context.Services once opened
        self.bridge = Bridge(self)
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self._pages: dict[int, Page] = {}
        self._build_menus()
        self._build_body()
        self._opening = False

    # --- layout -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # Before the first paint, nothing here may touch the Qt namespace (its enums cost ~40 ms
        # to create): so setShortcuts([...]), whose overloads don't, and no Qt.AlignmentFlag.
        file_menu = self.menuBar().addMenu("&File")
        self.import_action = QAction("&Import O*NET release…", self)
        self.import_action.setShortcuts([QKeySequence("Ctrl+I")])
        self.import_action.triggered.connect(self.import_release)
        file_menu.addAction(self.import_action)
        self.export_menu = file_menu.addMenu("&Export")  # filled after the first paint
        for text, keys, how in (("&Print…", "Ctrl+P", "print"),
                                ("Save report as P&DF…", "Ctrl+Shift+P", "pdf")):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(keys)])
            action.triggered.connect(lambda _checked=False, h=how: self.client_report(h))
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Skill Navigator", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_body(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = QLabel("Demo data — not O*NET.  Import a release from the File menu "
                                  "to work with real occupations.")
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setStyleSheet(
            "#demoBanner { background: #fff3c4; color: #5c4400; padding: 6px 12px; "
            "font-weight: bold; border-bottom: 1px solid #e0c060; }")
        self.demo_banner.hide()
        outer.addWidget(self.demo_banner)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.page_list = QListWidget()
        self.page_list.setMaximumWidth(200)
        self.page_list.addItems([title for title, _, _ in PAGES])
        self.page_list.currentRowChanged.connect(self.show_page)
        self.stack = QStackedWidget()
        for _ in PAGES:
            self.stack.addWidget(QLabel("Loading…", styleSheet="qproperty-alignment: AlignCenter;"))
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.progress = ProgressPanel()
        self.statusBar().addPermanentWidget(self.progress)
        self.release_label = QLabel("Opening data…")
        self.statusBar().addWidget(self.release_label)

    # --- start-up: paint first, then open the stores in the background ---------------------
    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.services is None and not self._opening:  # after the first paint, not on show
            self._opening = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self.isVisible():  # closed again at once (e.g. SKILLNAV_QUIT_AFTER_PAINT)
            return
        from desktop.ui.exports import install_export_actions  # File ▸ Export entries

        install_export_actions(self)
        self._open_services()

    def _open_services(self) -> None:
        data_dir = self.data_dir

        def open_in_background(task: Any) -> Any:
            from desktop.services.context import open_services  # sqlmodel: ~0.5 s to import

            return open_services(data_dir)

        self.bridge.submit(open_in_background, title="Opening data", lane="write",
                           on_result=self._services_opened, on_error=self._services_failed)

    def _services_opened(self, services: Any) -> None:
        self.services = services
        self.select_page(max(self.page_list.currentRow(), 0))
        self.cache_changed()

    def _services_failed(self, error: BaseException) -> None:
        self.release_label.setText("Data folder could not be opened")
        dialogs.show_error(self, "Cannot open data", message_for(error))

    def cache_changed(self) -> None:
        """After start-up or an import: update the banner and every built page."""
        from desktop.services import catalog

        meta = self.services.cache.meta()
        demo = meta.get("demo") == "1"
        self.demo_banner.setVisible(demo)
        label = "Demo data — not O*NET" if demo else meta.get("release_title") or "O*NET"
        self.release_label.setText(label)
        self.setWindowTitle(f"{APP_NAME} — {label}")
        self._release_summary = catalog.release_label(self.services)
        for page in self._pages.values():
            page.refresh()

    # --- pages ----------------------------------------------------------------------------
    def page(self, index: int) -> Page:
        if index not in self._pages:
            _, module, name = PAGES[index]
            page = getattr(importlib.import_module(module), name)(self)
            placeholder = self.stack.widget(index)
            showing = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(index, page)
            if showing:  # else removing the placeholder would show the next page's
                self.stack.setCurrentWidget(page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = page
            if self.services is not None:
                page.refresh()
        return self._pages[index]

    def show_page(self, index: int) -> None:
        if index < 0 or self.services is None:
            return
        self.stack.setCurrentWidget(self.page(index))

    def select_page(self, index: int) -> None:
        """Show page ``index``; also when the list already had it selected before start-up."""
        self.page_list.setCurrentRow(index)
        self.show_page(index)

    def page_by_class(self, class_name: str) -> Page:
        index = next(i for i, (_, _, name) in enumerate(PAGES) if name == class_name)
        self.select_page(index)
        return self.page(index)

    # --- long work ------------------------------------------------------------------------
    def run_task(self, title: str, fn: Callable[..., Any], on_result: Callable[[Any], None],
                 lane: str = "write") -> Job:
        """Run ``fn(task)`` in the background with progress and Cancel in the status bar."""
        job = self.bridge.submit(fn, title=title, lane=lane, on_result=on_result,
                                 on_error=lambda e: dialogs.show_error(self, title, message_for(e)))
        job.cancelled.connect(
            lambda: self.statusBar().showMessage(f"{title}: cancelled; nothing changed.", 8000))
        self.progress.track(job)
        return job

    def import_release(self) -> None:
        path = dialogs.ask_open_path(
            self, "Import O*NET release",
            "O*NET text release (*.zip);;Any file inside an unpacked release folder (*.txt)")
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> Job:
        from pathlib import Path

        from desktop.services import catalog

        source = Path(path)
        if source.suffix.lower() == ".txt":  # a file picked inside an unpacked release
            source = source.parent
        services = self.services
        return self.run_task(f"Importing {source.name}",
                             lambda task: catalog.import_release(services, source, task),
                             self._imported)

    def _imported(self, report: dict[str, Any]) -> None:
        self.cache_changed()
        self.statusBar().showMessage(
            f"Imported {report['title']}: {report['occupations']} occupations "
            f"in {report['seconds']:.1f} s.", 10000)

    def client_report(self, how: str) -> None:
        """File ▸ Print… / Save report as PDF…: a client's action plan."""
        from desktop.ui.report_dialog import client_report

        client_report(self, how)

    def show_about(self) -> None:
        from desktop.domain.crosswalk import ATTRIBUTION as CROSSWALKS
        from desktop.services import catalog

        attribution = catalog.attribution(self.services) if self.services else ""
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<h3>{APP_NAME} {__version__}</h3>"
                          "<p>Offline career counselling over O*NET occupations and the skills "
                          f"Compass discovered with job seekers.</p><p>{attribution}</p>"
                          f"<p>{CROSSWALKS}</p>")

    def closeEvent(self, event: Any) -> None:
        self.bridge.cancel_all()
        self.bridge.wait(10000)
        if self.services is not None:
            self.services.close()
        super().closeEvent(event)


def message_for(error: BaseException) -> str:
    if isinstance(error, AppError):
        return str(error)
    return f"Unexpected error ({type(error).__name__}: {error}). Details are in the log."
