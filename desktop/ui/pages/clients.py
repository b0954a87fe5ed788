"""Clients: the caseload list with search, and a form to add, edit and archive clients."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import dialogs
from desktop.ui.dialogs import message_for
from desktop.ui.i18n import date, date_time
from desktop.ui.occupation_picker import OccupationPicker, resolve
from desktop.ui.pages import Page
from desktop.ui.table_models import ColumnSpec, RecordTableModel

if TYPE_CHECKING:
    from desktop.store.clients import Client


def record_view(model: RecordTableModel, stretch: int = 0) -> QTableView:
    """A compact, row-selecting, keyboard-friendly table over ``model``."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow column: "First-Line Sup…"
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class ClientPicker(QComboBox):
    """The active clients, by label; ``chosen`` fires when the chosen client changes."""

    chosen = Signal(object)  # client id or None

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumWidth(160)
        self._announced: object = object()  # so the first choice is always announced
        self.currentIndexChanged.connect(lambda _: self._announce())

    def _announce(self) -> None:
        if self.client_id != self._announced:
            self._announced = self.client_id
            self.chosen.emit(self.client_id)

    def set_clients(self, clients: list[Client], keep: int | None = None) -> None:
        keep = keep if keep is not None else self.client_id
        self.blockSignals(True)
        self.clear()
        for client in clients:
            self.addItem(client.label, client.id)
        index = self.findData(keep)
        self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
        self.blockSignals(False)
        self._announce()

    @property
    def client_id(self) -> int | None:
        return self.currentData()

    def load(self, page: Any, client_id: int | None = None) -> None:
        """List the clients in the background and choose ``client_id`` (archived ones too
        then), else keep the current choice."""
        from desktop.services import casework

        services, archived = page.services, client_id is not None
        page.bridge.submit(lambda _t: casework.list_clients(services, include_archived=archived),
                           on_result=lambda clients: self.set_clients(clients, client_id))


class ClientsPage(Page):
    title = "Clients"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.selected: Client | None = None
        self.clients: list[Client] = []
        self.search = QLineEdit(placeholderText=self.tr("Search labels, notes, occupation codes…"))
        self.search.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.show_archived.toggled.connect(self.reload)
        self.model = RecordTableModel([
            ColumnSpec("label", self.tr("Client")),
            ColumnSpec("current_title", self.tr("Current occupation"),
                       tooltip=lambda c: c.current_code and
                       f"{c.current_title} ({c.current_code})"),
            ColumnSpec("updated_at", self.tr("Last change"), date_time),
            ColumnSpec("archived", self.tr("Status"),
                       lambda v: self.tr("archived") if v else self.tr("active"),
                       colour=lambda c: "#888888" if c.archived else None),
        ])
        self.table = record_view(self.model, stretch=1)  # labels whole, long titles elided
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self._select(current.row()))
        self.table.doubleClicked.connect(lambda _: self.open_ratings())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.show_archived)
        left_layout.addWidget(self.table, 1)

        self.form_title = QLabel()
        self.form_title.setObjectName("formTitle")
        self.form_title.setStyleSheet("#formTitle { font-size: 15pt; font-weight: bold; }")
        self.label = QLineEdit(placeholderText=self.tr("A pseudonym, e.g. K-017 (no e-mail, no "
                                                       "name)"))
        self.occupation = OccupationPicker(self, self.tr("Type a title or an O*NET-SOC code"))
        self.compass_user = QLineEdit(placeholderText=self.tr("optional: synced Compass user id"))
        self.compass_session = QLineEdit(placeholderText=self.tr("optional: Compass session id"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.dates = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("Current &occupation:"), self.occupation)
        form.addRow(self.tr("Compass &user:"), self.compass_user)
        form.addRow(self.tr("Compass &session:"), self.compass_session)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow("", self.dates)
        self.new_button = QPushButton(self.tr("Ne&w client"))
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setDefault(True)
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.open_button = QPushButton(self.tr("Rate s&kills…"))
        self.recommend_button = QPushButton(self.tr("Recommen&dations…"))
        self.new_button.clicked.connect(self.new_client)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.open_button.clicked.connect(self.open_ratings)
        self.recommend_button.clicked.connect(self.open_recommendations)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.archive_button,
                       self.open_button, self.recommend_button):
            buttons.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.form_title)
        right_layout.addLayout(form, 1)
        right_layout.addLayout(buttons)

        self.split(left, right, (520, 680))
        self._fill_form(None)

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        from desktop.services import casework

        services = self.services
        query, archived = self.search.text(), self.show_archived.isChecked()
        keep = select if select is not None else self.selected.id if self.selected else None
        self.bridge.submit(lambda _t: casework.list_clients(services, archived, query),
                           key="clients.list", on_result=lambda rows: self._show(rows, keep))

    def _show(self, clients: list[Client], keep: int | None) -> None:
        self.clients = clients
        self.model.set_rows(clients)
        index = next((i for i, c in enumerate(clients) if c.id == keep), None)
        if index is not None:
            self.table.selectRow(index)
            self._select(index)
        elif self.selected is not None and not any(c.id == self.selected.id for c in clients):
            self._fill_form(None)

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.clients):
            self._fill_form(self.clients[row])

    def _fill_form(self, client: Client | None) -> None:
        self.selected = client
        self.form_title.setText(client.label if client else self.tr("New client"))
        self.label.setText(client.label if client else "")
        self.occupation.set_occupation((client and client.current_code) or "",
                                       (client and client.current_title) or "")
        self.compass_user.setText((client and client.compass_user_id) or "")
        self.compass_session.setText((client and client.compass_session_id) or "")
        self.notes.setPlainText(client.notes if client else "")
        self.dates.setText(self.tr("Created {created}, last change {changed}").format(
                               created=date(client.created_at),
                               changed=date_time(client.updated_at))
                           if client else self.tr("Fill in the form and press Save."))
        for button in (self.archive_button, self.open_button, self.recommend_button):
            button.setEnabled(client is not None)
        self.archive_button.setText(self.tr("R&estore") if client and client.archived
                                    else self.tr("A&rchive"))

    def new_client(self) -> None:
        self.table.clearSelection()
        self._fill_form(None)
        self.label.setFocus()

    def save(self) -> None:
        from desktop.services import casework

        services = self.services
        typed = self.occupation.code()
        fields: dict[str, Any] = {
            "label": self.label.text(),
            "compass_user_id": self.compass_user.text().strip() or None,
            "compass_session_id": self.compass_session.text().strip() or None,
            "notes": self.notes.toPlainText()}
        client_id = self.selected.id if self.selected else None

        def work(_t: Any) -> Client:
            fields["current_code"] = resolve(services, typed) or None  # a typed title too
            if client_id is None:
                return casework.create_client(services, **fields)
            return casework.update_client(services, client_id, **fields)
        self.bridge.submit(work, lane="write", on_result=self._saved,
                           on_error=lambda e: dialogs.show_error(self, self.tr("Client not saved"),
                                                                 message_for(e)))

    def _saved(self, client: Client) -> None:
        self.selected = client
        self.window_.statusBar().showMessage(
            self.tr("Saved {client}.").format(client=client.label), 5000)
        self.reload(select=client.id)

    def toggle_archive(self) -> None:
        from desktop.services import casework

        client = self.selected
        if client is None:
            return
        archive = not client.archived
        if archive and not dialogs.confirm(
                self, self.tr("Archive client"),
                self.tr("Archive {client}? Their ratings and history are kept; show archived "
                        "clients to restore them.").format(client=client.label)):
            return
        services = self.services
        self.bridge.submit(lambda _t: casework.archive_client(services, client.id, archive),
                           lane="write", on_result=lambda c: self.reload(select=c.id))

    def open_ratings(self) -> None:
        from desktop.ui.pages.client import ClientPage

        if self.selected:
            self.window_.open_page(ClientPage).open_client(self.selected.id)

    def open_recommendations(self) -> None:
        from desktop.ui.pages.recommendations import RecommendationsPage

        if self.selected:
            self.window_.open_page(RecommendationsPage).open_client(self.selected.id)
