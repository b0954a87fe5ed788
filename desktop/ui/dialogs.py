"""Every modal dialog goes through here, so tests can answer them without blocking."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def ask_connection(parent: QWidget | None, source: str, initial: dict[str, Any],
                   keychain: bool) -> dict[str, Any] | None:
    """MongoDB connection for ``source`` (compass | analyses); None if cancelled."""
    from desktop.ui.sync_dialogs import ConnectionDialog

    dialog = ConnectionDialog(parent, source, initial, keychain)
    return dialog.values() if dialog.exec() else None


def ask_onet_api(parent: QWidget | None, initial: dict[str, Any], keychain: bool
                 ) -> dict[str, Any] | None:
    """O*NET Web Services key, base URL and the codes to fetch; None if cancelled."""
    from desktop.ui.sync_dialogs import OnetApiDialog

    dialog = OnetApiDialog(parent, initial, keychain)
    return dialog.values() if dialog.exec() else None


def run_dialog(dialog: Any) -> bool:
    """Show a custom modal dialog; True if the user accepted it."""
    return bool(dialog.exec())
