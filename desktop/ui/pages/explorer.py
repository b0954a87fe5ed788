"""Occupation explorer: search titles and alternate titles, read an occupation's page."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import vocabulary
from desktop.ui.i18n import number as local_number
from desktop.ui.i18n import translate
from desktop.ui.language import current as ui_language
from desktop.ui.pages import Page
from desktop.ui.pages.clients import record_view
from desktop.ui.shortlist_action import shortlist_button
from desktop.ui.table_models import ColumnSpec, RecordTableModel, number

if TYPE_CHECKING:
    from desktop.store.catalog import OccupationDetail, Rating, SearchHit
    from desktop.store.recommend_inputs import RelatedOccupation

SEARCH_DELAY_MS = 150


def level_text(rating: Rating) -> str:
    if rating.not_relevant:
        return translate("ExplorerPage", "not required")
    return local_number(rating.level, 2)


def rating_note(rating: Rating) -> str:
    """A short note (the table must fit a small screen); ``note_tooltip`` says more."""
    notes = []
    if rating.not_relevant:
        notes.append(translate("ExplorerPage", "not relevant"))
    if rating.suppressed:
        notes.append(translate("ExplorerPage", "⚠ low precision"))
    return "; ".join(notes)


def note_tooltip(rating: Rating) -> str | None:
    notes = []
    if rating.not_relevant:
        notes.append(translate("ExplorerPage", "Not relevant: not required for this occupation."))
    if rating.suppressed:
        notes.append(translate("ExplorerPage",
                               "Low precision: O*NET recommends suppressing this value."))
    return " ".join(notes) or None


def no_results_text(query: str, suggestions: list[str]) -> str:
    """What the list says when a search finds nothing, with close spellings as links."""
    from html import escape

    text = translate("ExplorerPage", "No occupation matches “{query}”.").format(
        query=escape(query))
    if suggestions:
        links = translate("ExplorerPage", " or ").join(
            f"<a href='{escape(s)}'>{escape(s)}</a>" for s in suggestions)
        return text + " " + translate("ExplorerPage", "Did you mean {links}?").format(links=links)
    return text + " " + translate("ExplorerPage",
                                  "Try fewer or shorter words, or another title for the job.")


def describe_level(level: float | None, anchors: list[tuple[int, str]]) -> str:
    """Explain a level number with the element's anchors around it, in the window's language."""
    return vocabulary.describe_level(level, anchors, ui_language())


class ExplorerPage(Page):
    title = "Occupations"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.anchors: dict[str, list[tuple[int, str]]] = {}
        self.current: OccupationDetail | None = None
        self._found: list[SearchHit] = []
        self._opened = 0  # occupations opened so far: a search result never replaces a newer one
        self.search_box = QLineEdit(placeholderText=self.tr("Search occupations and alternate "
                                                            "titles…"))
        self.search_box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.currentRowChanged.connect(self._result_chosen)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self._search)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        self.no_results = QLabel(wordWrap=True)
        self.no_results.setObjectName("noResults")
        self.no_results.setStyleSheet("#noResults { color: #5c4400; background: #fff3c4; "
                                      "padding: 6px; }")
        self.no_results.linkActivated.connect(self.search_box.setText)
        self.no_results.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.no_results)
        left_layout.addWidget(self.results, 1)

        self.heading = QLabel()
        self.heading.setObjectName("occupationHeading")
        self.heading.setStyleSheet("#occupationHeading { font-size: 17pt; font-weight: bold; }")
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.description = QLabel(wordWrap=True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.zone_box = QGroupBox(self.tr("Job Zone"))
        self.zone_text = QLabel(wordWrap=True)
        QVBoxLayout(self.zone_box).addWidget(self.zone_text)

        self.skills = self._ratings_table()
        self.knowledge = self._ratings_table()
        self.technology = RecordTableModel([
            ColumnSpec("example", self.tr("Technology")),
            ColumnSpec("commodity_title", self.tr("Category")),
            ColumnSpec("hot", self.tr("Hot technology"), lambda v: "Hot" if v else "",
                       colour=lambda r: "#b34700" if r.hot else None),
            ColumnSpec("in_demand", self.tr("In demand"), lambda v: "in demand" if v else ""),
        ])
        self.alternates = QListWidget()
        self.related = RecordTableModel([ColumnSpec("title", self.tr("Occupation")),
                                         ColumnSpec("code", self.tr("Code")),
                                         ColumnSpec("tier", self.tr("O*NET relatedness tier"))])
        related_view = record_view(self.related)
        related_view.doubleClicked.connect(
            lambda index: self.open_occupation(self.related.row(index.row()).code))
        self.anchor_note = QLabel(wordWrap=True)
        self.anchor_note.setStyleSheet("color: #444;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._view(self.skills), self.tr("Skills"))
        self.tabs.addTab(self._view(self.knowledge), self.tr("Knowledge"))
        self.tabs.addTab(self._view(self.technology, explain=False), self.tr("Technology"))
        self.tabs.addTab(self.alternates, self.tr("Alternate titles"))
        self.tabs.addTab(related_view, self.tr("Related occupations"))
        self.tabs.currentChanged.connect(  # what a level means: under Skills and Knowledge only
            lambda index: self.anchor_note.setVisible(index < 2))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 8, 8, 8)
        for widget in (self.heading, self.subheading, self.description, self.zone_box):
            right_layout.addWidget(widget)
        self.shortlist_button = shortlist_button(
            self, lambda: self.current.code if self.current else None)
        right_layout.addWidget(self.shortlist_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.anchor_note)
        self.detail = right

        self.split(left, right, (330, 870))
        self._show_detail(None)

    def _ratings_table(self) -> RecordTableModel:
        def grey_if_not_required(rating: Rating) -> str | None:
            if rating.not_relevant:
                return "#888888"
            return "#a05a00" if rating.suppressed else None

        return RecordTableModel([
            ColumnSpec("name", self.tr("Element"), colour=grey_if_not_required),
            ColumnSpec("importance", self.tr("Importance (1–5)"), number(), align_right=True,
                       colour=lambda r: "#a05a00" if r.importance_suppressed else None),
            ColumnSpec("level", self.tr("Level (0–7)"), align_right=True, value=level_text,
                       tooltip=lambda r: describe_level(r.level, self.anchors.get(
                           r.element_id, [])) or None,
                       colour=grey_if_not_required),
            ColumnSpec("note", self.tr("Notes"), colour=grey_if_not_required, tooltip=note_tooltip,
                       value=rating_note),
        ])

    def _view(self, model: RecordTableModel, explain: bool = True) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if explain:  # skills and knowledge rows: what the selected level means
            view.selectionModel().currentRowChanged.connect(
                lambda current, _previous, m=model: self._explain_row(m, current.row()))
        return view

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # --- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        services = self.services

        def load(_task: Any) -> dict[str, list[tuple[int, str]]]:
            from desktop.services import catalog

            catalog.prepare_search(services)
            return catalog.level_anchors(services)

        self.bridge.submit(load, on_result=self._anchors_loaded)
        self._search()

    def _anchors_loaded(self, anchors: dict[str, list[tuple[int, str]]]) -> None:
        language = ui_language()
        self.anchors = {e: vocabulary.anchors(language, e, a) for e, a in anchors.items()}

    def _search(self) -> None:
        from desktop.services import catalog

        services = self.services
        query = self.search_box.text().strip()
        limit = 200 if query else 2000  # an empty box lists every occupation
        opened = self._opened

        def find(_task: Any) -> tuple[list[SearchHit], list[str]]:
            found = catalog.search(services, query, limit)
            return found, [] if found else catalog.suggestions(services, query)

        self.bridge.submit(find, key="explorer.search",
                           on_result=lambda r: self._show_results(query, r[0], r[1], opened))

    def _show_results(self, query: str, found: list[SearchHit], suggestions: list[str],
                      opened: int = 0) -> None:
        self._found = found
        self.results.blockSignals(True)
        self.results.clear()
        for item in found:
            zone = (self.tr("Job Zone {zone}").format(zone=item.job_zone) if item.job_zone
                    else self.tr("no Job Zone"))
            label = f"{item.title}\n    {item.code} · {zone}"
            if item.matched != item.title:
                label += " · " + self.tr("also called {title}").format(title=item.matched)
            self.results.addItem(label)
        self.results.blockSignals(False)
        self.no_results.setText(no_results_text(query, suggestions) if not found else "")
        self.no_results.setVisible(not found)
        if self._opened != opened:
            return  # an occupation was opened meanwhile (e.g. from another page): keep it
        if found:
            self.results.setCurrentRow(0)
        else:
            self._show_detail(None)

    def _result_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.open_occupation(self._found[row].code)

    def open_occupation(self, code: str) -> None:
        from desktop.services import catalog

        services = self.services
        self._opened += 1

        def load(_task: Any) -> tuple[OccupationDetail, list[RelatedOccupation]]:
            from desktop.services import similar

            return catalog.occupation(services, code), similar.onet_related(services, code)

        self.bridge.submit(load, key="explorer.detail",
                           on_result=lambda loaded: self._show_detail(*loaded))

    def _show_detail(self, detail: OccupationDetail | None,
                     related: list[RelatedOccupation] | None = None) -> None:
        self.current = detail
        self.detail.setEnabled(detail is not None)
        if detail is None:
            self.heading.setText(self.tr("No occupation selected"))
            for widget in (self.subheading, self.description, self.zone_text, self.anchor_note):
                widget.setText("")
            for model in (self.skills, self.knowledge, self.technology, self.related):
                model.set_rows([])
            self.alternates.clear()
            return
        self.heading.setText(detail.title)
        zone = detail.job_zone
        self.subheading.setText(f"O*NET-SOC {detail.code}   ·   "
                                + self.tr("Job Zone {zone}").format(zone=zone or "—"))
        self.description.setText(detail.description or "")
        if detail.job_zone_reference:
            reference = vocabulary.job_zone(ui_language(), detail.job_zone_reference)
            self.zone_box.setTitle(reference.name)
            self.zone_text.setText(
                self.tr("<b>Education:</b> {education}<br><b>Experience:</b> {experience}<br>"
                        "<b>Training:</b> {training}").format(
                    education=reference.education or "—",
                    experience=reference.experience or "—",
                    training=reference.job_training or "—"))
        else:
            self.zone_box.setTitle(self.tr("Job Zone"))
            self.zone_text.setText(self.tr("No Job Zone is published for this occupation."))
        for model, ratings in ((self.skills, detail.skills), (self.knowledge, detail.knowledge)):
            model.set_rows([replace(r, name=vocabulary.skill_name(ui_language(), r.element_id,
                                                                  r.name)) for r in ratings])
        if not detail.skills:
            self.anchor_note.setText(
                self.tr("O*NET publishes no skill ratings for this occupation."))
        else:
            self.anchor_note.setText(self.tr("Select a skill to see what its level means."))
        self.technology.set_rows(list(detail.technology))
        self.alternates.clear()
        self.alternates.addItems(detail.alternate_titles)
        self.related.set_rows(related or [])
        self.tabs.setTabToolTip(self.tabs.count() - 1, "" if related else
                                self.tr("The imported release has no Related Occupations file"))

    def _explain_row(self, model: RecordTableModel, row: int) -> None:
        if row < 0 or row >= len(model.rows):
            return
        rating: Rating = model.row(row)
        if rating.not_relevant:
            self.anchor_note.setText(self.tr("{skill}: not relevant — not required here.").format(
                skill=rating.name))
            return
        explanation = describe_level(rating.level, self.anchors.get(rating.element_id, []))
        level = "—" if rating.level is None else local_number(rating.level, 2)
        self.anchor_note.setText(self.tr("<b>{skill}</b>, level {level}: {explanation}").format(
            skill=rating.name, level=level,
            explanation=explanation or self.tr("no level anchors published for this element.")))
