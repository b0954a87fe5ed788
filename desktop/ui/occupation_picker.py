"""A line edit that finds occupations by title, alternate title or code as you type."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

if TYPE_CHECKING:
    from desktop.store.catalog import SearchHit

SEARCH_DELAY_MS = 150
SUGGESTIONS = 30
_CODE = re.compile(r"\d{2}-\d{4}\.\d{2}")
_CODE_LIKE = re.compile(r"[\d.\-\s]+")

def resolve(services: Any, typed: str) -> str:
    """The code for what was typed (run in a worker): a code-like text as it is, so a
    malformed code gets its own message, otherwise the best title or alternate-title match."""
    from desktop.domain.errors import NotFound
    from desktop.services import catalog

    if not typed or _CODE_LIKE.fullmatch(typed):
        return typed
    found = catalog.search(services, typed, 1)
    if not found:
        raise NotFound(f"no occupation matches '{typed}'")
    return found[0].code

class OccupationPicker(QLineEdit):
    """Type words or a code; suggestions come from the catalogue search (in the background).

    ``code()`` is the chosen occupation's code, or the typed text when none was chosen, for
    ``resolve`` to turn into a code. ``chosen`` fires when a
    suggestion is taken or Enter is pressed.
    """

    chosen = Signal(str)

    def __init__(self, page: Any, placeholder: str) -> None:
        super().__init__(placeholderText=placeholder)
        self.page = page
        self.setClearButtonEnabled(True)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._taken)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._timer.start)
        self.returnPressed.connect(lambda: self.chosen.emit(self.code()))

    def code(self) -> str:
        found = _CODE.search(self.text())
        return found.group(0) if found else self.text().strip()

    def set_occupation(self, code: str, title: str = "") -> None:
        self.setText(f"{title}  ·  {code}" if title and code else code)

    def _taken(self, text: str) -> None:
        self.setText(text)
        self.chosen.emit(self.code())

    def _search(self) -> None:
        from desktop.services import catalog

        query = self.text().strip()
        if not query or _CODE.fullmatch(query):
            self._suggestions.setStringList([])
            return
        services = self.page.services
        self.page.bridge.submit(lambda _task: catalog.search(services, query, SUGGESTIONS),
                                key=f"picker.{id(self)}", on_result=self._show)

    def _show(self, found: list[SearchHit]) -> None:
        self._suggestions.setStringList([
            f"{item.title}  ·  {item.code}" + (
                self.tr("  (also called {title})").format(title=item.matched)
                if item.matched != item.title else "")
            for item in found])
        if found and self.hasFocus():
            self.completer().complete()
