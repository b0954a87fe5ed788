"""The "Shortlist" button of the pages that show occupations: pin one to a client's targets."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from desktop.ui import dialogs
from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from desktop.store.clients import Client


def shortlist_button(page: Any, code_of: Callable[[], str | None],
                     client_of: Callable[[], int | None] = lambda: None) -> QPushButton:
    """A button pinning ``code_of()`` for ``client_of()`` (asked for when None)."""
    button = QPushButton(translate("Shortlist", "Short&list"))
    button.setToolTip(translate("Shortlist", "Pin this occupation to a client's shortlist of "
                                "targets (see the Compare targets page)"))
    button.clicked.connect(lambda: pin(page, code_of(), client_of()))
    return button


def ask_client(parent: QWidget, clients: list[Client]) -> int | None:
    names = [f"{c.label}  (#{c.id})" for c in clients]
    name, ok = QInputDialog.getItem(parent, translate("Shortlist", "Shortlist"),
                                    translate("Shortlist", "Add to the shortlist of:"), names,
                                    0, False)
    return clients[names.index(name)].id if ok and name in names else None


def pin(page: Any, code: str | None, client_id: int | None) -> None:
    from desktop.services import casework

    if not code:
        return
    if client_id is not None:
        _pin(page, client_id, code)
        return
    services = page.services

    def chosen(clients: list[Client]) -> None:
        if not clients:
            dialogs.show_info(page, translate("Shortlist", "Shortlist"),
                              translate("Shortlist", "Add a client on the Clients page first."))
        elif (picked := ask_client(page, clients)) is not None:
            _pin(page, picked, code)

    page.bridge.submit(lambda _t: casework.list_clients(services), on_result=chosen)


def _pin(page: Any, client_id: int, code: str) -> None:
    from desktop.services import shortlist
    from desktop.ui.dialogs import message_for

    services = page.services
    page.bridge.submit(
        lambda _t: shortlist.pin(services, client_id, code), lane="write",
        on_result=lambda entries: page.window_.statusBar().showMessage(
            translate("Shortlist", "Shortlisted {code}: {count} target(s) on this client's "
                      "shortlist.").format(code=code, count=len(entries)), 6000),
        on_error=lambda e: dialogs.show_error(page, translate("Shortlist", "Not shortlisted"),
                                              message_for(e)))
