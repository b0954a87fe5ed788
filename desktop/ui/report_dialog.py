"""File ▸ Print… and File ▸ Save report as PDF…: choose what the client's plan shows, then
gather it in the background and lay it out with Qt's printing (``desktop.ui.report``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import vocabulary
from desktop.domain.vocabulary import LANGUAGES
from desktop.ui import dialogs
from desktop.ui.language import current as ui_language
from desktop.ui.pages.clients import ClientPicker
from desktop.ui.report import PAPERS, default_paper

if TYPE_CHECKING:
    from desktop.services.action_plan import Report
    from desktop.ui.main_window import MainWindow


def say(id: str, **params: Any) -> str:
    """This dialog's texts in the window's language (``plan.*`` in the vocabulary)."""
    return vocabulary.text(ui_language(), f"plan.{id}", **params)


class ReportDialog(QDialog):
    """Client, chart target, kept scenario, next steps and paper of a report."""

    def __init__(self, window: MainWindow, how: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(say("print_title" if how == "print" else "pdf_title"))
        self.client = ClientPicker()
        self.client.chosen.connect(self._client_chosen)
        self.target = QComboBox()
        self.scenario = QCheckBox(say("scenario"))
        self.next_steps = QPlainTextEdit(placeholderText=say("next_placeholder"))
        self.next_steps.setMaximumHeight(90)
        self.paper = QComboBox()
        for name in PAPERS:
            self.paper.addItem("A4" if name == "a4" else say("letter"), name)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.language = QComboBox()  # the client's, per report: the window's by default
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ui_language()))
        form = QFormLayout()
        form.addRow(say("label.client"), self.client)
        form.addRow(say("label.target"), self.target)
        form.addRow("", self.scenario)
        form.addRow(say("label.next"), self.next_steps)
        form.addRow(say("label.language"), self.language)
        if how == "pdf":
            form.addRow(say("label.paper"), self.paper)
        self.note = QLabel(say("note"), wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            say("print" if how == "print" else "save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def load(self, client_id: int | None) -> None:
        from desktop.services import casework

        services = self.window_.opened_services()
        self.window_.bridge.submit(lambda _t: casework.list_clients(services),
                                   on_result=lambda c: self.client.set_clients(c, client_id))

    def _client_chosen(self, client_id: int | None) -> None:
        from desktop.services import shortlist

        self.target.clear()
        self.ok.setEnabled(False)
        if client_id is None:
            return
        services = self.window_.opened_services()

        def work(_t: Any) -> tuple[int, list[dict[str, Any]], dict[str, Any] | None]:
            return (client_id, shortlist.shortlist(services, client_id),
                    shortlist.kept_scenario(services, client_id))

        self.window_.bridge.submit(work, on_result=self._shortlist_loaded)

    def _shortlist_loaded(self, result: tuple[int, list[dict[str, Any]], Any]) -> None:
        client_id, entries, kept = result
        if client_id != self.client.client_id:
            return
        for entry in entries:
            self.target.addItem(entry["title"], entry["code"])
        self.scenario.setEnabled(kept is not None)
        self.scenario.setChecked(kept is not None)
        self.scenario.setText(say("scenario_kept", label=kept["label"]) if kept
                              else say("no_scenario"))
        self.ok.setEnabled(bool(entries))
        self.note.setText(self.note.text() if entries else
                          say("no_shortlist"))

    def options(self) -> dict[str, Any]:
        return {"client_id": self.client.client_id, "target": self.target.currentData(),
                "include_scenario": self.scenario.isChecked(),
                "next_steps": self.next_steps.toPlainText(),
                "language": self.language.currentData(),
                "paper": self.paper.currentData()}


def client_report(window: MainWindow, how: str) -> None:
    """Ask what to print, gather the plan in the background, then print or save it."""
    if window.services is None:
        return
    in_view = getattr(window.current_page(), "picker", None)  # the client on screen
    dialog = ReportDialog(window, how)
    dialog.load(in_view.client_id if isinstance(in_view, ClientPicker) else None)
    if not dialogs.run_dialog(dialog):
        return
    options = dialog.options()
    paper = options.pop("paper")
    if options["client_id"] is None:
        return
    from desktop.services import action_plan

    services = window.opened_services()
    window.run_task(say("preparing"),
                    lambda _t: action_plan.report(services, **options),
                    lambda data: deliver(window, how, data, paper), lane="read")


def deliver(window: MainWindow, how: str, data: Report, paper: str) -> None:
    from desktop.ui import report

    if how == "print":
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(report.title(data))
        if dialogs.run_dialog(QPrintDialog(printer, window)):
            pages = report.paint(data, printer)
            window.statusBar().showMessage(say("sent", pages=pages), 10000)
        return
    stem = f"plan-{data.label}-{data.date}".replace(" ", "_")
    path = dialogs.ask_save_path(window, say("save_title"), f"{stem}.pdf", say("pdf_filter"))
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    from desktop.domain.errors import AppError
    from desktop.services.files import atomic_path

    try:
        with atomic_path(path) as temporary:
            pages = report.save_pdf(data, str(temporary), paper)
    except AppError as error:
        dialogs.show_error(window, say("not_saved"), str(error))
        return
    window.statusBar().showMessage(say("saved", path=path, pages=pages), 10000)
