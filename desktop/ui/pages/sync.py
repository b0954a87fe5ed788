"""Sync page: one row per source with its last sync, status, counts and a Sync button.

Every sync runs through ``window_.run_task`` (background, "documents done of total" in the
status bar, Cancel stopping at the next page boundary) and ends with a summary line. A
connection typed in without a keychain serves this session only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import dialogs
from desktop.ui.i18n import QT_TRANSLATE_NOOP, date_time, integer, number, translate
from desktop.ui.pages import Page

if TYPE_CHECKING:
    from desktop.services.sync import MongoTarget, SourceStatus
    from desktop.sync.engine import Summary
    from desktop.ui.sync_dialogs import OnetApiRequest

SOURCES = {  # translated where shown
    "release": (QT_TRANSLATE_NOOP("SyncPage", "O*NET release file"),
                QT_TRANSLATE_NOOP("SyncPage", "Occupations, skills and knowledge from an O*NET "
                                              "text release (db_XX_Y_text.zip)")),
    "onet-api": ("O*NET Web Services",
                 QT_TRANSLATE_NOOP("SyncPage", "Occupations fetched from the O*NET API "
                                               "(importance only)")),
    "compass": ("Compass", QT_TRANSLATE_NOOP("SyncPage", "Sessions, experiences and skills "
                                                         "discovered with job seekers")),
    "analyses": (QT_TRANSLATE_NOOP("SyncPage", "CV analyses"),
                 QT_TRANSLATE_NOOP("SyncPage", "Proof-of-talent CV analyses and their metrics")),
}
STATUS_COLOURS = {QT_TRANSLATE_NOOP("SyncPage", "ok"): "#1b6e20",
                  QT_TRANSLATE_NOOP("SyncPage", "failed"): "#b00020",
                  QT_TRANSLATE_NOOP("SyncPage", "cancelled"): "#8a4b00",
                  QT_TRANSLATE_NOOP("SyncPage", "never synced"): "#666666"}
SHOWN_IDS = 10
COUNTED = {"occupations": QT_TRANSLATE_NOOP("SyncPage", "occupations"),
           "sessions": QT_TRANSLATE_NOOP("SyncPage", "sessions"),
           "experiences": QT_TRANSLATE_NOOP("SyncPage", "experiences"),
           "skills": QT_TRANSLATE_NOOP("SyncPage", "skills"),
           "taxonomy skills": QT_TRANSLATE_NOOP("SyncPage", "taxonomy skills"),
           "analyses": QT_TRANSLATE_NOOP("SyncPage", "analyses")}
COMPASS_COUNTS_NOTE = QT_TRANSLATE_NOOP(
    "SyncPage", "Every row stored in the cache: experiences of all three views (pipeline output, "
    "what the user explored, deleted) and every skill (top and remaining). Analytics counts only "
    "the experiences the user kept and their top skills.")


def local_time(iso: str | None) -> str:
    """``2026-11-22T00:59:32Z`` → ``2026-11-22 01:59`` (``22/11/2026 01:59`` in Spanish) in the
    computer's time zone."""
    from datetime import datetime

    if not iso:
        return translate("SyncPage", "never")
    try:
        return date_time(datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
                         .isoformat())
    except ValueError:
        return iso


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{integer(v)} {translate('SyncPage', COUNTED.get(k, k))}"
                     for k, v in counts.items() if v is not None)


def summary_text(title: str, summary: Summary) -> str:
    text = translate("SyncPage", "{source}: {added} added, {updated} updated, {deleted} deleted, "
                     "{skipped} skipped in {seconds} s").format(
        source=title, added=integer(summary.added), updated=integer(summary.updated),
        deleted=integer(summary.deleted), skipped=integer(summary.skipped),
        seconds=number(summary.seconds))
    ids = summary.skipped_ids
    if ids:
        more = (translate("SyncPage", " and {count} more").format(count=len(ids) - SHOWN_IDS)
                if len(ids) > SHOWN_IDS else "")
        text += translate("SyncPage", ". Skipped (unreadable documents): {ids}").format(
            ids=", ".join(ids[:SHOWN_IDS]) + more)
    if summary.kept_from_release:
        text += translate("SyncPage", ". Kept from the release (it has levels too): {codes}"
                          ).format(codes=", ".join(summary.kept_from_release))
    return text


class SyncPage(Page):
    title = "Sync"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._one_off: dict[str, MongoTarget] = {}  # typed in, not remembered
        self._saved: dict[str, MongoTarget] = {}  # settings + keychain, read in the background
        self._onet_api: OnetApiRequest | None = None  # typed in (the key kept if remembered)
        self._saved_onet_api: OnetApiRequest | None = None
        self._keychain = False
        heading = QLabel(self.tr("Sync"))
        heading.setObjectName("syncHeading")
        heading.setStyleSheet("#syncHeading { font-size: 17pt; font-weight: bold; }")
        intro = QLabel(self.tr("Bring data into the local cache while online; everything else "
                               "works "
                       "offline from it. Syncs are incremental and can be cancelled: what was "
                       "fetched is kept, and the next sync continues."), wordWrap=True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        for column, header in enumerate((self.tr("Source"), self.tr("Last sync"),
                                         self.tr("Status"), self.tr("In the cache"), "")):
            label = QLabel(f"<b>{header}</b>")
            grid.addWidget(label, 0, column)
        self.rows: dict[str, dict[str, Any]] = {}
        for row, (source, (name, description)) in enumerate(SOURCES.items(), 1):
            title = QLabel(f"<b>{self.tr(name)}</b><br><span style='color:#555'>"
                           f"{self.tr(description)}</span>",
                           wordWrap=True)
            title.setMinimumWidth(200)
            widgets: dict[str, QWidget] = {
                "last": QLabel("—"), "status": QLabel("—", wordWrap=True),
                "counts": QLabel("—", wordWrap=True)}
            widgets["status"].setMinimumWidth(120)
            if source == "compass":
                widgets["counts"].setToolTip(self.tr(COMPASS_COUNTS_NOTE))
            buttons = QHBoxLayout()
            if source == "release":
                sync = QPushButton(self.tr("Import…"))
                sync.clicked.connect(self.window_.import_release)
            else:
                sync = QPushButton(self.tr("Sync"))
                sync.clicked.connect(lambda _=False, s=source: self.start_sync(s))
                if source != "onet-api":
                    connection = QPushButton(self.tr("Connection…"))
                    connection.clicked.connect(lambda _=False, s=source: self.edit_connection(s))
                    buttons.addWidget(connection)
                    widgets["connection"] = connection
            buttons.insertWidget(0, sync)
            widgets["sync"] = sync
            grid.addWidget(title, row, 0)
            grid.addWidget(widgets["last"], row, 1)
            grid.addWidget(widgets["status"], row, 2)
            grid.addWidget(widgets["counts"], row, 3)
            holder = QWidget()
            holder.setLayout(buttons)
            buttons.setContentsMargins(0, 0, 0, 0)
            grid.addWidget(holder, row, 4, Qt.AlignmentFlag.AlignRight)
            self.rows[source] = widgets
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        self.full = QCheckBox(self.tr("Full resync (re-read everything; remove what was deleted "
                                      "upstream)"))
        self.result = QLabel("", wordWrap=True)
        self.result.setObjectName("syncResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setStyleSheet("#syncResult { background: #eef5ee; padding: 8px; }")
        self.result.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(self.full)
        layout.addWidget(self.result)
        layout.addStretch(1)

    # --- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Status, and the saved connections (the keychain can be slow: never on the GUI thread)."""
        from desktop.services import sync

        services = self.services

        def read(_task: Any) -> tuple[list[SourceStatus], dict[str, MongoTarget],
                                      OnetApiRequest, bool]:
            from desktop.services import secrets
            from desktop.ui.sync_dialogs import OnetApiRequest

            saved = {source: sync.saved_target(services, source)
                     for source in ("compass", "analyses")}
            onet_api = OnetApiRequest(secrets.get(secrets.ONET_API_KEY) or "",
                                      services.settings.onet_api_base_url)
            return sync.status(services), saved, onet_api, secrets.available()

        self.bridge.submit(read, key="sync.status", on_result=self._loaded)

    def _loaded(self, result: tuple[list[SourceStatus], dict[str, MongoTarget],
                                    OnetApiRequest, bool]) -> None:
        rows, self._saved, self._saved_onet_api, self._keychain = result
        self._show_status(rows)

    def _show_status(self, rows: list[SourceStatus]) -> None:
        for row in rows:
            widgets = self.rows[row.source]
            widgets["last"].setText(local_time(row.last_sync_at))
            widgets["last"].setToolTip(row.last_sync_at or "")
            status = row.status
            colour = STATUS_COLOURS.get(status, "#222222")
            text = f"<span style='color:{colour}'>{self.tr(status)}</span>"
            if row.last_error:
                text += f"<br><span style='color:#555'>{row.last_error}</span>"
            widgets["status"].setText(text)
            widgets["counts"].setText(counts_text(row.counts) or "—")

    def set_busy(self, busy: bool) -> None:
        for widgets in self.rows.values():
            widgets["sync"].setEnabled(not busy)

    # --- connections ------------------------------------------------------------------------
    def _target(self, source: str) -> MongoTarget | None:
        return self._one_off.get(source) or self._saved.get(source)

    def edit_connection(self, source: str) -> MongoTarget | None:
        """Ask for a connection; it is saved (keychain included) in the background."""
        from desktop.services.sync import save_target

        answer = dialogs.ask_connection(self, source, self._target(source), self._keychain)
        if answer is None:
            return None
        services, target, remember = self.services, answer.target, answer.remember
        self._one_off[source] = target  # until the keychain has it
        self.bridge.submit(lambda _task: save_target(services, source, target, remember),
                           on_result=lambda _r: self._remembered(source) if remember else None,
                           on_error=self._keychain_refused)
        return target

    def _remembered(self, source: str) -> None:
        if source in self._one_off:
            self._saved[source] = self._one_off.pop(source)

    def _keychain_refused(self, error: BaseException) -> None:
        dialogs.show_info(self, self.tr("Keychain"), str(error))

    # --- syncing ----------------------------------------------------------------------------
    def start_sync(self, source: str) -> Any:
        if source == "onet-api":
            return self._start_onet_api()
        target = self._target(source)
        if not target or not target.uri or not target.database:
            target = self.edit_connection(source)
            if not target:
                return None
        from desktop.services import sync

        services, mongo = self.services, target
        full = self.full.isChecked()
        run = sync.sync_compass if source == "compass" else sync.sync_analyses
        return self._run(source, lambda task: run(services, mongo, full, task))

    def _start_onet_api(self) -> Any:
        from desktop.services import secrets, sync

        request = dialogs.ask_onet_api(self, self._onet_api or self._saved_onet_api,
                                       self._keychain)
        if not request:
            return None
        self._onet_api = request
        if request.remember and request.key:
            key = request.key
            self.bridge.submit(lambda _task: secrets.remember(secrets.ONET_API_KEY, key),
                               on_error=self._keychain_refused)
        if request.base_url:
            self.services.settings.onet_api_base_url = request.base_url
            self.services.save_settings()
        services = self.services
        return self._run("onet-api", lambda task: sync.sync_onet_api(
            services, request.key, list(request.codes), request.base_url or None, task))

    def _run(self, source: str, fn: Any) -> Any:
        name = self.tr(SOURCES[source][0])
        title = self.tr("Syncing {source}").format(source=name)
        self.set_busy(True)
        self.result.hide()
        job = self.window_.run_task(title, fn, lambda summary: self._finished(source, summary))
        job.cancelled.connect(lambda: self._stopped(
            self.tr("{source}: sync cancelled. What was fetched is kept; the next sync "
                    "continues from there.").format(source=name)))
        job.failed.connect(lambda error: self._stopped(""))
        return job

    def _finished(self, source: str, summary: Summary) -> None:
        self.set_busy(False)
        self.result.setText(summary_text(self.tr(SOURCES[source][0]), summary))
        self.result.show()
        self.window_.statusBar().showMessage(self.result.text()[:200], 10000)
        self.window_.cache_changed()

    def _stopped(self, message: str) -> None:
        self.set_busy(False)
        if message:
            self.result.setText(message)
            self.result.show()
            self.window_.statusBar().showMessage(message, 10000)
        self.refresh()
