"""Every modal dialog goes through here, so tests can answer them without blocking."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop.services.sync import MongoTarget
    from desktop.ui.sync_dialogs import Connection, OnetApiRequest


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_save_target(parent: QWidget | None, title: str, suggested: str, filters: str
                    ) -> tuple[str, str] | None:
    """(path, the file type chosen among ``filters``), or None if cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return (path, chosen) if path else None


def message_for(error: BaseException) -> str:
    from desktop.domain.errors import AppError

    if isinstance(error, AppError):
        return str(error)
    from desktop.ui.i18n import translate

    return translate("Dialogs", "Unexpected error ({error}). Details are in the log.").format(
        error=f"{type(error).__name__}: {error}")


def error_box(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A warning in one plain sentence; the technical text behind "Show Details…"."""
    from desktop.domain.messages import plain

    sentence, details = plain(message)
    box = QMessageBox(QMessageBox.Icon.Warning, title, sentence,
                      QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    error_box(parent, title, message).exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def ask_connection(parent: QWidget | None, source: str, initial: MongoTarget | None,
                   keychain: bool) -> Connection | None:
    """MongoDB connection for ``source`` (compass | analyses); None if cancelled."""
    from desktop.ui.sync_dialogs import ConnectionDialog

    dialog = ConnectionDialog(parent, source, initial, keychain)
    return dialog.values() if dialog.exec() else None


def ask_onet_api(parent: QWidget | None, initial: OnetApiRequest | None, keychain: bool
                 ) -> OnetApiRequest | None:
    """O*NET Web Services key, base URL and the codes to fetch; None if cancelled."""
    from desktop.ui.sync_dialogs import OnetApiDialog

    dialog = OnetApiDialog(parent, initial, keychain)
    return dialog.values() if dialog.exec() else None


def run_dialog(dialog: Any) -> bool:
    """Show a custom modal dialog; True if the user accepted it."""
    return bool(dialog.exec())
