"""Pick a synced Compass user or session for a client: pseudonymous ids only, never e-mail."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.ui.i18n import date_time
from desktop.ui.pages.clients import record_view
from desktop.ui.table_models import ColumnSpec, RecordTableModel

if TYPE_CHECKING:
    from desktop.store.compass_link import SessionChoice


class CompassLinkDialog(QDialog):
    """Search synced sessions by user or session id; ``choice`` is ("user" | "session", id)."""

    def __init__(self, parent: Any, services: Any, bridge: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to Compass"))
        self.resize(760, 440)
        self.services, self.bridge = services, bridge
        self.choice: tuple[str, str] | None = None
        self.search = QLineEdit(placeholderText=self.tr("Search by user id or session id…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.model = RecordTableModel([
            ColumnSpec("user_id", self.tr("Compass user")),
            ColumnSpec("session_id", self.tr("Session")),
            ColumnSpec("session_timestamp", self.tr("Last message"),
                       lambda v: date_time(v) or "—"),
            ColumnSpec("experiences", self.tr("Experiences"), align_right=True),
            ColumnSpec("user_sessions", self.tr("User's sessions"), align_right=True),
        ])
        self.table = record_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.status = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.user_button = QPushButton(self.tr("Link &user (all sessions)"))
        self.session_button = QPushButton(self.tr("Link this &session"))
        for button, kind in ((self.user_button, "user"), (self.session_button, "session")):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _=False, k=kind: self._choose(k))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.search, self.table, self.status, buttons):
            layout.addWidget(widget)
        self._enable()
        self.reload()

    def reload(self) -> None:
        from desktop.services import compass_link

        services, query = self.services, self.search.text()
        self.bridge.submit(lambda _t: compass_link.find_sessions(services, query),
                           on_result=self._show)

    def _show(self, rows: list[SessionChoice]) -> None:
        self.model.set_rows(rows)
        self.status.setText(
            self.tr("{count} synced session(s) shown, newest first.").format(count=len(rows))
            if rows else self.tr("No synced Compass session matches: sync Compass on the Sync "
                                 "page."))
        if rows:
            self.table.selectRow(0)
        self._enable()

    def _selected(self) -> SessionChoice | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < len(self.model.rows) else None

    def _enable(self) -> None:
        row = self._selected()
        self.session_button.setEnabled(row is not None)
        self.user_button.setEnabled(bool(row and row.user_id))

    def _choose(self, kind: str) -> None:
        row = self._selected()
        if row is not None:
            self.choice = (kind, str(row.user_id if kind == "user" else row.session_id))
            self.accept()
