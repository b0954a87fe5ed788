"""Similar occupations: pick one, read the ranked list, open or compare a neighbour."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from desktop.ui.bar_delegate import BarDelegate
from desktop.ui.occupation_picker import OccupationPicker, resolve
from desktop.ui.pages import Page
from desktop.ui.shortlist_action import shortlist_button
from desktop.ui.table_models import ColumnSpec, RecordTableModel, number

if TYPE_CHECKING:
    from desktop.store.similarity_inputs import Neighbour

SIMILARITY_COLUMN = 4


class SimilarPage(Page):
    title = "Similar occupations"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.found: list[Neighbour] = []
        self.source: str | None = None
        self.picker = OccupationPicker(self, self.tr("Occupation: title, alternate title or code"))
        self.picker.chosen.connect(lambda _code: self.find_similar())
        self.top = QSpinBox(minimum=1, maximum=100, value=10, prefix=self.tr("Top "))
        self.top.setToolTip(self.tr("How many similar occupations to list"))
        self.top.valueChanged.connect(self._top_changed)
        self.find_button = QPushButton(self.tr("&Find similar"))
        self.find_button.clicked.connect(self.find_similar)
        label = QLabel(self.tr("&Occupation:"))
        label.setBuddy(self.picker)
        inputs = QHBoxLayout()
        for widget, stretch in ((label, 0), (self.picker, 1), (self.top, 0),
                                (self.find_button, 0)):
            inputs.addWidget(widget, stretch)

        self.message = QLabel(wordWrap=True)
        self.model = RecordTableModel([
            ColumnSpec("rank", self.tr("Rank"), align_right=True,
                       value=lambda neighbour: self.found.index(neighbour) + 1),
            ColumnSpec("title", self.tr("Occupation")),
            ColumnSpec("code", self.tr("Code")),
            ColumnSpec("job_zone", self.tr("Job Zone"), align_right=True),
            ColumnSpec("similarity", self.tr("Similarity"), number(3), align_right=True),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(SIMILARITY_COLUMN,
                                            BarDelegate(1.0, "#9dc3e6", self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(SIMILARITY_COLUMN, 160)
        self.table.activated.connect(lambda index: self.open_row(index.row()))  # Enter, dbl-click

        self.open_button = QPushButton(self.tr("O&pen occupation"))
        self.open_button.clicked.connect(lambda: self.open_row(self._current_row()))
        self.gap_button = QPushButton(self.tr("Show skill &gaps"))
        self.gap_button.setToolTip(self.tr("The skills the selected occupation needs beyond this "
                                           "one"))
        self.gap_button.clicked.connect(self.show_gaps)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.gap_button)
        self.shortlist_button = shortlist_button(
            self, lambda: self.found[row].code if 0 <= (row := self._current_row())
            < len(self.found) else None)
        actions.addWidget(self.shortlist_button)
        actions.addStretch(1)
        method = QLabel(self.tr("Similarity (0–1) combines skill and knowledge profiles (35 %), "
                                "titles and alternate titles (30 %), RIASEC interests (15 %), "
                                "technology used (10 %) and Job Zone (10 %). Double-click or "
                                "press Enter on a row to open that occupation."), wordWrap=True)
        method.setStyleSheet("color: #444;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(inputs)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(method)
        self._say(self.tr("Choose an occupation, for example the client's past job."))
        self._update_actions()

    def _top_changed(self, _top: int) -> None:
        if self.source:
            self.find_similar()

    def find_similar(self) -> None:
        from desktop.services import similar

        code = self.picker.code()
        if not code:
            self._say(self.tr("Choose an occupation first."), error=True)
            return
        services, top = self.services, self.top.value()
        self._say(self.tr("Finding similar occupations…"))

        def work(task: Any) -> tuple[str, list[Neighbour]]:
            resolved = resolve(services, code)
            return resolved, similar.similar(services, resolved, top, task)

        self.bridge.submit(work, key="similar.find", on_result=lambda result: self._shown(*result),
                           on_error=self._failed)  # stored neighbours: no progress to show

    def _failed(self, error: BaseException) -> None:
        from desktop.ui.dialogs import message_for

        self._say(message_for(error) + ".", error=True)

    def _shown(self, code: str, found: list[Neighbour]) -> None:
        self.source = code
        self.found = found
        self.model.set_rows(self.found)
        if self.found:
            self.table.selectRow(0)
        self._say(self.tr("The {count} occupations most similar to {title}.").format(
            count=len(found), title=self.picker.text()))
        self._update_actions()

    def _current_row(self) -> int:
        return self.table.currentIndex().row()

    def open_row(self, row: int) -> None:
        from desktop.ui.pages.explorer import ExplorerPage

        if 0 <= row < len(self.found):
            self.window_.open_page(ExplorerPage).open_occupation(self.found[row].code)

    def show_gaps(self) -> None:
        from desktop.ui.pages.gaps import GapPage

        row = self._current_row()
        if self.source and 0 <= row < len(self.found):
            self.window_.open_page(GapPage).compare(self.source, self.found[row].code)

    def _update_actions(self) -> None:
        for button in (self.open_button, self.gap_button, self.shortlist_button):
            button.setEnabled(bool(self.found))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {'#b00020' if error else '#444'};")
