"""The main window: menus, a page list on the left, the current page on the right."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.paths import DataPaths, resolve_data_dir
from desktop.ui import dialogs, i18n
from desktop.ui.dialogs import message_for
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.pages import Page
from desktop.ui.ui_state import UiState

if TYPE_CHECKING:  # imported when first used: after the first paint
    from desktop.services.context import Services
    from desktop.store.onet_import import ImportReport
    from desktop.ui.start_guide import StartGuide
    from desktop.ui.worker import Bridge, Job

log = logging.getLogger(__name__)

# (title in the page list, module, class). Modules load when their page is first shown.
# Titles are translated where shown (QT_TRANSLATE_NOOP only marks them for the catalogue).
PAGES: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("MainWindow", "Occupations"), "desktop.ui.pages.explorer", "ExplorerPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Clients"), "desktop.ui.pages.clients", "ClientsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Client ratings"), "desktop.ui.pages.client", "ClientPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Recommendations"),
     "desktop.ui.pages.recommendations", "RecommendationsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Skill gaps"), "desktop.ui.pages.gaps", "GapPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Compare targets"), "desktop.ui.pages.compare", "ComparePage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Similar occupations"),
     "desktop.ui.pages.similar", "SimilarPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Model status"),
     "desktop.ui.pages.model_status", "ModelStatusPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Analytics"), "desktop.ui.pages.analytics", "AnalyticsPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "CV analyses"), "desktop.ui.pages.analyses", "AnalysesPage"),
    (QT_TRANSLATE_NOOP("MainWindow", "Sync"), "desktop.ui.pages.sync", "SyncPage"),
]

SHOW_PROGRESS_AFTER_MS = 500
P = TypeVar("P", bound=Page)


def page_keys(index: int) -> str | None:
    """Ctrl+1 … Ctrl+9, Ctrl+0 for the first ten pages."""
    return f"Ctrl+{(index + 1) % 10}" if index < 10 else None

SHORTCUTS = [  # (keys, what they do) for Help ▸ Keyboard shortcuts, besides the page keys
    ("Ctrl+I", QT_TRANSLATE_NOOP("MainWindow", "Import an O*NET release")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("MainWindow", "Export the table in view")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "Search occupations (Occupations page)")),
    ("0 – 4", QT_TRANSLATE_NOOP("MainWindow", "Rate the selected skill (Client ratings page)")),
    ("Delete", QT_TRANSLATE_NOOP("MainWindow", "Clear the selected skill's rating")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("MainWindow", "Undo the last rating change")),
    ("Enter", QT_TRANSLATE_NOOP("MainWindow",
                                "Show gaps / find similar occupations for what was typed")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit"))]
LANGUAGE_NAMES = {i18n.SYSTEM: QT_TRANSLATE_NOOP("MainWindow", "System language"),
                  i18n.SPANISH: "Español (Argentina)", i18n.ENGLISH: "English"}


class JobRow(QWidget):
    """One running job in the status bar: its title, progress and a Cancel button."""

    def __init__(self, job: Job) -> None:
        from PySide6.QtWidgets import QProgressBar, QPushButton

        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.job = job
        self.label = QLabel(job.title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(160)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop: {job}").format(job=job.title))
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.cancel_button.clicked.connect(self._cancel)
        job.progress.connect(self._progress)

    def _progress(self, done: int, total: int | None, message: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.label.setText(f"{self.job.title} — {message}" if message else self.job.title)

    def _cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("{job}: cancelling…").format(job=self.job.title))


class ProgressPanel(QWidget):
    """Status-bar progress: one row with Cancel per job that takes a while, however many run."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.rows: dict[Job, JobRow] = {}
        self.hide()

    def track(self, job: Job) -> None:
        row = JobRow(job)
        row.hide()
        self.rows[job] = row
        self._layout.addWidget(row)
        job.finished.connect(lambda: self._finished(job))
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, lambda: self._show_if_running(job))

    def row(self, job: Job) -> JobRow:
        return self.rows[job]

    def _show_if_running(self, job: Job) -> None:
        if job in self.rows and not job.done:
            self.rows[job].show()
            self.show()

    def _finished(self, job: Job) -> None:
        row = self.rows.pop(job, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        if not any(r.isVisibleTo(self) for r in self.rows.values()):
            self.hide()


class MainWindow(QMainWindow):
    def __init__(self, data_dir: str | None = None) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.services: Services | None = None  # opened after the first paint
        self._errors_on_screen: set[str] = set()
        self.setWindowTitle(APP_NAME)
        self.ui_state = UiState(DataPaths(resolve_data_dir(data_dir)).ui_state)
        if not self.ui_state.restore_geometry(self):
            self.resize(1200, 740)
        self._pages: dict[int, Page] = {}
        self._build_menus()
        self._build_body()
        self._opening = False

    # --- layout -------------------------------------------------------------------------
    def _build_menus(self) -> None:
        # Before the first paint, nothing here may touch the Qt namespace (its enums cost ~40 ms
        # to create): so setShortcuts([...]), whose overloads don't, and no Qt.AlignmentFlag.
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import O*NET release…"), self)
        self.import_action.setShortcuts([QKeySequence("Ctrl+I")])
        self.import_action.triggered.connect(self.import_release)
        file_menu.addAction(self.import_action)
        self.export_menu = file_menu.addMenu(self.tr("&Export"))  # filled after the first paint
        for text, keys, how in ((self.tr("&Print…"), "Ctrl+P", "print"),
                                (self.tr("Save report as P&DF…"), "Ctrl+Shift+P", "pdf")):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(keys)])
            action.triggered.connect(lambda _checked=False, h=how: self.client_report(h))
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (title, _, _) in enumerate(PAGES):
            action = QAction(self.tr(title), self)
            if page_key := page_keys(index):
                action.setShortcuts([QKeySequence(page_key)])
            action.triggered.connect(lambda _=False, i=index: self.select_page(i))
            go_menu.addAction(action)
        self._build_language_menu(self.menuBar().addMenu(self.tr("&Settings")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcuts([QKeySequence("F1")])
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Skill Navigator"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_language_menu(self, settings_menu: Any) -> None:
        """Settings ▸ Language: System / Español (Argentina) / English, from the next start."""
        menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for choice, name in LANGUAGE_NAMES.items():
            action = QAction(self.tr(name) if choice == i18n.SYSTEM else name, self)
            action.setCheckable(True)
            action.setChecked(choice == self.ui_state.language)
            action.triggered.connect(lambda _=False, c=choice: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)

    def choose_language(self, choice: str) -> None:
        self.ui_state.language = choice
        self.statusBar().showMessage(
            self.tr("The new language applies when Skill Navigator starts again."), 10000)

    def _build_body(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._outer = outer  # the start guide goes on top once built
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.page_list = QListWidget()
        self.page_list.setObjectName("pageList")
        self.page_list.addItems([self.tr(title) for title, _, _ in PAGES])
        for index in range(len(PAGES)):
            self.page_list.item(index).setToolTip(page_keys(index) or "")
        self.page_list.setFixedWidth(self.page_list.sizeHintForColumn(0) + 24)
        self.page_list.currentRowChanged.connect(self.show_page)
        self.stack = QStackedWidget()
        for _ in PAGES:
            loading = QLabel(self.tr("Loading…"))
            loading.setStyleSheet("qproperty-alignment: AlignCenter;")
            self.stack.addWidget(loading)
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.progress = ProgressPanel()
        self.statusBar().addPermanentWidget(self.progress)
        self.release_label = QLabel(self.tr("Opening data…"))
        self.statusBar().addWidget(self.release_label)

    @cached_property
    def bridge(self) -> Bridge:
        from desktop.ui.worker import Bridge

        return Bridge(self, report=self.report_error)

    @cached_property
    def guide(self) -> StartGuide:
        from desktop.ui.start_guide import StartGuide

        guide = StartGuide(self.import_release, self.add_client)
        self._outer.insertWidget(0, guide)
        return guide

    @property
    def demo_banner(self) -> QLabel:
        return self.guide.demo_banner

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
        self.page_list.setStyleSheet(  # the keyboard focus shows in the page list
            "#pageList:focus { border: 2px solid #2a6fdb; } "
            "#pageList::item:selected:focus { background: #2a6fdb; color: white; }")
        self._open_services()

    def _open_services(self) -> None:
        data_dir = self.data_dir

        def open_in_background(task: Any) -> Any:
            from desktop.services.context import open_services  # sqlmodel: ~0.5 s to import

            return open_services(data_dir)

        self.bridge.submit(open_in_background, title=self.tr("Opening data"), lane="write",
                           on_result=self._services_opened, on_error=self._services_failed)

    def _services_opened(self, services: Any) -> None:
        self.services = services
        self.select_page(min(self.ui_state.last_page, len(PAGES) - 1))  # where they left off
        self.cache_changed()

    def _services_failed(self, error: BaseException) -> None:
        self.release_label.setText(self.tr("Data folder could not be opened"))
        dialogs.show_error(self, self.tr("Cannot open data"), message_for(error))

    def opened_services(self) -> Services:
        """The services, for work that runs only once they are open."""
        assert self.services is not None, "the data folder is opened before this runs"
        return self.services

    def cache_changed(self) -> None:
        """After start-up, an import or a sync: update the labels, the guide and every page."""
        services = self.opened_services()

        def read(_task: Any) -> tuple[dict[str, str | None], bool]:
            from desktop.services import casework

            return services.cache.meta(), bool(casework.list_clients(services, True))

        def warm_up(_task: Any) -> None:  # so no click waits for what every client shares
            from desktop.services import catalog

            catalog.precompute(services)

        self.bridge.submit(read, key="window.cache", on_result=self._show_cache)
        self.bridge.submit(warm_up, lane="write", key="window.warm_up")
        for page in self._pages.values():
            page.refresh()

    def _show_cache(self, result: tuple[dict[str, str | None], bool]) -> None:
        meta, has_clients = result
        demo = meta.get("demo") == "1"
        label = self.tr("Demo data — not O*NET") if demo else meta.get("release_title") or "O*NET"
        self.release_label.setText(label)
        self.setWindowTitle(f"{APP_NAME} — {label}")
        if i18n.translated() and self.ui_state.first_time("english_titles"):
            self.guide.notice = self.tr("Occupation titles and descriptions are shown in English, "
                                        "as O*NET publishes them.")
        self.guide.update_for(demo, has_clients)

    def add_client(self) -> None:
        from desktop.ui.pages.clients import ClientsPage

        self.open_page(ClientsPage).new_client()

    # --- pages ----------------------------------------------------------------------------
    def page(self, index: int) -> Page:
        if index not in self._pages:
            _, module, name = PAGES[index]
            from PySide6.QtWidgets import QScrollArea

            page = getattr(importlib.import_module(module), name)(self)
            holder = QScrollArea(widgetResizable=True)  # a page too wide scrolls, the window
            holder.setFrameShape(QScrollArea.Shape.NoFrame)  # keeps fitting 1024×700
            holder.setWidget(page)
            placeholder = self.stack.widget(index)
            assert placeholder is not None, "one placeholder per page until it is built"
            showing = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(index, holder)
            if showing:  # else removing the placeholder would show the next page's
                self.stack.setCurrentWidget(holder)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = page
            if self.services is not None:
                page.refresh()
        return self._pages[index]

    def show_page(self, index: int) -> None:
        if index < 0 or self.services is None:
            return
        self.page(index)  # its holder replaced the placeholder at the same index
        self.stack.setCurrentIndex(index)

    def built_pages(self) -> list[Page]:
        return list(self._pages.values())

    def current_page(self) -> Page | None:
        return next((p for i, p in self._pages.items() if i == self.stack.currentIndex()),
                    None)

    def select_page(self, index: int) -> None:
        """Show page ``index``; also when the list already had it selected before start-up."""
        self.page_list.setCurrentRow(index)
        self.show_page(index)

    def open_page(self, page_class: type[P]) -> P:
        """Show the page of ``page_class`` (built on first use) and return it."""
        index = next(i for i, (_, module, name) in enumerate(PAGES)
                     if (module, name) == (page_class.__module__, page_class.__name__))
        self.select_page(index)
        page = self.page(index)
        assert isinstance(page, page_class)
        return page

    # --- long work ------------------------------------------------------------------------
    def report_error(self, title: str, error: BaseException) -> None:
        """A background error nobody else handles, in plain words; pages failing for the same
        reason (e.g. a damaged casework store) show it once, not one box each."""
        message = message_for(error)
        if message in self._errors_on_screen:
            return
        self._errors_on_screen.add(message)
        try:
            dialogs.show_error(self, title or self.tr("Something went wrong"), message)
        finally:
            self._errors_on_screen.discard(message)

    def run_task(self, title: str, fn: Callable[..., Any], on_result: Callable[[Any], None],
                 lane: str = "write") -> Job:
        """Run ``fn(task)`` in the background with progress and Cancel in the status bar."""
        job = self.bridge.submit(fn, title=title, lane=lane, on_result=on_result,
                                 on_error=lambda e: dialogs.show_error(self, title, message_for(e)))
        job.cancelled.connect(
            lambda: self.statusBar().showMessage(
                self.tr("{job}: cancelled; nothing changed.").format(job=title), 8000))
        self.progress.track(job)
        return job

    def import_release(self) -> None:
        path = dialogs.ask_open_path(
            self, self.tr("Import O*NET release"),
            self.tr("O*NET text release (*.zip);;"
                    "Any file inside an unpacked release folder (*.txt)"))
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> Job:
        from pathlib import Path

        from desktop.services import catalog

        source = Path(path)
        if source.suffix.lower() == ".txt":  # a file picked inside an unpacked release
            source = source.parent
        services = self.opened_services()
        return self.run_task(self.tr("Importing {file}").format(file=source.name),
                             lambda task: catalog.import_release(services, source, task),
                             self._imported)

    def _imported(self, report: ImportReport) -> None:
        self.cache_changed()
        self.guide.imported = self.tr("Imported {release}: {count} occupations in {seconds} s."
                                      ).format(release=report.title,
                                               count=i18n.integer(report.occupations),
                                               seconds=i18n.number(report.seconds))

    def client_report(self, how: str) -> None:
        """File ▸ Print… / Save report as PDF…: a client's action plan."""
        from desktop.ui.report_dialog import client_report

        client_report(self, how)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.domain.crosswalk import ATTRIBUTION as CROSSWALKS
        from desktop.services import catalog

        attribution = catalog.attribution(self.services) if self.services else ""
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_NAME),
                          f"<h3>{APP_NAME} {__version__}</h3><p>"
                          + self.tr("Offline career counselling over O*NET occupations and the "
                                    "skills Compass discovered with job seekers.")
                          + f"</p><p>{attribution}</p><p>{CROSSWALKS}</p>")

    def show_shortcuts(self) -> None:
        rows = [(page_keys(i), self.tr("Go to {page}").format(page=self.tr(title)))
                for i, (title, _, _) in enumerate(PAGES) if page_keys(i)]
        rows += [(keys, self.tr(what)) for keys, what in SHORTCUTS]
        dialogs.show_info(self, self.tr("Keyboard shortcuts"), "<table>" + "".join(
            f"<tr><td><b>{keys}</b>&nbsp;&nbsp;</td><td>{what}</td></tr>" for keys, what in rows)
            + "</table>")

    def closeEvent(self, event: Any) -> None:
        self.ui_state.save(self, self.page_list.currentRow())
        self.bridge.close()
        if self.services is not None:
            self.services.close()
        super().closeEvent(event)

