"""What if: hypothetical ratings for the client on the Compare page, never saved as ratings.

Each change re-tiers every occupation in the background (≈ 10 ms); the panel lists the
shortlisted targets and the occupations that change tier. "Keep for the report" stores the
scenario (its changes and a name) for the printed plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.ratings import RATING_LABELS
from desktop.domain.vocabulary import rating_text
from desktop.ui import dialogs
from desktop.ui.language import current as ui_language
from desktop.ui.table_models import ColumnSpec, RecordTableModel, number
from desktop.ui.tier_badge import tier_text

if TYPE_CHECKING:
    from desktop.domain.action_plan import Move
    from desktop.services.action_plan import ClientWhatIf, Plan


@dataclass(frozen=True)
class ScenarioRow:
    """An occupation in the scenario's table, and why it is there."""

    move: Move
    note: str


class WhatIfPanel(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.plan: Plan | None = None
        self.changes: dict[str, int] = {}
        self.skill = QComboBox()
        self.rating = QSpinBox(minimum=0, maximum=4)
        self.rating.setToolTip(", ".join(rating_text(ui_language(), k) for k in RATING_LABELS))
        self.skill.currentIndexChanged.connect(self._skill_chosen)
        self.set_button = QPushButton(self.tr("&Try this rating"))
        self.set_button.clicked.connect(self.try_rating)
        self.clear_button = QPushButton(self.tr("C&lear scenario"))
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        for widget, stretch in ((QLabel(self.tr("Skill:")), 0), (self.skill, 1),
                                (QLabel(self.tr("rating")), 0),
                                (self.rating, 0), (self.set_button, 0),
                                (self.clear_button, 0)):
            row.addWidget(widget, stretch)
        self.banner = QLabel(self.tr("SCENARIO — hypothetical ratings, not saved to the client"))
        self.banner.setObjectName("scenarioBanner")
        self.banner.setStyleSheet("#scenarioBanner { background: #e8e0f8; color: #3b2470; "
                                  "padding: 4px; font-weight: bold; border: 1px dashed #3b2470; }")
        self.described = QLabel(wordWrap=True)
        self.results = RecordTableModel([
            ColumnSpec("move.title", self.tr("Occupation")),
            ColumnSpec("move.tier_before", self.tr("Tier now"), tier_text),
            ColumnSpec("move.tier_after", self.tr("Scenario"), tier_text,
                       colour=lambda r: "#1b7a2f" if r.move.better else None),
            ColumnSpec("move.fit_before", self.tr("Fit now"), number(1), align_right=True),
            ColumnSpec("move.fit_after", self.tr("Fit in scenario"), number(1),
                       align_right=True),
            ColumnSpec("note", ""),
        ])
        from desktop.ui.pages.clients import record_view

        self.table = record_view(self.results)
        self.label = QLineEdit(
            placeholderText=self.tr("Name it, e.g. after a forklift certificate"))
        self.keep_button = QPushButton(self.tr("&Keep for the report"))
        self.keep_button.clicked.connect(self.keep)
        self.kept = QLabel()
        keep = QHBoxLayout()
        keep.addWidget(self.label, 1)
        keep.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.banner)
        layout.addWidget(self.described)
        layout.addWidget(self.table, 1)
        layout.addLayout(keep)
        layout.addWidget(self.kept)
        self._update()

    def set_plan(self, plan: Plan | None) -> None:
        client = None if self.plan is None else self.plan.client.id
        self.plan = plan
        if plan is None or plan.client.id != client:
            self.changes = {}
        self.skill.blockSignals(True)
        self.skill.clear()
        for skill in plan.skills if plan else []:
            self.skill.addItem(skill.name, skill.element_id)
        self.skill.blockSignals(False)
        self._skill_chosen()
        self._show_kept()
        self.run()

    def _skill_chosen(self) -> None:
        element = self.skill.currentData()
        if self.plan is not None and element is not None:
            current = self.changes.get(element, self.plan.ratings.get(element, 0))
            self.rating.setValue(min(4, current + (element not in self.changes)))

    def try_rating(self) -> None:
        element = self.skill.currentData()
        if self.plan is None or element is None:
            return
        if self.plan.ratings.get(element, 0) == self.rating.value():
            self.changes.pop(element, None)
        else:
            self.changes[element] = self.rating.value()
        self.run()

    def clear(self) -> None:
        self.changes = {}
        self.run()

    def run(self) -> None:
        from desktop.services import action_plan

        self._update()
        if self.plan is None or not self.changes:
            self.results.set_rows([])
            return
        services, client_id = self.page.services, self.plan.client.id
        changes, targets = dict(self.changes), [t.code for t in self.plan.targets]
        self.page.bridge.submit(
            lambda _t: action_plan.what_if(services, client_id, changes, targets),
            key="whatif.run", on_result=self._show,
            on_error=lambda e: dialogs.show_error(self, self.tr("What if"), str(e)))

    def _show(self, result: ClientWhatIf) -> None:
        codes = {t.code for t in result.targets}
        rows = [ScenarioRow(t, self.tr("shortlisted")) for t in result.targets]
        rows += [ScenarioRow(m, self.tr("changes tier")) for m in result.moved
                 if m.code not in codes]
        self.results.set_rows(rows)
        counts = ", ".join(f"{tier_text(t)} {a} → {b}"
                           for t, (a, b) in result.tier_counts.items())
        self.described.setText(self._changes_text() + "<br>" + self.tr(
            "{count} occupations change tier. Tier sizes: {sizes}.").format(
                count=len(result.moved), sizes=counts))

    def _changes_text(self) -> str:
        if self.plan is None:
            return ""
        names = {s.element_id: s.name for s in self.plan.skills}
        return self.tr("If {changes}:").format(changes=", ".join(
            f"<b>{names[e]}</b> {self.plan.ratings.get(e, '—')} → {r}"
            for e, r in self.changes.items()))

    def _update(self) -> None:
        active = bool(self.changes)
        self.banner.setVisible(active)
        self.keep_button.setEnabled(active)
        self.clear_button.setEnabled(active)
        self.set_button.setEnabled(self.plan is not None)
        if not active:
            self.described.setText(self.tr("Pick a skill and a rating to see which occupations "
                                           "would change tier. Nothing here changes the "
                                           "client's ratings."))

    def keep(self) -> None:
        from desktop.services import shortlist

        if self.plan is None or not self.changes:
            return
        services, client_id = self.page.services, self.plan.client.id
        label, changes = self.label.text(), dict(self.changes)
        self.page.bridge.submit(
            lambda _t: shortlist.keep_scenario(services, client_id, label, changes),
            lane="write", on_result=lambda _r: self._show_kept(),
            on_error=lambda e: dialogs.show_error(self, self.tr("Scenario not kept"), str(e)))

    def _show_kept(self) -> None:
        from desktop.services import shortlist

        if self.plan is None:
            self.kept.setText("")
            return
        services, client_id = self.page.services, self.plan.client.id
        self.page.bridge.submit(lambda _t: shortlist.kept_scenario(services, client_id),
                                on_result=lambda kept: self.kept.setText(
                                    self.tr("Kept for the report: “{label}”").format(
                                        label=kept.label) if kept
                                    else self.tr("No scenario kept for the report.")))
