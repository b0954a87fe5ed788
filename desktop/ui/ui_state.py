"""What the window remembers between sessions, in ``ui-state.ini`` in the data folder:
geometry, the last page, splitter positions, the last export folder and the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget


class UiState:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)
        self._splitters: dict[str, QSplitter] = {}

    def restore_geometry(self, window: QWidget) -> bool:
        saved = self._settings.value("window/geometry")
        return isinstance(saved, QByteArray) and window.restoreGeometry(saved)

    @property
    def last_page(self) -> int:
        try:
            return int(str(self._settings.value("window/page", 0)))
        except (TypeError, ValueError):
            return 0

    def track_splitter(self, name: str, splitter: QSplitter) -> None:
        """Give ``splitter`` its saved sizes and remember it for ``save``."""
        saved = self._settings.value(f"splitters/{name}")
        if isinstance(saved, QByteArray):
            splitter.restoreState(saved)
        self._splitters[name] = splitter

    @property
    def export_folder(self) -> str:
        return str(self._settings.value("exports/folder", ""))

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._settings.setValue("exports/folder", folder)
        self._settings.sync()

    @property
    def language(self) -> str:
        """``system``, ``es_AR`` or ``en`` (desktop.ui.i18n.LANGUAGES)."""
        return str(self._settings.value("ui/language", "system"))

    @language.setter
    def language(self, choice: str) -> None:
        self._settings.setValue("ui/language", choice)
        self._settings.sync()

    def first_time(self, note: str) -> bool:
        """True once per data folder for ``note``, then never again."""
        key = f"notes/{note}"
        if self._settings.value(key):
            return False
        self._settings.setValue(key, True)
        self._settings.sync()
        return True

    def save(self, window: QWidget, page: int) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/page", page)
        for name, splitter in self._splitters.items():
            self._settings.setValue(f"splitters/{name}", splitter.saveState())
        self._settings.sync()
