"""File ▸ Export: the seed exports and the current page's table, in the background.

Each export asks for its options and a file name, then runs through ``run_task`` (status
bar progress with Cancel); the file appears only when complete.
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

from desktop.ui import dialogs

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

FILTERS = {"csv": "CSV (*.csv)", "json": "JSON (*.json)", "xlsx": "Excel workbook (*.xlsx)"}
MASKED = "e-mail addresses and phone numbers masked"
CONTACTS_NOTE = ("E-mail addresses and phone numbers found in free text are replaced by "
                 "[email removed] and [phone removed].")


def install_export_actions(window: MainWindow) -> None:
    menu = window.export_menu
    entries: list[tuple[str, Callable[[MainWindow], None], str | None] | None] = [
        ("Compass &user skills…", export_user_skills, None),
        ("CV &analyses…", export_analyses, None),
        None,  # synced data above, counselling tables below
        ("Current &table…", export_current_table, "Ctrl+E"),
        ("Case&load…", export_caseload, None),
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
        self.keep_contacts = QCheckBox("Keep e-mail addresses and phone numbers "
                                       "(internal use only)")
        self.keep_contacts.setToolTip(CONTACTS_NOTE)
        note_label = QLabel(f"{note} {CONTACTS_NOTE}", wordWrap=True)
        note_label.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
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
        super().__init__(parent, "Export Compass user skills",
                         "Titles are typed by job seekers and may identify them: redact or "
                         "hash them before sharing.")
        self.format = self.combo([("CSV — one row per top skill", "csv"),
                                  ("JSON — sessions › experiences › skills", "json"),
                                  ("Excel workbook — the CSV's columns", "xlsx")])
        self.titles = self.combo([("Keep", "keep"), ("Redact (leave empty)", "redact"),
                                  ("Hash (salted, same title → same hash)", "hash")])
        self.source = self.combo([("What the user saw and kept (explored)", "explored"),
                                  ("Pipeline output, as the upstream scripts", "pipeline")])
        self.form.addRow("Format:", self.format)
        self.form.addRow("Experience titles:", self.titles)
        self.form.addRow("Skills:", self.source)

    def options(self) -> dict[str, str]:
        return {"file_format": self.format.currentData(), "titles": self.titles.currentData(),
                "source": self.source.currentData(), "contacts": self.contacts()}


class AnalysesDialog(ExportDialog):
    """Everything or what the CV analyses page shows, and the format."""

    def __init__(self, parent: QWidget | None, shown: dict[str, Any] | None) -> None:
        super().__init__(parent, "Export CV analyses",
                         "Questionnaire answers and the analysis are free text about a "
                         "person.")
        scopes: list[tuple[str, Any]] = [
            ("Everything: every completed analysis (the upstream dataset)", None)]
        if shown is not None:
            named = ", ".join(f"{key} = {shown[key] or 'all'}" for key in ("field", "status"))
            scopes.insert(0, (f"What is shown: the {shown['total']:,} analyses with {named} "
                              "(every page)", shown))
        self.scope = self.combo(scopes)
        self.format = self.combo([("JSON — the stored documents", "json"),
                                  ("CSV — one row of metrics per analysis", "csv"),
                                  ("Excel workbook — the CSV's columns", "xlsx")])
        self.form.addRow("Analyses:", self.scope)
        self.form.addRow("Format:", self.format)

    def options(self) -> dict[str, Any]:
        shown = self.scope.currentData()
        selection = ({"field": shown["field"], "status": shown["status"]} if shown
                     else {"field": None, "status": "completed"})
        return {"file_format": self.format.currentData(), "contacts": self.contacts(),
                **selection}


def _ready(window: MainWindow) -> bool:
    if window.services is None:
        dialogs.show_info(window, "Export", "The data folder is still opening; try again in "
                                            "a moment.")
        return False
    return True


def ask_target(window: MainWindow, title: str, stem: str, formats: tuple[str, ...]
               ) -> tuple[str, str] | None:
    """(path, format): the format follows the suffix chosen, else the first one offered."""
    folder = Path(window.ui_state.export_folder or Path.home())
    path = dialogs.ask_save_path(window, title, str(folder / f"{stem}.{formats[0]}"),
                                 ";;".join(FILTERS[f] for f in formats))
    if not path:
        return None
    window.ui_state.export_folder = str(Path(path).parent)  # offered again next time
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in formats:
        return path, suffix
    return f"{path}.{formats[0]}", formats[0]


def _run(window: MainWindow, title: str, work: Callable[[Any], Any], path: str,
         count: Callable[[Any], int], what: str) -> None:
    window.run_task(title, work, lambda result: window.statusBar().showMessage(
        f"Exported {count(result):,} {what} to {path}.", 10000), lane="read")


def export_user_skills(window: MainWindow) -> None:
    if not _ready(window):
        return
    dialog = UserSkillsDialog(window)
    if not dialogs.run_dialog(dialog):
        return
    options = dialog.options()
    file_format = options.pop("file_format")
    target = ask_target(window, "Export Compass user skills", "user_skills_export",
                        (file_format,))
    if target is None:
        return
    path = target[0]
    services = window.opened_services()
    from desktop.services.exports import export_user_skills as export

    _run(window, "Exporting user skills",
         lambda task: export(services, path, file_format, task=task, **options), path,
         lambda report: report.count,
         f"skill rows ({MASKED if options['contacts'] == 'mask' else 'contacts kept'})")


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
    target = ask_target(window, "Export CV analyses", "cv_analyses", (file_format,))
    if target is None:
        return
    path = target[0]
    services = window.opened_services()
    from desktop.services.exports import export_analyses as export

    _run(window, "Exporting CV analyses",
         lambda task: export(services, path, file_format, task, **options), path,
         lambda report: report.count,
         f"analyses ({MASKED if options['contacts'] == 'mask' else 'contacts kept'})")


def export_current_table(window: MainWindow) -> None:
    if not _ready(window):
        return
    page = window.current_page()
    table = page.exportable() if page is not None else None
    if table is None:
        dialogs.show_info(window, "Export current table",
                          "This page shows no table to export. Open a page with a table "
                          "(for example a gap table or recommendations) and try again.")
        return
    target = ask_target(window, f"Export {table.title}", table.name, ("csv", "xlsx", "json"))
    if target is None:
        return
    path, file_format = target
    services = window.opened_services()
    from desktop.services.exports import export_page_table

    _run(window, f"Exporting {table.title}",
         lambda task: export_page_table(services, table, path, file_format, task), path, int,
         f"rows ({MASKED})")


def export_caseload(window: MainWindow) -> None:
    if not _ready(window):
        return
    target = ask_target(window, "Export caseload", "caseload", ("csv", "xlsx"))
    if target is None:
        return
    path, file_format = target
    services = window.opened_services()
    from desktop.services.exports import caseload_table, write_table

    _run(window, "Exporting caseload",
         lambda task: write_table(caseload_table(services), path, file_format, task), path,
         int, f"clients ({MASKED})")
