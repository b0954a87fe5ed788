"""One client's skill ratings: 0–4 per O*NET skill, explained by the Level Scale Anchors.

Keys in the table: 0–4 set the selected skill's rating, Delete clears it; Ctrl+Z undoes the
last change. Every change is saved at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
)

from desktop.domain import vocabulary
from desktop.domain.ratings import RATING_LABELS, rating_to_level
from desktop.ui import dialogs
from desktop.ui.background_editor import BackgroundEditor
from desktop.ui.compass_panel import CompassPanel
from desktop.ui.dialogs import message_for
from desktop.ui.i18n import QT_TRANSLATE_NOOP, number
from desktop.ui.language import current as ui_language
from desktop.ui.pages import Page
from desktop.ui.pages.clients import ClientPicker, record_view
from desktop.ui.skill_chart import SkillLevelChart
from desktop.ui.table_models import ColumnSpec, RecordTableModel
from desktop.ui.table_models import number as table_number

if TYPE_CHECKING:
    from desktop.services.casework import PrefillPreview
    from desktop.services.gaps import ClientGap
    from desktop.store.clients import Client

UNRATED = 9  # button id of "Not rated" (QButtonGroup reserves -1)
NO_OCCUPATION = QT_TRANSLATE_NOOP("ClientPage", "Set the client's current occupation to chart "
                                                "their levels against it.")
NOT_REQUIRED = QT_TRANSLATE_NOOP("ClientPage", "not required")


@dataclass(frozen=True)
class ClientView:
    """One client as the page shows it, read in the background."""

    client: Client
    title: str | None  # the current occupation's
    required: dict[str, float | str | None]  # element → level the current occupation needs
    gap: ClientGap | None  # against the current occupation
    esco: list[str]  # ESCO labels of the current occupation, as Compass stored them
    skills: list[tuple[str, str]]  # (element id, O*NET name), in O*NET's order
    ratings: dict[str, int]


@dataclass(frozen=True)
class SkillRow:
    """A skill as the table lists it, in the window's language."""

    element_id: str
    name: str
    description: str
    rating: int | None
    level: float | None  # the rating on O*NET's 0–7 level scale
    required: str | None  # what the current occupation needs, as shown
    anchors: list[tuple[int, str]]
    meaning: str  # what the client's level means, by the anchors around it


def rating_text(rating: int | None) -> str:
    return "—" if rating is None else vocabulary.rating_text(ui_language(), rating)


def esco_labels(services: Any, client: Client) -> list[str]:
    """The ESCO occupations, labelled as Compass stored them (Spanish in Brújula), of the
    client's experiences that the bridge resolved to their current O*NET occupation."""
    code = client.current_code
    if not code or not (client.compass_user_id or client.compass_session_id):
        return []
    from desktop.services import compass_link

    found = compass_link.suggestions(services, client.id)
    return list(dict.fromkeys(o.esco for e in found.experiences
                              if e.onet and e.onet.code == code for o in e.esco_occupations))


class ClientPage(Page):
    title = "Client"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.client: Client | None = None
        self.anchors: dict[str, list[tuple[int, str]]] = {}
        self.picker = ClientPicker()
        self.picker.chosen.connect(self.load)
        self.occupation = QLabel(wordWrap=True)
        self.occupation.setMinimumWidth(120)
        self.prefill_button = QPushButton(self.tr("&Prefill from current occupation"))
        self.prefill_button.clicked.connect(self.prefill)
        self.undo_button = QPushButton(self.tr("&Undo (Ctrl+Z)"))
        self.undo_button.setToolTip(self.tr("Undo the last change of this client's ratings or "
                                            "current occupation"))
        self.undo_button.clicked.connect(self.undo)
        self.recommend_button = QPushButton(self.tr("Recommen&dations…"))
        self.recommend_button.clicked.connect(self.open_recommendations)
        QShortcut(QKeySequence.StandardKey.Undo, self).activated.connect(self.undo)
        top = QHBoxLayout()
        client_label = QLabel(self.tr("&Client:"))
        client_label.setBuddy(self.picker)
        for widget in (client_label, self.picker, self.occupation):
            top.addWidget(widget)
        top.addStretch(1)
        for button in (self.prefill_button, self.undo_button, self.recommend_button):
            top.addWidget(button)
        keys = QLabel(self.tr("Keys: <b>0</b>–<b>4</b> rate the selected skill (none, basic, "
                              "working, advanced, expert) · <b>Delete</b> clears it · "
                              "<b>Ctrl+Z</b> undoes · <b>↑ ↓</b> move"))
        keys.setObjectName("keysHint")
        keys.setStyleSheet("#keysHint { color: #444; }")
        self.warning = QLabel(self.tr("⚠ These ratings are mostly one value. Flat profiles "
                                      "match poorly: rate the client's stronger and weaker "
                                      "skills apart."), wordWrap=True)
        self.warning.setObjectName("flatWarning")
        self.warning.setStyleSheet("#flatWarning { background: #fff3c4; color: #5c4400; "
                                   "padding: 6px; border: 1px solid #e0c060; }")
        self.warning.hide()

        self.model = RecordTableModel([
            ColumnSpec("name", self.tr("Skill"), tooltip=lambda r: r.description or None),
            ColumnSpec("rating", self.tr("Rating (0–4)"), rating_text,
                       colour=lambda r: "#888888" if r.rating is None else None,
                       tooltip=lambda r: r.meaning or None),
            ColumnSpec("level", self.tr("Level (0–7)"), table_number(2), align_right=True),
            ColumnSpec("required", self.tr("Current job needs"), lambda v: v or "",
                       align_right=True),
        ])  # what the client's level means shows beside the table, and as a tooltip
        self.table = record_view(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda c, _: self._show_skill())
        self.table.installEventFilter(self)

        self.skill_box = QGroupBox(self.tr("Skill"))
        self.choices = QButtonGroup(self)
        box_layout = QVBoxLayout(self.skill_box)
        for value in (UNRATED, *RATING_LABELS):
            choice = QRadioButton()
            self.choices.addButton(choice, value)
            box_layout.addWidget(choice)
        self.choices.idClicked.connect(self._chosen)
        self.anchor_text = QLabel(wordWrap=True)
        self.anchor_text.setAlignment(Qt.AlignmentFlag.AlignTop)
        box_layout.addWidget(self.anchor_text, 1)

        self.compass = CompassPanel(self)
        self.side = QTabWidget()
        self.side.addTab(self.skill_box, self.tr("S&kill"))
        self.side.addTab(self.compass, self.tr("Co&mpass"))
        self.chart = SkillLevelChart(self.tr(NO_OCCUPATION))
        self.side.addTab(self.chart, self.tr("C&hart"))
        self.background = BackgroundEditor(self)
        self.split(self.table, self.side, (700, 500),
                   above=(top, self.background, keys, self.warning))
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.prefill_button, self.undo_button, self.recommend_button,
                       self.table, self.skill_box, self.background):
            widget.setEnabled(enabled)

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.services import casework, catalog

        services = self.services

        def load(_t: Any) -> tuple[list[Client], dict[str, list[tuple[int, str]]]]:
            return casework.list_clients(services), catalog.level_anchors(services)

        self.bridge.submit(load, on_result=self._loaded)
        self.compass.refresh()  # a sync may have brought the client's Compass sessions

    def _loaded(self, result: tuple[list[Client], Any]) -> None:
        clients, self.anchors = result
        self.picker.set_clients(clients)

    def showEvent(self, event: Any) -> None:
        """Clients may have been added or edited on the Clients page meanwhile."""
        super().showEvent(event)
        if self.client is not None:
            self.open_client(self.client.id)
            self.load()

    def open_client(self, client_id: int) -> None:
        self.picker.load(self, client_id)

    def load(self, client_id: int | None = None) -> None:
        from desktop.services import casework, catalog, gaps
        from desktop.services.profiles import profiles

        client_id = self.picker.client_id if client_id is None else client_id
        if client_id is None:
            self.client = None
            self.model.set_rows([])
            self._set_enabled(False)
            self.occupation.setText(self.tr("No client yet: add one on the Clients page."))
            self.chart.show_nothing(self.tr(NO_OCCUPATION))
            return
        services, language = self.services, ui_language()

        def work(_t: Any) -> ClientView:
            client = casework.get_client(services, client_id)
            matrix = profiles(services, "skills")
            required: dict[str, float | str | None] = {}
            title = gap = None
            if client.current_code:
                detail = catalog.occupation(services, client.current_code)
                title = detail.title
                required = {s.element_id: NOT_REQUIRED if s.not_relevant else s.level
                            for s in detail.skills}
                gap = gaps.client_gap(services, client_id, client.current_code, language)
            return ClientView(client, title, required, gap, esco_labels(services, client),
                              list(zip(matrix.element_ids, matrix.element_names, strict=True)),
                              casework.get_ratings(services, client_id))

        self.bridge.submit(work, on_result=self._show)

    def _show(self, data: ClientView) -> None:
        from desktop.services.casework import flat_ratings

        if self.picker.client_id != data.client.id:
            return  # another client was chosen meanwhile
        self.client = data.client
        self.background.show_client(self.client)
        current = self.client.current_code
        self.occupation.setText(
            self.tr("Current occupation: {title} ({code})").format(title=data.title,
                                                                   code=current)
            if current else self.tr("No current occupation"))
        if data.esco:  # the Spanish (Brújula) labels beside O*NET's English title
            self.occupation.setText(f"{self.occupation.text()} · " + vocabulary.text(
                ui_language(), "esco.labels", labels=vocabulary.join(data.esco, " / ")))
        ratings = data.ratings
        rows = []
        language = ui_language()
        for element_id, name in data.skills:
            rating = ratings.get(element_id)
            level = None if rating is None else rating_to_level(rating)
            required = data.required.get(element_id)
            anchors = vocabulary.anchors(language, element_id, self.anchors.get(element_id, []))
            rows.append(SkillRow(
                element_id, vocabulary.skill_name(language, element_id, name),
                vocabulary.skill_description(language, element_id), rating, level,
                number(required, 2) if isinstance(required, float)
                else self.tr(required) if required else None,
                anchors, vocabulary.describe_level(level, anchors, language)))
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(rows)
        self.table.selectRow(min(row, len(rows) - 1))
        self._set_enabled(True)
        self.prefill_button.setEnabled(bool(current))
        self.warning.setVisible(flat_ratings(ratings))
        if data.gap is None:
            self.chart.show_nothing(self.tr(NO_OCCUPATION))
        else:
            self.chart.show_gap(data.gap)
        self._show_skill()
        self.compass.show_client(self.client)

    def _current(self) -> SkillRow | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < len(self.model.rows) else None

    def _show_skill(self) -> None:
        skill = self._current()
        if skill is None:
            return
        language = ui_language()
        self.skill_box.setTitle(skill.name)
        for value in (UNRATED, *RATING_LABELS):
            button = self.choices.button(value)
            if value == UNRATED:
                button.setText(self.tr("Not rated"))
                continue
            button.setText(self.tr("{rating} {words}  (level {level})").format(
                rating=value, words=vocabulary.render(vocabulary.rating_word(value), language),
                level=number(rating_to_level(value), 2)))
            button.setToolTip(vocabulary.rating_meaning(language, value))
        self.choices.button(UNRATED if skill.rating is None else skill.rating) \
            .setChecked(True)
        listed = "<br>".join(self.tr("<b>Level {value}</b>: {text}").format(value=value, text=text)
                             for value, text in skill.anchors)
        meaning = skill.meaning or self.tr("Not rated yet.")
        listed = listed or self.tr("none published")
        heading = self.tr("<b>Level Scale Anchors</b>")
        description = f"<p><i>{skill.description}</i></p>" if skill.description else ""
        self.anchor_text.setText(f"{description}<p>{meaning}</p><p>{heading}<br>{listed}</p>")

    # --- changes --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            text = event.text()
            if text in {"0", "1", "2", "3", "4"}:
                self.set_rating(int(text))
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.set_rating(None)
                return True
        return super().eventFilter(watched, event)

    def _chosen(self, value: int) -> None:
        self.set_rating(None if value == UNRATED else value)

    def set_rating(self, rating: int | None) -> None:
        from desktop.services import casework

        skill = self._current()
        if self.client is None or skill is None or skill.rating == rating:
            return
        services, client_id = self.services, self.client.id
        self._write(lambda _t: casework.set_rating(services, client_id, skill.element_id,
                                                   rating))

    def prefill(self) -> None:
        """Prefill from the current occupation, asking first if it changes ratings."""
        from desktop.services import casework

        if self.client is None or not self.client.current_code:
            return
        services, client, code = self.services, self.client, self.client.current_code
        self.bridge.submit(lambda _t: casework.prefill_preview(services, client.id, code),
                           on_result=lambda preview: self._confirm_prefill(client, preview),
                           on_error=self._failed)

    def _confirm_prefill(self, client: Client, preview: PrefillPreview) -> None:
        from desktop.services import casework

        changed = preview.changed
        if changed and not dialogs.confirm(
                self, self.tr("Prefill ratings"),
                (self.tr("Prefilling from the current occupation changes {changed} of {client}'s "
                         "ratings and fills {filled} unrated skills. Continue? (Ctrl+Z undoes "
                         "the whole prefill.)") if preview.filled else
                 self.tr("Prefilling from the current occupation changes {changed} of {client}'s "
                         "ratings. Continue? (Ctrl+Z undoes the whole prefill.)")).format(
                    changed=changed, client=client.label, filled=preview.filled)):
            return
        services, code = self.services, client.current_code or ""
        self._write(lambda _t: casework.prefill_from_occupation(services, client.id, code))

    def undo(self) -> None:
        from desktop.services import casework

        if self.client is None:
            return
        services, client_id = self.services, self.client.id

        def undone(done: bool) -> None:
            if not done:
                self.window_.statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            self.load()

        self.bridge.submit(lambda _t: casework.undo_last_change(services, client_id),
                           lane="write", on_result=undone, on_error=self._failed)

    def _write(self, fn: Any) -> None:
        self.bridge.submit(fn, lane="write", on_result=lambda _r: self.load(),
                           on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(self, self.tr("Rating not saved"), message_for(error))
        self.load()

    def open_recommendations(self) -> None:
        from desktop.ui.pages.recommendations import RecommendationsPage

        if self.client is not None:
            self.window_.open_page(RecommendationsPage).open_client(self.client.id)
