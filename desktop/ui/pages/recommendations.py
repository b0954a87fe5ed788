"""Recommendations for a client in three tiers, with feedback and "why this match".

Each tier is ordered by fit (relatedness to the client and skill match); the Note column
says when O*NET lists an occupation as related, when the client is likely over-qualified
(a filter hides those) and when a row is shown to explore.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import vocabulary
from desktop.domain.tables import Table
from desktop.domain.vocabulary import ENGLISH
from desktop.ui import dialogs
from desktop.ui.dialogs import message_for
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.i18n import number as local_number
from desktop.ui.language import current as ui_language
from desktop.ui.pages import Page
from desktop.ui.pages.clients import ClientPicker, record_view
from desktop.ui.shortlist_action import shortlist_button
from desktop.ui.table_models import ColumnSpec, RecordTableModel, number
from desktop.ui.tier_badge import TIERS, TierBadgeDelegate, tier_colour, tier_text

if TYPE_CHECKING:
    from desktop.domain.readiness import Background
    from desktop.domain.recommend import Recommendation, SkillContribution
    from desktop.services.recommend import Recorded
    from desktop.store.clients import Client

FEEDBACK = {"click": QT_TRANSLATE_NOOP("RecommendationsPage", "&Viewed"),
            "save": QT_TRANSLATE_NOOP("RecommendationsPage", "&Save"),
            "hide": QT_TRANSLATE_NOOP("RecommendationsPage", "&Hide"),
            "apply": QT_TRANSLATE_NOOP("RecommendationsPage", "A&pplied"),
            "interview": QT_TRANSLATE_NOOP("RecommendationsPage", "&Interview"),
            "offer": QT_TRANSLATE_NOOP("RecommendationsPage", "&Offer")}
LIMIT_PER_TIER = 25


def signed(value: int | None) -> str:
    return "" if value is None else f"{value:+d}" if value else "0"


def short_time(text: str | None, language: str = ENGLISH) -> str:
    """'6 months to 1.5 years' → '6 mo–1.5 yr' for the narrow Time column."""
    if not text or text == vocabulary.text(language, "time.none"):
        return "—"
    for long, short in vocabulary.lookup(language, ("abbreviations",), []):
        text = text.replace(long, short)
    return text


@dataclass
class RecommendationRow:
    """A recommendation as the table lists it, with the counsellor's feedback so far."""

    item: Recommendation
    feedback: list[str]
    hidden: bool


@dataclass(frozen=True)
class Shown:
    """One client's recommendations, and what the page shows beside them."""

    recommendations: Recorded
    client: Client
    ratings: dict[str, int]
    feedback: dict[str, list[str]]  # code → actions recorded in the event
    hidden: set[str]  # codes hidden for the client


def note(item: Recommendation) -> str:
    notes = [text for flag, text in (
        (item.onet_related, "O*NET"),
        (item.over_qualified, translate("RecommendationsPage", "over-qualified")),
        (item.is_exploration, translate("RecommendationsPage", "exploration"))) if flag]
    return ", ".join(notes)


def note_tooltip(row: RecommendationRow) -> str | None:
    item = row.item
    tips = [text for flag, text in (
        (item.onet_related, translate("RecommendationsPage", "O*NET lists it among the "
                                      "occupations related to the client's current one "
                                      "({relatedness})").format(relatedness=item.onet_related)),
        (item.over_qualified, translate("RecommendationsPage", "Far below the client's Job "
                                        "Zone: listed after the others")),
        (item.is_exploration, translate("RecommendationsPage",
                                        "Shown to explore: not among the top-ranked")))
        if flag]
    return "\n".join(tips) or None


def background_text(client: Background | None) -> str:
    """'a bachelor's degree (stated), 0.5 years of related experience (assumed)'."""
    if not client:
        return ""
    education = vocabulary.education_name(ui_language(), client.education)
    how = {True: translate("RecommendationsPage", "stated"),
           False: translate("RecommendationsPage", "assumed from the current occupation")}
    return translate("RecommendationsPage", "education: {education} ({how}) · {years} years of "
                     "related experience ({how_years})").format(
        education=education, how=how[client.education_stated],
        years=local_number(client.experience_years, 1).removesuffix(",0").removesuffix(".0"),
        how_years=how[client.experience_stated])


class RecommendationsPage(Page):
    title = "Recommendations"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.result: Recorded | None = None
        self.recorded: int | None = None  # the last event recorded (see ``recommend``)
        self.rows: list[RecommendationRow] = []  # every recommendation shown, hidden ones too
        self.ratings: dict[str, int] = {}
        self.client: Client | None = None
        self.picker = ClientPicker()
        self.model_box = QComboBox()
        self.model_box.addItem(self.tr("Level-aware (default)"), "level-aware")
        self.model_box.addItem(self.tr("SkillSprout baseline"), "skillsprout")
        self.zone_low, self.zone_high = QSpinBox(), QSpinBox()
        for box, value in ((self.zone_low, 1), (self.zone_high, 5)):
            box.setRange(1, 5)
            box.setValue(value)
        self.tier_box = QComboBox()
        self.tier_box.addItem(self.tr("All tiers"), None)
        for tier in TIERS:
            self.tier_box.addItem(tier_text(tier), tier)
        self.over_qualified = QCheckBox(self.tr("&Over-qualified"))
        self.over_qualified.setChecked(True)
        self.over_qualified.setToolTip(self.tr("Show occupations far below the client's Job Zone "
                                       "(listed after the others in each tier)"))
        self.refresh_button = QPushButton(self.tr("&Recommend"))
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.recommend)
        self.picker.chosen.connect(lambda _: self._timer.start())
        for signal in (self.model_box.currentIndexChanged, self.zone_low.valueChanged,
                       self.zone_high.valueChanged, self.tier_box.currentIndexChanged,
                       self.over_qualified.toggled):
            signal.connect(lambda *_: self._timer.start())
        self.refresh_button.clicked.connect(self.recommend)
        bar, filters = QHBoxLayout(), QHBoxLayout()  # two rows: the page fits 1024 px
        for row, text, widget in ((bar, self.tr("&Client:"), self.picker),
                                  (bar, self.tr("&Model:"), self.model_box),
                                  (filters, self.tr("&Job Zone from"), self.zone_low),
                                  (filters, self.tr("to"), self.zone_high),
                                  (filters, self.tr("&Tier:"), self.tier_box)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        self.show_hidden = QCheckBox(self.tr("Show hi&dden"))  # with the filters: the outcome
        self.show_hidden.setToolTip(self.tr("Also list the occupations hidden for this client"))
        self.show_hidden.toggled.connect(lambda _: self._list_rows())  # row then fits 1024 px
        for check in (self.over_qualified, self.show_hidden):
            filters.addWidget(check)
        filters.addStretch(1)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        self.summary = QLabel(wordWrap=True)

        self.items = RecordTableModel([
            ColumnSpec("item.tier", self.tr("Tier"), tier_text,
                       background=lambda r: tier_colour(r.item.tier)),
            ColumnSpec("item.rank", "#", align_right=True),
            ColumnSpec("item.title", self.tr("Occupation"),
                       tooltip=lambda r: f"{r.item.code}: {r.item.explanation}"),
            ColumnSpec("item.fit", self.tr("Fit"), number(1), align_right=True,
                       tooltip=lambda r: self.tr("Order within the tier: 60 % relatedness to "
                                                 "the client, 40 % skill match")),
            ColumnSpec("item.match_score", self.tr("Match %"), number(1), align_right=True),
            ColumnSpec("item.key_gaps", self.tr("Key gaps"), align_right=True,
                       tooltip=lambda r: self.tr("Important skills (IM ≥ 3) more than half a "
                                                 "rating step short")),
            ColumnSpec("item.calibrated_score", self.tr("Calibrated %"), number(1),
                       align_right=True,
                       tooltip=lambda r: self.tr("Chance of a good outcome (apply, interview, "
                                                 "offer) estimated by the active calibration "
                                                 "model; it orders each tier")
                       if r.item.calibrated_score is not None else None),
            ColumnSpec("item.job_zone", self.tr("Job Zone"), align_right=True),
            ColumnSpec("item.job_zone_diff", self.tr("Δ Zone"), signed, align_right=True),
            ColumnSpec("item.training_time", self.tr("Time"),
                       lambda v: short_time(v, ui_language()),
                       tooltip=lambda r: r.item.training_suggestion),
            ColumnSpec("item", self.tr("Note"), note, tooltip=note_tooltip),
            ColumnSpec("feedback", self.tr("Feedback"), ", ".join),
        ])
        self.table = record_view(self.items, stretch=2)
        self.table.setItemDelegateForColumn(0, TierBadgeDelegate(self.table))
        self.table.selectionModel().currentRowChanged.connect(lambda c, _: self._selected())

        self.detail = QLabel(wordWrap=True)
        self.feedback_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Outcome:")))
        for action, text in FEEDBACK.items():
            button = QPushButton(self.tr(text))
            button.clicked.connect(lambda _=False, a=action: self.feedback(a))
            buttons.addWidget(button)
            self.feedback_buttons[action] = button
        buttons.addStretch(1)
        self.gaps_button = QPushButton(self.tr("Skill &gaps…"))
        self.gaps_button.setToolTip(self.tr("Every skill of this occupation against the client's "
                                            "ratings"))
        self.gaps_button.clicked.connect(self.show_gaps)
        buttons.addWidget(self.gaps_button)
        self.shortlist_button = shortlist_button(self, self._selected_code,
                                                 lambda: self.picker.client_id)
        buttons.addWidget(self.shortlist_button)
        self.why = RecordTableModel([
            ColumnSpec("name", self.tr("Skill"),
                       colour=lambda r: "#b0282a" if r.is_gap else None),
            ColumnSpec("importance", self.tr("Importance"), number(2), align_right=True),
            ColumnSpec("level", self.tr("Required level"),
                       number(2), align_right=True),
            ColumnSpec("client_level", self.tr("Client level"), number(2), align_right=True,
                       tooltip=lambda r: self.tr("rating {rating}").format(
                           rating=r.client_rating)),
            ColumnSpec("weight", self.tr("Weight %"), lambda v: local_number(100 * v, 1),
                       align_right=True),
            ColumnSpec("contribution", self.tr("Match points"), number(2), align_right=True),
            ColumnSpec("gap_points", self.tr("Gap points"), number(2), align_right=True),
        ])
        why_view = record_view(self.why)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(QLabel(self.tr("<b>Why this match</b> — each skill's share of the "
                                      "scores (skills in red are key gaps):")))
        lower_layout.addWidget(why_view, 1)
        self.split(self.table, lower, (420, 360), above=(bar, filters, self.summary),
                   vertical=True)
        self._show_selected(None)

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        index = self.model_box.findData(self.services.settings.scoring_model)
        self.model_box.setCurrentIndex(max(index, 0))
        self.picker.load(self)

    def open_client(self, client_id: int) -> None:
        self.picker.load(self, client_id)

    def showEvent(self, event: Any) -> None:
        """Back from the ratings editor: recommend again if the client has changed since."""
        from desktop.services import casework

        super().showEvent(event)
        if self.client is None:
            return
        services, client_id = self.services, self.client.id
        shown = (self.client, self.ratings)

        def changed(_t: Any) -> bool:
            return (casework.get_client(services, client_id),
                    casework.get_ratings(services, client_id)) != shown

        self.open_client(client_id)
        self.bridge.submit(changed, on_result=lambda yes: yes and self._timer.start())

    def recommend(self) -> None:
        from desktop.services import casework, recommend

        self._timer.stop()  # a filter change still pending is part of this request
        client_id = self.picker.client_id
        if client_id is None:
            self.summary.setText(self.tr("Add a client and rate their skills to see "
                                         "recommendations."))
            return
        services = self.services
        model = self.model_box.currentData()
        low, high = sorted((self.zone_low.value(), self.zone_high.value()))
        tier = self.tier_box.currentData()
        over_qualified = self.over_qualified.isChecked()
        language = ui_language()

        def work(_t: Any) -> Shown:
            # Re-filtering adds to the event recorded last (the service starts another when
            # the client, ratings or model differ). Read here, not when submitting: the
            # write lane runs one job at a time, so a showing asked for twice before the
            # first is recorded (a client chosen twice in a row) records one event.
            result = recommend.recommend_for_client(
                services, client_id, model, LIMIT_PER_TIER, (low, high),
                [tier] if tier else None, over_qualified, self.recorded, language)
            self.recorded = result.event_id
            return Shown(result, casework.get_client(services, client_id),
                         casework.get_ratings(services, client_id),
                         recommend.feedback_for(services, result.event_id),
                         recommend.hidden_codes(services, client_id))

        self.summary.setText(self.tr("Recommending…"))
        self.bridge.submit(work, lane="write", on_result=self._show, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(message_for(error))
        self.items.set_rows([])
        self.result = None
        self.rows = []
        self._show_selected(None)

    def _show(self, shown: Shown) -> None:
        if shown.client.id != self.picker.client_id:
            return
        result = shown.recommendations
        self.result, self.client, self.ratings = result, shown.client, shown.ratings
        rows = [RecommendationRow(item, shown.feedback.get(item.code, []),
                                  item.code in shown.hidden) for item in result.listed()]
        counts = ", ".join(f"{len(items)} {tier_text(tier)[2:].lower()}"
                           for tier, items in result.tiers().items())
        current = self.client.current_code or self.tr("none")
        calibrated = any(r.item.calibrated_score is not None for r in rows)
        keys = [c.key for c in self.items.columns]
        self.table.setColumnHidden(keys.index("item.calibrated_score"), not calibrated)
        background = background_text(result.background)
        self.summary.setText(
            self.tr("{client} · current occupation {current} · {rated} skills rated").format(
                client=self.client.label, current=current, rated=len(self.ratings))
            + (f" · {background}" if background else "")
            + self.tr(" · {counts} (up to {limit} per tier) · event {event}").format(
                counts=counts, limit=LIMIT_PER_TIER, event=result.event_id)
            + (self.tr(" · tiers ordered by the active calibration model")
               if calibrated else self.tr(" · each tier ordered by fit")))
        self.rows = rows
        self._list_rows()

    def _list_rows(self) -> None:
        """The recommendations in the table: hidden ones only when asked for."""
        shown = [r for r in self.rows if self.show_hidden.isChecked() or not r.hidden]
        hidden = sum(r.hidden for r in self.rows)
        self.show_hidden.setText(self.tr("Show hi&dden ({count})").format(count=hidden) if hidden
                                 else self.tr("Show hi&dden"))
        self.items.set_rows(shown)
        if shown:
            self.table.selectRow(0)
        self._show_selected(shown[0] if shown else None)

    def _selected(self) -> None:
        row = self.table.currentIndex().row()
        self._show_selected(self.items.row(row) if 0 <= row < len(self.items.rows) else None)

    def _show_selected(self, row: RecommendationRow | None) -> None:
        for button in (*self.feedback_buttons.values(), self.gaps_button,
                       self.shortlist_button):
            button.setEnabled(row is not None)
        if row is None:
            self.detail.setText("")
            self.why.set_rows([])
            return
        item, language = row.item, ui_language()
        gaps = ", ".join(self.tr("{skill} (needs level {level}, rated {rating})").format(
            skill=vocabulary.skill_name(language, g.element_id, g.name), level=g.level,
            rating=g.client_rating) for g in item.top_gaps) or self.tr("none")
        explored = (" <i>" + self.tr("Shown to explore beyond the top ranks.") + "</i>"
                    if item.is_exploration else "")
        self.detail.setText(
            f"<b>{item.title}</b> ({item.code}) — {tier_text(item.tier)}.{explored}<br>"
            f"{item.explanation}<br>"
            + self.tr("<b>Key gaps:</b> {gaps}<br><b>Training:</b> {training}").format(
                gaps=gaps, training=item.training_suggestion))
        self._load_why(item.code)

    def _selected_code(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.items.row(row).item.code if 0 <= row < len(self.items.rows) else None

    def show_gaps(self) -> None:
        """Open the Skill gaps page: this client against the selected occupation."""
        from desktop.ui.pages.gaps import GapPage

        row = self.table.currentIndex().row()
        if self.client is not None and 0 <= row < len(self.items.rows):
            self.window_.open_page(GapPage).compare_client(self.client.id,
                                                           self.items.row(row).item.code)

    def _load_why(self, code: str) -> None:
        from desktop.services import recommend

        services, ratings = self.services, dict(self.ratings)
        current = self.client.current_code if self.client else None
        model = self.result.model if self.result else "level-aware"
        self.bridge.submit(
            lambda _t: (code, recommend.why(services, ratings, code, current, model)),
            on_result=self._show_why)

    def _show_why(self, result: tuple[str, list[SkillContribution]]) -> None:
        code, rows = result
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.items.rows) and self.items.row(row).item.code == code:
            language = ui_language()
            self.why.set_rows([replace(r, name=vocabulary.skill_name(language, r.element_id,
                                                                     r.name))
                               for r in rows if r.weight > 0])

    def feedback(self, action: str) -> None:
        from desktop.services import recommend

        row = self.table.currentIndex().row()
        if self.result is None or not 0 <= row < len(self.items.rows):
            return
        listed: RecommendationRow = self.items.row(row)
        services, event, code = self.services, self.result.event_id, listed.item.code

        def recorded(_r: Any) -> None:
            listed.feedback.append(action)
            self.window_.statusBar().showMessage(
                self.tr("Recorded '{action}' for {title}.").format(
                    action=self.tr(FEEDBACK[action]).replace("&", ""),
                    title=listed.item.title), 5000)
            if action == "hide":
                listed.hidden = True
                self._list_rows()
                self.table.selectRow(min(row, len(self.items.rows) - 1))
                return
            self.items.dataChanged.emit(self.items.index(row, 0),
                                        self.items.index(row, self.items.columnCount() - 1))

        self.bridge.submit(lambda _t: recommend.record_feedback(services, event, code, action),
                           lane="write", on_result=recorded,
                           on_error=lambda e: dialogs.show_error(self,
                                                                 self.tr("Feedback not saved"),
                                                                 message_for(e)))

    def exportable(self) -> Table | None:
        if self.result is None:
            return None
        from desktop.services.exports import recommendations_export

        label = self.client.label if self.client else "client"
        return recommendations_export([r.item for r in self.items.rows], label, {
            "model": self.result.model, "event_id": self.result.event_id,
            "current_code": self.client.current_code if self.client else None,
            "job_zones": [self.zone_low.value(), self.zone_high.value()],
            "tier": self.tier_box.currentData()}, ui_language())
