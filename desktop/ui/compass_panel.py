"""The Compass panel of a client's page: what the job seeker told Compass, and the ratings and
current occupation it suggests, for the counsellor to review. Nothing is written until a
suggestion is accepted; an acceptance is one change that the page's Undo reverts.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import vocabulary
from desktop.ui import dialogs
from desktop.ui.dialogs import message_for
from desktop.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop.ui.language import current as ui_language
from desktop.ui.pages.clients import record_view
from desktop.ui.table_models import ColumnSpec, RecordTableModel

if TYPE_CHECKING:
    from desktop.services.compass_link import CompassExperience, SuggestedRating, Suggestions
    from desktop.store.clients import Client


ROOM = 440  # pixels the panel asks of the client page while shown: four columns whole
RATINGS_KEEP = 410  # pixels the ratings table beside it keeps


CONFIDENCE = {"high": QT_TRANSLATE_NOOP("CompassPanel", "high"),
              "medium": QT_TRANSLATE_NOOP("CompassPanel", "medium"),
              "low": QT_TRANSLATE_NOOP("CompassPanel", "low")}


def confidence(label: str) -> str:
    return translate("CompassPanel", CONFIDENCE[label]) if label in CONFIDENCE else label


def _rating(value: Any) -> str:
    return "—" if value is None else str(value)


def experience_item(experience: CompassExperience) -> QTreeWidgetItem:
    """One experience as the job seeker kept it, with its ESCO and O*NET links and notes."""
    facts = [experience.company, experience.span, experience.work_type_text]
    title = experience.title or translate("CompassPanel", "(untitled)")
    item = QTreeWidgetItem([f"{title} — {', '.join(f for f in facts if f)}"])
    onet = experience.onet
    lines = [translate("CompassPanel", "→ O*NET: {title} ({code}), {confidence} confidence"
                       ).format(title=onet.title, code=onet.code,
                                confidence=confidence(onet.confidence_label))
             if onet else translate("CompassPanel", "→ no O*NET occupation used")]
    tips = [""]
    for esco in experience.esco_occupations:
        lines.append(f"ESCO: {esco.esco} — {esco.note}")
        tips.append("\n".join(f"{c.title} ({c.code}): {confidence(c.confidence_label)} — {c.reason}"
                              for c in esco.candidates[:8]))
    if experience.top_skills:
        lines.append(translate("CompassPanel", "Top skills: {skills}").format(
            skills=", ".join(experience.top_skills)))
        tips.append("\n".join(experience.top_skills))
    lines += [f"⚠ {note}" for note in experience.notes]
    tips += experience.notes
    for line, tip in zip(lines, tips + [""] * len(lines), strict=False):
        child = QTreeWidgetItem([line])
        child.setToolTip(0, tip or line)
        item.addChild(child)
    item.setToolTip(0, item.text(0))
    return item


class CompassPanel(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.client: Client | None = None
        self.found: Suggestions | None = None
        self.link_text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.link_button = QPushButton(self.tr("&Link Compass…"))
        self.link_button.clicked.connect(self.choose_link)
        self.notes = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.notes.setObjectName("compassNotes")
        self.notes.setStyleSheet("#compassNotes { background: #fff3c4; color: #5c4400; "
                                 "padding: 4px; border: 1px solid #e0c060; }")
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.model = RecordTableModel([  # the evidence: in the tooltip and the detail below
            ColumnSpec("name", self.tr("Skill"), tooltip=self._tooltip),
            ColumnSpec("current_rating", self.tr("Now"), _rating, align_right=True),
            ColumnSpec("rating", self.tr("Suggested"), _rating, align_right=True,
                       colour=lambda r: None if r.rating != r.current_rating else "#888888"),
            ColumnSpec("confidence_label", self.tr("Confidence"), confidence),
        ])
        self.table = record_view(self.model, stretch=0)  # a long skill name is elided
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._explain())
        self.detail = QTextBrowser()
        self.current = QComboBox()
        self.current_button = QPushButton(self.tr("Set as current &occupation"))
        self.current_button.clicked.connect(self.set_current)
        self.accept_button = QPushButton(self.tr("Accept &skill"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button = QPushButton(self.tr("Accept &all ratings"))
        self.accept_all_button.clicked.connect(
            lambda: self._accept([r.element_id for r in self.model.rows]))
        self.ignore_button = QPushButton(self.tr("&Ignore"))
        self.ignore_button.setToolTip(self.tr("Hide these suggestions; nothing is written"))
        self.ignore_button.clicked.connect(self.ignore)

        top = QHBoxLayout()
        top.addWidget(self.link_text, 1)
        top.addWidget(self.link_button)
        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(QLabel(self.tr("<b>Suggested ratings</b> (from the experiences "
                                               "above)")))
        review_layout.addWidget(self.table, 1)
        parts = QSplitter(Qt.Orientation.Vertical)  # the suggestions take what is left
        for index, (part, stretch) in enumerate(((self.tree, 0), (review, 1),
                                                 (self.detail, 0))):
            parts.addWidget(part)
            parts.setStretchFactor(index, stretch)
            parts.setCollapsible(index, False)
        parts.setSizes([80, 400, 60])  # scaled to the height there is
        current_row = QHBoxLayout()
        current_row.addWidget(self.current, 1)
        current_row.addWidget(self.current_button)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.accept_all_button, self.ignore_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addWidget(parts, 1)
        layout.addWidget(QLabel(self.tr("Suggested current occupation:")))
        layout.addLayout(current_row)
        layout.addLayout(buttons)
        self._show(None)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._make_room()

    def _make_room(self) -> None:
        """Widen the client page's side pane to ROOM while this tab is shown, as far as the
        ratings table keeps RATINGS_KEEP: at 1024 wide the suggestions are cramped else."""
        pane: QWidget = self
        holder = pane.parentWidget()
        while holder is not None and not isinstance(holder, QSplitter):
            pane, holder = holder, holder.parentWidget()
        if holder is None or holder.count() != 2:
            return
        sizes = holder.sizes()
        mine = holder.indexOf(pane)
        wanted = min(ROOM, sum(sizes) - RATINGS_KEEP)
        if sizes[mine] < wanted:
            sizes[1 - mine] -= wanted - sizes[mine]
            sizes[mine] = wanted
            holder.setSizes(sizes)

    def _tooltip(self, skill: SuggestedRating) -> str:
        if not skill.evidence:
            return skill.provenance_text
        heading = self.tr("Compass evidence")
        return f"{skill.provenance_text}\n{heading}: " + ", ".join(
            sorted({e.label for e in skill.evidence}))

    # --- data -----------------------------------------------------------------------------
    def show_client(self, client: Client) -> None:
        """Reload when another client, or another link, is shown."""
        keys = ("id", "compass_user_id", "compass_session_id")
        if self.client is None or any(getattr(self.client, k) != getattr(client, k) for k in keys):
            self.client = client
            self.refresh()
        self.client = client

    def refresh(self) -> None:
        from desktop.services import compass_link

        if self.client is None:
            return
        services, client_id = self.page.services, self.client.id
        self.page.bridge.submit(lambda _t: compass_link.suggestions(services, client_id),
                                on_result=self._show, on_error=self._failed)

    def _show(self, found: Suggestions | None) -> None:
        from desktop.services.compass_link import Suggestions

        if found is not None and self.client is not None and found.client_id != self.client.id:
            return  # another client was chosen meanwhile
        self.found = found
        found = found or Suggestions(0, None, None, [], [], None, [], [])
        user, session = found.compass_user_id, found.compass_session_id
        self.link_text.setText(
            self.tr("Compass session {id}").format(id=session) if session else
            self.tr("Compass user {id}").format(id=user) if user else
            self.tr("Not linked to Compass"))
        self.link_button.setEnabled(self.client is not None)
        self.notes.setText("\n".join(found.notes))
        self.notes.setVisible(bool(found.notes))
        self.tree.clear()
        self.tree.addTopLevelItems([experience_item(e) for e in found.experiences])
        self.tree.expandAll()
        row = max(self.table.currentIndex().row(), 0)
        language = ui_language()  # O*NET's skill names, in the window's language
        self.model.set_rows([replace(s, name=vocabulary.skill_name(language, s.element_id, s.name))
                             for s in found.skills])
        if found.skills:
            self.table.selectRow(min(row, len(found.skills) - 1))
        self.current.clear()
        for option in [found.current, *found.current_alternatives]:
            if option:
                self.current.addItem(self.tr(
                    "{title} ({code}) — from {experience}, {span}; {confidence} confidence"
                ).format(title=option.title, code=option.code, experience=option.experience,
                         span=option.span, confidence=confidence(option.confidence_label)),
                    option.code)
        self.current_button.setEnabled(self.current.count() > 0)
        for button in (self.accept_button, self.accept_all_button, self.ignore_button):
            button.setEnabled(bool(found.skills))
        self._explain()

    def _selected(self) -> SuggestedRating | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < len(self.model.rows) else None

    def _explain(self) -> None:
        skill = self._selected()
        if skill is None:
            self.detail.setText("")
            return
        evidence = "; ".join(f"‘{e.label}’ ({e.experience})" for e in skill.evidence)
        self.detail.setText(
            self.tr("<b>{skill}</b>: {rating} suggested (level {level}), {confidence} "
                    "confidence — {provenance}").format(
                skill=escape(skill.name), rating=skill.rating, level=number(skill.level, 2),
                confidence=confidence(skill.confidence_label),
                provenance=escape(skill.provenance_text))
            + (self.tr("<br>Compass evidence: {evidence}").format(evidence=escape(evidence))
               if evidence else ""))

    # --- actions --------------------------------------------------------------------------
    def choose_link(self) -> None:
        from desktop.ui.compass_link_dialog import CompassLinkDialog

        dialog = CompassLinkDialog(self, self.page.services, self.page.bridge)
        dialog.accepted.connect(lambda: self._link(dialog.choice))
        dialog.open()
        self.link_dialog = dialog  # reachable for tests

    def _link(self, choice: tuple[str, str] | None) -> None:
        from desktop.services import compass_link

        if choice is None or self.client is None:
            return
        kind, value = choice
        services, client_id = self.page.services, self.client.id
        self._write(lambda _t: compass_link.link(
            services, client_id, **{"user_id" if kind == "user" else "session_id": value}))

    def accept_selected(self) -> None:
        skill = self._selected()
        if skill is not None:
            self._accept([skill.element_id])

    def _accept(self, skills: list[str]) -> None:
        from desktop.services import compass_link

        if self.client is None or not skills:
            return
        services, client_id = self.page.services, self.client.id
        self._write(lambda _t: compass_link.accept(services, client_id, skills))

    def set_current(self) -> None:
        from desktop.services import compass_link

        code = self.current.currentData()
        if self.client is None or not code:
            return
        services, client_id = self.page.services, self.client.id
        self._write(lambda _t: compass_link.accept(services, client_id, current=code))

    def ignore(self) -> None:
        """Hide the suggestions for now (nothing written); the next reload shows them again."""
        if self.found is not None:
            self._show(replace(self.found, skills=[], notes=[self.tr(
                "Suggestions ignored: nothing was written. Reopen the client to see them.")]))

    def _write(self, fn: Any) -> None:
        def done(_result: Any) -> None:
            self.page.load()
            self.refresh()

        self.page.bridge.submit(fn, lane="write", on_result=done, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        dialogs.show_error(self, "Compass", message_for(error))
