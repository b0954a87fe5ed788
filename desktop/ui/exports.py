"""File ▸ Export: the seed exports and the current page's table, in the background.

Each export asks for its options and a file name, then runs through ``run_task`` (status
bar progress with Cancel); the file appears only when complete. The texts are the
vocabulary's (``export.*``), in the window's language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import vocabulary
from desktop.ui import dialogs
from desktop.ui.language import current as ui_language

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

COUNSELLING = ("csv", "csv-es", "xlsx")  # the counselling tables' formats, the first offered
SUFFIX = {"csv-es": "csv"}  # a format whose files end otherwise than in its name


def say(id: str, **params: Any) -> str:
    return vocabulary.text(ui_language(), f"export.{id}", **params)


def file_type(file_format: str) -> str:
    """A format as the save dialog lists it: "CSV (Excel, es) (*.csv)"."""
    return say(f"filter.{file_format}")


def contacts_what(what: str, contacts: str = "mask") -> str:
    """ "rows (e-mail addresses and phone numbers masked)" """
    return say(f"what.{what}", contacts=say("masked" if contacts == "mask" else "kept"))


def install_export_actions(window: MainWindow) -> None:
    menu = window.export_menu
    entries: list[tuple[str, Callable[[MainWindow], None], str | None] | None] = [
        (say("menu.user_skills"), export_user_skills, None),
        (say("menu.analyses"), export_analyses, None),
        None,  # synced data above, counselling tables below
        (say("menu.table"), export_current_table, "Ctrl+E"),
        (say("menu.caseload"), export_caseload, None),
    ]
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, handler, shortcut = entry
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, h=handler: h(window))
        menu.addAction(action)


class ExportDialog(QDialog):
    """Options of a synced-data export, a note on privacy, and the contacts choice."""

    def __init__(self, parent: QWidget | None, title: str, note: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.keep_contacts = QCheckBox(say("keep_contacts"))
        self.keep_contacts.setToolTip(say("contacts_note"))
        note_label = QLabel(f"{note} {say('contacts_note')}", wordWrap=True)
        note_label.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(say("button"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(note_label)
        layout.addWidget(self.keep_contacts)
        layout.addWidget(buttons)

    @staticmethod
    def combo(items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def contacts(self) -> str:
        return "keep" if self.keep_contacts.isChecked() else "mask"


class UserSkillsDialog(ExportDialog):
    """Format, titles and source of a Compass user-skills export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, say("user_skills.title"), say("user_skills.note"))
        self.format = self.combo([(say("format.csv_skills"), "csv"),
                                  (say("format.json_sessions"), "json"),
                                  (say("format.xlsx"), "xlsx")])
        self.titles = self.combo([(say("titles.keep"), "keep"),
                                  (say("titles.redact"), "redact"),
                                  (say("titles.hash"), "hash")])
        self.source = self.combo([(say("source.explored"), "explored"),
                                  (say("source.pipeline"), "pipeline")])
        self.form.addRow(say("label.format"), self.format)
        self.form.addRow(say("label.titles"), self.titles)
        self.form.addRow(say("label.skills"), self.source)

    def options(self) -> dict[str, str]:
        return {"file_format": self.format.currentData(), "titles": self.titles.currentData(),
                "source": self.source.currentData(), "contacts": self.contacts()}


class AnalysesDialog(ExportDialog):
    """Everything or what the CV analyses page shows, and the format."""

    def __init__(self, parent: QWidget | None, shown: dict[str, Any] | None) -> None:
        super().__init__(parent, say("analyses.title"), say("analyses.note"))
        scopes: list[tuple[str, Any]] = [(say("scope.everything"), None)]
        if shown is not None:
            named = ", ".join(f"{key} = {shown[key] or say('all')}"
                              for key in ("field", "status"))
            scopes.insert(0, (say("scope.shown", total=shown["total"], named=named), shown))
        self.scope = self.combo(scopes)
        self.format = self.combo([(say("format.json_documents"), "json"),
                                  (say("format.csv_metrics"), "csv"),
                                  (say("format.xlsx"), "xlsx")])
        self.form.addRow(say("label.analyses"), self.scope)
        self.form.addRow(say("label.format"), self.format)

    def options(self) -> dict[str, Any]:
        shown = self.scope.currentData()
        selection = ({"field": shown["field"], "status": shown["status"]} if shown
                     else {"field": None, "status": "completed"})
        return {"file_format": self.format.currentData(), "contacts": self.contacts(),
                **selection}


def _ready(window: MainWindow) -> bool:
    if window.services is None:
        dialogs.show_info(window, say("title"), say("opening"))
        return False
    return True


def ask_target(window: MainWindow, title: str, stem: str, formats: tuple[str, ...]
               ) -> tuple[str, str] | None:
    """(path, format): the file type chosen (CSV for Excel in Spanish is one), else the
    suffix typed, else the first format offered."""
    folder = Path(window.ui_state.export_folder or Path.home())
    first = SUFFIX.get(formats[0], formats[0])
    target = dialogs.ask_save_target(window, title, str(folder / f"{stem}.{first}"),
                                     ";;".join(file_type(f) for f in formats))
    if target is None:
        return None
    path, chosen = target
    window.ui_state.export_folder = str(Path(path).parent)  # offered again next time
    suffix = Path(path).suffix.lower().lstrip(".")
    picked = next((f for f in formats if file_type(f) == chosen), None)
    if picked is not None and SUFFIX.get(picked, picked) == suffix:
        return path, picked
    if suffix in formats:
        return path, suffix
    picked = picked or formats[0]
    return f"{path}.{SUFFIX.get(picked, picked)}", picked


def _run(window: MainWindow, title: str, work: Callable[[Any], Any], path: str,
         count: Callable[[Any], int], what: str) -> None:
    window.run_task(title, work, lambda result: window.statusBar().showMessage(
        say("done", count=count(result), what=what, path=path), 10000), lane="read")


def export_user_skills(window: MainWindow) -> None:
    if not _ready(window):
        return
    dialog = UserSkillsDialog(window)
    if not dialogs.run_dialog(dialog):
        return
    options = dialog.options()
    file_format = options.pop("file_format")
    target = ask_target(window, say("user_skills.title"), "user_skills_export",
                        (file_format,))
    if target is None:
        return
    path = target[0]
    services = window.opened_services()
    from desktop.services.exports import export_user_skills as export

    _run(window, say("user_skills.running"),
         lambda task: export(services, path, file_format, task=task, **options), path,
         lambda report: report.count, contacts_what("skill_rows", options["contacts"]))


def shown_analyses(window: MainWindow) -> dict[str, Any] | None:
    """The CV analyses page's filters and match count, once that page is built."""
    from desktop.ui.pages.analyses import AnalysesPage

    for page in window.built_pages():
        if isinstance(page, AnalysesPage) and page.loaded:
            return page.shown_selection()
    return None


def export_analyses(window: MainWindow) -> None:
    if not _ready(window):
        return
    dialog = AnalysesDialog(window, shown_analyses(window))
    if not dialogs.run_dialog(dialog):
        return
    options = dialog.options()
    file_format = options.pop("file_format")
    target = ask_target(window, say("analyses.title"), "cv_analyses", (file_format,))
    if target is None:
        return
    path = target[0]
    services = window.opened_services()
    from desktop.services.exports import export_analyses as export

    _run(window, say("analyses.running"),
         lambda task: export(services, path, file_format, task, **options), path,
         lambda report: report.count, contacts_what("analyses", options["contacts"]))


def export_current_table(window: MainWindow) -> None:
    if not _ready(window):
        return
    page = window.current_page()
    table = page.exportable() if page is not None else None
    if table is None:
        dialogs.show_info(window, say("table.title"), say("table.none"))
        return
    target = ask_target(window, say("table.ask", title=table.title), table.name,
                        (*COUNSELLING, "json"))
    if target is None:
        return
    path, file_format = target
    services, language = window.opened_services(), ui_language()
    from desktop.services.exports import export_page_table

    _run(window, say("table.running", title=table.title),
         lambda task: export_page_table(services, table, path, file_format, task,
                                        language=language), path, int, contacts_what("rows"))


def export_caseload(window: MainWindow) -> None:
    if not _ready(window):
        return
    target = ask_target(window, say("caseload.title"), "caseload", COUNSELLING)
    if target is None:
        return
    path, file_format = target
    services, language = window.opened_services(), ui_language()
    from desktop.services.exports import caseload_table, localised, write_table

    _run(window, say("caseload.running"),
         lambda task: write_table(localised(caseload_table(services), language), path,
                                  file_format, task), path, int, contacts_what("clients"))
