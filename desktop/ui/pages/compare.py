"""A client's action plan: the shortlist, targets side by side, what unlocks most, what if."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AppError
from desktop.domain.gaps import TOLERANCE
from desktop.domain.tables import Table
from desktop.domain.vocabulary import rating_text
from desktop.ui import dialogs
from desktop.ui.dialogs import message_for
from desktop.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop.ui.language import current as ui_language
from desktop.ui.occupation_picker import OccupationPicker, resolve
from desktop.ui.pages import Page
from desktop.ui.pages.clients import ClientPicker, record_view
from desktop.ui.table_models import ColumnSpec, RecordTableModel, Row
from desktop.ui.tier_badge import TierBadgeDelegate, tier_colour, tier_text
from desktop.ui.whatif_panel import WhatIfPanel

if TYPE_CHECKING:
    from desktop.domain.action_plan import Cell, Unlocks
    from desktop.services.action_plan import Plan, TargetSummary
    from desktop.store.action_plans import Target

TARGET_WIDTH = 170
SHORT, CLOSE, MET = "#f4c7c3", "#fde9b6", "#d6ecd2"
SUMMARY: list[tuple[str, str, Callable[[TargetSummary], str]]] = [  # first row: badges
    ("tier", QT_TRANSLATE_NOOP("ComparePage", "Tier"), lambda t: tier_text(t.tier)),
    ("fit", QT_TRANSLATE_NOOP("ComparePage", "Fit"), lambda t: number(t.fit)),
    ("match", QT_TRANSLATE_NOOP("ComparePage", "Match %"), lambda t: number(t.match)),
    ("job_zone", QT_TRANSLATE_NOOP("ComparePage", "Job Zone (step)"), lambda t: zone_text(t)),
    ("education", QT_TRANSLATE_NOOP("ComparePage", "Typical education"),
     lambda t: t.education or "—"),
    ("training", QT_TRANSLATE_NOOP("ComparePage", "Training estimate"), lambda t: t.training)]


def zone_text(target: TargetSummary) -> str:
    zone, step = target.job_zone, target.job_zone_step
    if zone is None:
        return "—"
    if step is None:
        return str(zone)
    return f"{zone} ({step:+d})" if step else translate("ComparePage", "{zone} (same)").format(
        zone=zone)


def cell_text(cell: Cell) -> str:
    if cell.required_level <= 0:
        return translate("ComparePage", "not required")
    level, deficit = number(cell.required_level), number(cell.deficit)
    if cell.deficit <= 0:
        return translate("ComparePage", "{level}  ✓ met").format(level=level)
    if cell.deficit <= TOLERANCE:
        return translate("ComparePage", "{level}  ≈ met (−{deficit})").format(level=level,
                                                                           deficit=deficit)
    if cell.key_gap:
        return translate("ComparePage", "{level}  ▼ short {deficit} · key gap").format(
            level=level, deficit=deficit)
    return translate("ComparePage", "{level}  ▼ short {deficit}").format(level=level,
                                                                       deficit=deficit)


def cell_colour(cell: Cell | None) -> str | None:
    """Green: met or within half a rating step; red: a key gap; amber: a lesser shortfall."""
    if cell is None or cell.required_level <= 0:
        return None
    if cell.deficit <= TOLERANCE:
        return MET
    return SHORT if cell.key_gap else CLOSE


def target_column(n: int, title: str) -> ColumnSpec:
    """Target ``n``'s column: its tier badge on the first row, then one cell per skill."""
    text, tier, cell = f"t{n}", f"tier{n}", f"cell{n}"
    return ColumnSpec(text, title, tooltip=lambda r: r.get(text),
                      background=lambda r: tier_colour(r[tier]) if tier in r
                      else cell_colour(r.get(cell)))


class ComparePage(Page):
    title = "Compare targets"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.plan: Plan | None = None
        self.picker = ClientPicker()
        self.picker.chosen.connect(lambda _id: self.load())
        self.occupation = OccupationPicker(self, self.tr("Add a target: title, alternate title or "
                                                         "code"))
        self.occupation.chosen.connect(lambda _code: self.add_target())
        add = QPushButton(self.tr("&Add to shortlist"))
        add.clicked.connect(self.add_target)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Client:"))
        label.setBuddy(self.picker)
        for widget, stretch in ((label, 0), (self.picker, 0), (self.occupation, 1), (add, 0)):
            bar.addWidget(widget, stretch)
        self.summary = QLabel(wordWrap=True)

        self.shortlist = QListWidget()
        self.shortlist.setToolTip(self.tr("The client's target occupations, in the counsellor's "
                                          "order"))
        self.shortlist.setHorizontalScrollBarPolicy(  # long titles elide (whole in tooltips)
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QGridLayout()
        self.up_button = QPushButton(self.tr("▲ &Up"))
        self.down_button = QPushButton(self.tr("▼ Do&wn"))
        self.note_button = QPushButton(self.tr("&Note…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button.clicked.connect(lambda: self.move_target(-1))
        self.down_button.clicked.connect(lambda: self.move_target(1))
        self.note_button.clicked.connect(self.edit_note)
        self.remove_button.clicked.connect(self.remove)
        for n, button in enumerate((self.up_button, self.down_button, self.note_button,
                                    self.remove_button)):
            buttons.addWidget(button, n // 2, n % 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Shortlist</b>")))
        left_layout.addWidget(self.shortlist, 1)
        left_layout.addLayout(buttons)
        left.setMaximumWidth(220)

        self.table_model = RecordTableModel([])
        self.table = record_view(self.table_model)
        self.table.setItemDelegateForRow(0, TierBadgeDelegate(self.table))  # the tier row
        self.unlocks = QTextBrowser()
        self.what_if = WhatIfPanel(self)
        tabs = QTabWidget()
        tabs.addTab(self.unlocks, self.tr("Skills that unlock most"))
        tabs.addTab(self.what_if, self.tr("What if…"))
        self.tabs = tabs
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(tabs)
        right.setSizes([380, 380])
        self.split(left, right, (230, 1000), above=(bar, self.summary))

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.picker.load(self)

    def open_client(self, client_id: int) -> None:
        self.picker.load(self, client_id)

    def showEvent(self, event: Any) -> None:
        """Ratings or the shortlist may have changed on other pages meanwhile."""
        super().showEvent(event)
        if self.picker.client_id is not None and self.window_.services is not None:
            self.load()

    @property
    def client_id(self) -> int | None:
        return self.picker.client_id

    def load(self) -> None:
        from desktop.services import action_plan, shortlist

        client_id = self.client_id
        if client_id is None:
            self._show_plan(None, self.tr("Add a client on the Clients page first."))
            return
        services, language = self.services, ui_language()

        def work(_t: Any) -> tuple[int, list[Target], Plan | None, str]:
            entries = shortlist.shortlist(services, client_id)
            try:
                return client_id, entries, action_plan.compare(services, client_id,
                                                                language=language), ""
            except AppError as error:  # e.g. no ratings yet: said on the page, the list stays
                return client_id, entries, None, str(error)

        self.bridge.submit(work, on_result=self._loaded)

    def _loaded(self, result: tuple[int, list[Target], Plan | None, str]) -> None:
        client_id, entries, plan, problem = result
        if client_id != self.client_id:
            return
        row = self.shortlist.currentRow()
        self.shortlist.clear()
        for entry in entries:
            note = f" — {entry.note}" if entry.note else ""
            item = QListWidgetItem(f"{entry.position}. {entry.title}{note}")
            item.setToolTip(f"{entry.title} ({entry.code}){note}")
            item.setData(Qt.ItemDataRole.UserRole, entry.code)
            self.shortlist.addItem(item)
        self.shortlist.setCurrentRow(min(max(row, 0), len(entries) - 1))
        if not entries and plan is not None:
            problem = self.tr("The shortlist is empty: add targets here, or with Shortlist on "
                              "the Recommendations, Similar occupations and Occupations pages.")
        self._show_plan(plan if entries else None, problem)

    def _show_plan(self, plan: Plan | None, problem: str = "") -> None:
        self.plan = plan
        self.what_if.set_plan(plan)
        if plan is None:
            self.summary.setText(problem)
            self.table_model.columns = []
            self.table_model.set_rows([])
            self.unlocks.clear()
            return
        targets = plan.targets
        self.summary.setText(
            self.tr("{client}: {targets} targets · {rated} skills rated · cells show the "
                    "required level (0–7) and the client's shortfall; colour and text say the "
                    "same.").format(client=escape(plan.client.label), targets=len(targets),
                                    rated=len(plan.ratings)))
        columns = [ColumnSpec("name", self.tr("Skill")),
                   ColumnSpec("rating", self.tr("Client"), lambda v: "" if v is None else str(v))]
        columns += [target_column(n, target.title) for n, target in enumerate(targets)]
        rows: list[Row] = [{"name": self.tr(title), "rating": "",
                            **{f"t{n}": show(t) for n, t in enumerate(targets)}}
                           for _key, title, show in SUMMARY]
        rows[0].update({f"tier{n}": t.tier for n, t in enumerate(targets)})
        for skill in plan.skills:
            rating = skill.client_rating
            row: Row = {"name": skill.name, "element_id": skill.element_id,
                        "rating": rating if rating is None else rating_text(ui_language(), rating)}
            for n, cell in enumerate(skill.targets):
                row[f"t{n}"], row[f"cell{n}"] = cell_text(cell), cell
            rows.append(row)
        self.table_model.columns = columns
        self.table_model.set_rows(rows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.ResizeToContents)
        for column in range(2, len(columns)):  # targets share the width; long text elides
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
            header.resizeSection(column, TARGET_WIDTH)
        self.unlocks.setHtml(unlocks_html(plan.unlocks))

    # --- shortlist changes --------------------------------------------------------------
    def _selected_code(self) -> str | None:
        item = self.shortlist.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _change(self, fn: Any) -> None:
        self.bridge.submit(fn, lane="write", on_result=lambda _r: self.load(),
                           on_error=lambda e: dialogs.show_error(self, self.tr("Shortlist not "
                                                                               "changed"),
                                                                 message_for(e)))

    def add_target(self) -> None:
        from desktop.services import shortlist

        typed, client_id = self.occupation.code(), self.client_id
        if not typed or client_id is None:
            return
        services = self.services
        self._change(lambda _t: shortlist.pin(services, client_id, resolve(services, typed)))
        self.occupation.clear()

    def move_target(self, step: int) -> None:
        from desktop.services import shortlist

        code, client_id = self._selected_code(), self.client_id
        if code is None or client_id is None:
            return
        services, position = self.services, self.shortlist.currentRow() + 1 + step
        self.shortlist.setCurrentRow(max(0, position - 1))
        self._change(lambda _t: shortlist.move(services, client_id, code, position))

    def remove(self) -> None:
        from desktop.services import shortlist

        code, client_id = self._selected_code(), self.client_id
        if code is not None and client_id is not None:
            services = self.services
            self._change(lambda _t: shortlist.unpin(services, client_id, code))

    def edit_note(self) -> None:
        from desktop.services import shortlist

        code, client_id = self._selected_code(), self.client_id
        if code is None or client_id is None or self.plan is None:
            return
        current = next((t.note for t in self.plan.targets if t.code == code), "")
        text, ok = QInputDialog.getText(self, self.tr("Shortlist note"),
                                        self.tr("Note for this target:"),
                                        text=current)
        if ok:
            services = self.services
            self._change(lambda _t: shortlist.set_note(services, client_id, code, text))

    def exportable(self) -> Table | None:
        if self.plan is None:
            return None
        return comparison_table(self.plan)


def comparison_table(plan: Plan) -> Table:
    """One row per skill and target: what the comparison shows, for File ▸ Export."""
    targets = {t.code: t for t in plan.targets}
    columns = ["code", "title", "tier", "fit", "match", "job_zone", "job_zone_step",
               "education", "training", "element_id", "skill", "client_rating",
               "required_level", "deficit"]
    rows = [[cell.code, target.title, target.tier, target.fit, target.match, target.job_zone,
             target.job_zone_step, target.education, target.training, skill.element_id,
             skill.name, skill.client_rating, cell.required_level, cell.deficit]
            for skill in plan.skills for cell in skill.targets
            for target in (targets[cell.code],)]
    label = plan.client.label
    return Table(f"comparison-{label}", f"Target comparison for {label}", columns, rows,
                 {"client": label, "model": plan.model, "scale": "LV 0–7",
                  "targets": list(targets)})


def unlocks_html(unlocks: Unlocks) -> str:
    parts = []
    for shortlisted, title in ((True, translate("ComparePage", "Among the shortlist")),
                               (False, translate("ComparePage", "Among all occupations"))):
        parts.append(f"<p><b>{title}</b> — " + translate(
            "ComparePage", "one rating step up moves these to a better tier:") + "</p><ol>")
        found = unlocks.shortlist if shortlisted else unlocks.all
        for entry in found:
            jobs = entry.shortlisted if shortlisted else entry.unlocked
            listed = ", ".join(escape(j.title) for j in jobs[:6])
            more = (translate("ComparePage", " and {count} more").format(count=len(jobs) - 6)
                    if len(jobs) > 6 else "")
            parts.append(f"<li><b>{escape(entry.name)}</b> {entry.rating} → "
                         f"{entry.raised_to}: {len(jobs)} ({listed}{more})</li>")
        parts.append("</ol>" if found else
                     "<i>" + translate("ComparePage", "No single step moves one to a better "
                                       "tier.") + "</i></ol>")
    return "".join(parts)
