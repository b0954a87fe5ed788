"""Skill gaps: occupation → occupation, or a client → a target occupation (Level scale 0–7)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from desktop.domain import vocabulary
from desktop.ui.bar_delegate import BarDelegate
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.i18n import number as local_number
from desktop.ui.language import current as ui_language
from desktop.ui.occupation_picker import OccupationPicker, resolve
from desktop.ui.pages import Page
from desktop.ui.skill_chart import SkillLevelChart
from desktop.ui.table_models import ColumnSpec, RecordTableModel, Row, number

if TYPE_CHECKING:
    from desktop.services.gaps import ClientGap, OccupationGap
    from desktop.store.clients import Client

GREY, AMBER, RED = "#777777", "#a05a00", "#b00020"
NO_CLIENT = QT_TRANSLATE_NOOP("GapPage", "No client chosen: add clients on the Clients page.")
CHART_FOR_CLIENTS = QT_TRANSLATE_NOOP("GapPage", "The chart shows a client's levels: switch to "
                                                 "Client → occupation.")


def _note(low_confidence: bool) -> str:
    return (translate("GapPage", "⚠ low confidence (O*NET recommends suppressing)")
            if low_confidence else "")


def _from_text(level: float) -> str:
    return local_number(level, 2) if level > 0 else translate("GapPage", "0 · not needed")


def _required_text(level: float) -> str:
    return local_number(level, 2) if level > 0 else translate("GapPage", "not required")


def _rating(rating: int | None) -> str:
    if rating is None:
        return translate("GapPage", "unrated")
    return f"{rating} · {vocabulary.render(vocabulary.rating_word(rating), ui_language())}"


def _grey_unless_required(row: Row) -> str | None:
    return None if row.required else GREY


def _key_gap_red(row: Row) -> str | None:
    return RED if row.key_gap else _grey_unless_required(row)


OCCUPATION_COLUMNS = [
    ColumnSpec("element_name", translate("GapPage", "Skill")),
    ColumnSpec("from_level", translate("GapPage", "From level"), _from_text, align_right=True,
               colour=lambda r: None if r.from_required else GREY),
    ColumnSpec("to_level", translate("GapPage", "To level"), number(), align_right=True),
    ColumnSpec("deficit", translate("GapPage", "Deficit"), number(), align_right=True),
    ColumnSpec("importance", translate("GapPage", "Importance (1–5)"), number(), align_right=True),
    ColumnSpec("low_confidence", translate("GapPage", "Notes"), _note, colour=lambda r: AMBER),
]
CLIENT_COLUMNS = [
    ColumnSpec("element_name", translate("GapPage", "Skill"), colour=_key_gap_red,
               tooltip=lambda r: translate("GapPage", "Key gap: important (IM ≥ 3) and more "
                                           "than half a rating step short")
               if r.key_gap else None),
    ColumnSpec("importance", translate("GapPage", "Importance (1–5)"), number(), align_right=True,
               colour=_grey_unless_required),
    ColumnSpec("required_level", translate("GapPage", "Required level"), _required_text,
               align_right=True, colour=_grey_unless_required),
    ColumnSpec("client_rating", translate("GapPage", "Client rating (0–4)"), _rating,
               colour=_grey_unless_required),
    ColumnSpec("client_level", translate("GapPage", "Client level"), number(), align_right=True,
               colour=_grey_unless_required),
    ColumnSpec("deficit", translate("GapPage", "Deficit"), number(), align_right=True),
    ColumnSpec("weighted_deficit", translate("GapPage", "Weighted deficit"), number(),
               align_right=True),
    ColumnSpec("low_confidence", translate("GapPage", "Notes"), _note, colour=lambda r: AMBER),
]
DEFICIT_COLUMN = {"occupation": 3, "client": 5}
BAR_WIDTH = 150


class GapPage(Page):
    title = "Skill gaps"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.result: OccupationGap | ClientGap | None = None
        self._pending_client: int | None = None
        self.occupation_mode = QRadioButton(self.tr("&Occupation → occupation"))
        self.occupation_mode.setChecked(True)
        self.client_mode = QRadioButton(self.tr("C&lient → occupation"))
        self.modes = QButtonGroup(self)
        for button in (self.occupation_mode, self.client_mode):
            self.modes.addButton(button)
        self.occupation_mode.toggled.connect(self._mode_changed)

        self.from_picker = OccupationPicker(self, self.tr("Start from: title, alternate title or "
                                                          "code"))
        self.client_box = QComboBox()
        self.source = QStackedWidget()
        self.source.addWidget(self.from_picker)
        self.source.addWidget(self.client_box)
        self.source.setMaximumHeight(self.from_picker.sizeHint().height() + 4)
        self.swap_button = QPushButton(self.tr("S&wap"))
        self.swap_button.setToolTip(self.tr("Swap the two occupations"))
        self.swap_button.clicked.connect(self.swap)
        self.to_picker = OccupationPicker(self, self.tr("Target occupation: title, alternate "
                                                        "title or code"))
        self.show_button = QPushButton(self.tr("&Show gaps"))
        self.show_button.clicked.connect(self.show_gaps)
        for picker in (self.from_picker, self.to_picker):
            picker.chosen.connect(self._picked)

        modes = QHBoxLayout()
        modes.addWidget(self.occupation_mode)
        modes.addWidget(self.client_mode)
        modes.addStretch(1)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.swap_button)
        target_row = QHBoxLayout()
        target_row.addWidget(self.to_picker, 1)
        target_row.addWidget(self.show_button)
        form = QFormLayout()
        self.source_label = QLabel(self.tr("&From:"))
        self.source_label.setBuddy(self.from_picker)
        form.addRow(self.source_label, source_row)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_picker)
        form.addRow(to_label, target_row)

        self.message = QLabel(wordWrap=True)
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("gapSummary")
        self.summary.setStyleSheet("#gapSummary { font-size: 12pt; font-weight: bold; }")
        self.models = {"occupation": RecordTableModel(OCCUPATION_COLUMNS),
                       "client": RecordTableModel(CLIENT_COLUMNS)}
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.bars = BarDelegate(1.0, "#f4b183", self.table)
        self.legend = QLabel(
            self.tr("Levels use O*NET's Level scale (0–7); a client's 0–4 rating counts as "
                    "rating × 7/4. Bars show each deficit against the largest one. “Not needed” "
                    "means the occupation does not require the skill (Not Relevant or level 0)."),
            wordWrap=True)
        self.legend.setStyleSheet("color: #444;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(modes)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        self.chart = SkillLevelChart(self.tr(CHART_FOR_CLIENTS))
        self.views = QTabWidget()
        self.views.addTab(self.table, self.tr("Ta&ble"))
        self.views.addTab(self.chart, self.tr("C&hart"))
        layout.addWidget(self.views, 1)
        layout.addWidget(self.legend)
        self._set_table("occupation")
        self._say(self.tr("Choose two occupations and press Enter, or switch to a client."))

    # --- inputs ---------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return "occupation" if self.occupation_mode.isChecked() else "client"

    def _mode_changed(self) -> None:
        client = self.mode == "client"
        self.source.setCurrentWidget(self.client_box if client else self.from_picker)
        self.source_label.setText(self.tr("C&lient:") if client else self.tr("&From:"))
        self.source_label.setBuddy(self.client_box if client else self.from_picker)
        self.swap_button.setEnabled(not client)
        if client:
            self._load_clients()

    def refresh(self) -> None:
        if self.mode == "client":
            self._load_clients()

    def showEvent(self, event: Any) -> None:  # clients may have changed on another page
        super().showEvent(event)
        if self.window_.services is not None and self.mode == "client":
            self._load_clients()

    def _load_clients(self) -> None:
        from desktop.services import casework

        services = self.services
        self.bridge.submit(lambda _task: casework.list_clients(services),
                           on_result=self._show_clients)

    def _show_clients(self, clients: list[Client]) -> None:
        chosen = self.client_box.currentData()
        self.client_box.clear()
        for client in clients:
            current = (self.tr("  (now {code})").format(code=client.current_code)
                       if client.current_code else "")
            self.client_box.addItem(f"{client.label}{current}", client.id)
        pending, self._pending_client = self._pending_client, None
        index = self.client_box.findData(chosen if pending is None else pending)
        self.client_box.setCurrentIndex(max(index, 0))
        if pending is not None and index >= 0:
            self.show_gaps()
        if not clients and self.mode == "client":
            self._say(self.tr(NO_CLIENT), error=True)

    def swap(self) -> None:
        first, second = self.from_picker.text(), self.to_picker.text()
        self.from_picker.setText(second)
        self.to_picker.setText(first)
        if self.result is not None:
            self.show_gaps()

    def _picked(self, _code: str) -> None:
        if self.to_picker.code() and (self.mode == "client" or self.from_picker.code()):
            self.show_gaps()

    def compare_client(self, client_id: int, to_code: str) -> None:
        """Show a client's gaps for a target occupation (e.g. from a recommendation)."""
        self._pending_client = client_id
        self.to_picker.set_occupation(to_code)
        if self.client_mode.isChecked():
            self._load_clients()
        else:
            self.client_mode.setChecked(True)  # loads the clients, then compares

    def compare(self, from_code: str, to_code: str) -> None:
        """Show the gaps between two occupations (used by other pages)."""
        self.occupation_mode.setChecked(True)
        self.from_picker.set_occupation(from_code)
        self.to_picker.set_occupation(to_code)
        self.show_gaps()

    # --- work -----------------------------------------------------------------------------
    def show_gaps(self) -> None:
        mode, target = self.mode, self.to_picker.code()
        if mode == "client":
            source = self.client_box.currentData()
            missing = "" if source is not None else self.tr(NO_CLIENT)
        else:
            source = self.from_picker.code()
            missing = "" if source else self.tr("Choose the occupation to start from.")
        missing = missing or ("" if target else self.tr("Choose a target occupation."))
        if missing:
            self._say(missing, error=True)
            return
        services, language = self.services, ui_language()
        self._say(self.tr("Comparing…"))
        self.bridge.submit(lambda _task: compare(services, mode, source, target, language),
                           key="gaps.compare", on_result=lambda r: self._shown(mode, r),
                           on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        from desktop.ui.dialogs import message_for

        kept = " " + self.tr("The table still shows the previous comparison.") if self.result \
            else ""
        self._say(message_for(error) + "." + kept, error=True)

    def _shown(self, mode: str, result: OccupationGap | ClientGap) -> None:
        from desktop.services.gaps import ClientGap

        self.result = result
        rows = result.skill_gaps
        if not isinstance(result, ClientGap):
            self.from_picker.set_occupation(result.from_.code, result.from_.title)
        self.to_picker.set_occupation(result.to.code, result.to.title)
        self._set_table(mode)
        self.bars.maximum = max([r.deficit for r in rows] + [0.01])
        self.models[mode].set_rows(list(rows))
        if isinstance(result, ClientGap):
            self.chart.show_gap(result)
        else:
            self.chart.show_nothing(self.tr(CHART_FOR_CLIENTS))
        self.summary.setText(summary(result))
        self._say("")

    def _set_table(self, mode: str) -> None:
        model = self.models[mode]
        if self.table.model() is not model:
            self.table.setModel(model)
            for column in range(model.columnCount()):
                self.table.setItemDelegateForColumn(column, self.table.itemDelegate())
            self.table.setItemDelegateForColumn(DEFICIT_COLUMN[mode], self.bars)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(DEFICIT_COLUMN[mode], QHeaderView.ResizeMode.Fixed)
            header.resizeSection(DEFICIT_COLUMN[mode], BAR_WIDTH)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {RED if error else '#444'};")
        self.message.setVisible(bool(text))

    def exportable(self) -> Any:
        from desktop.services.gaps import gap_table

        return gap_table(self.result) if self.result is not None else None


def compare(services: Any, mode: str, source: Any, target: str, language: str
            ) -> OccupationGap | ClientGap:
    """In a worker: turn typed titles into codes, then compute the gap table (skill names in
    ``language``)."""
    from desktop.services import gaps

    target = resolve(services, target)
    if mode == "client":
        return gaps.client_gap(services, source, target, language)
    return gaps.occupation_gap(services, resolve(services, source), target, language)


def summary(result: OccupationGap | ClientGap) -> str:
    """One sentence over a gap result."""
    from desktop.services.gaps import ClientGap

    to = result.to.title
    if isinstance(result, ClientGap):
        rows = result.skill_gaps
        required = [r for r in rows if r.required]
        short = [r for r in required if r.deficit > 0]
        key = sum(r.key_gap for r in rows)
        gap_count = (translate("GapPage", "1 key gap") if key == 1 else
                     translate("GapPage", "{count} key gaps").format(count=key))
        return translate("GapPage", "{client} → {to}: {gaps} (in red: important skills more "
                         "than half a rating step short); {short} of the {required} required "
                         "skills are below the required level (importance-weighted deficit "
                         "{deficit}).").format(
            client=result.client.label, to=to, gaps=gap_count, short=len(short),
            required=len(required),
            deficit=local_number(sum(r.weighted_deficit for r in rows), 1))
    source, gaps = result.from_.title, result.skill_gaps
    if result.from_.code == result.to.code:
        return translate("GapPage", "{source}: the same occupation on both sides, so there are "
                         "no gaps.").format(source=source)
    if not gaps:
        return translate("GapPage", "{source} → {to}: no skill gaps; every skill {to} needs is "
                         "met.").format(source=source, to=to)
    missing = sum(not g.from_required for g in gaps)
    return translate("GapPage", "{source} → {to}: {count} skills need a higher level (total "
                     "deficit {deficit} levels); {missing} of them are not needed in {source} "
                     "at all.").format(source=source, to=to, count=len(gaps),
                                       deficit=local_number(sum(g.deficit for g in gaps), 1),
                                       missing=missing)
