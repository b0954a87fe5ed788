"""File ▸ Export: the options dialog, the save dialog, the file written in the background."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtWidgets import QLabel

from desktop.ui import dialogs
from desktop.ui.exports import UserSkillsDialog
from desktop.ui.pages.analytics import AnalyticsPage
from tests.ui.conftest import menu_action


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_user_skills_dialog_then_save_dialog(filled_window, qtbot, monkeypatch, tmp_path):
    seen = {}

    def answer(dialog: UserSkillsDialog) -> bool:
        choose(dialog.format, "json")
        choose(dialog.titles, "hash")
        choose(dialog.source, "pipeline")
        return True

    def save_as(_parent, _title, suggested, filters):
        seen.update(suggested=suggested, filters=filters)
        return str(tmp_path / "skills"), ""  # no suffix: the chosen format's is added

    monkeypatch.setattr(dialogs, "run_dialog", answer)
    monkeypatch.setattr(dialogs, "ask_save_target", save_as)
    menu_action(filled_window, "Compass user skills…").trigger()
    target = tmp_path / "skills.json"
    qtbot.waitUntil(target.exists, timeout=20000)
    filled_window.bridge.wait()
    assert Path(seen["suggested"]).name == "user_skills_export.json"
    assert seen["filters"] == "JSON (*.json)"
    document = json.loads(target.read_text("utf-8"))
    assert document["total_sessions"] == 3  # generated sessions have no pipeline view
    titles = {e["experience_title"] for s in document["data"] for e in s["experiences"]}
    assert all(len(t) == 64 for t in titles)  # hashed
    assert any(e["experience_uuid"] == "e2" for s in document["data"]
               for e in s["experiences"])  # pipeline: the deleted experience is there
    qtbot.waitUntil(lambda: "Exported" in filled_window.statusBar().currentMessage())


def test_cancelling_the_options_dialog_writes_nothing(filled_window, monkeypatch, tmp_path):
    asked = []
    monkeypatch.setattr(dialogs, "run_dialog", lambda dialog: False)
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: asked.append(a))
    menu_action(filled_window, "Compass user skills…").trigger()
    assert asked == [] and list(tmp_path.glob("*.csv")) == []


def test_the_options_dialog_defaults_and_the_contacts_option(qtbot):
    dialog = UserSkillsDialog()
    qtbot.addWidget(dialog)
    assert dialog.options() == {"file_format": "csv", "titles": "keep", "source": "explored",
                                "contacts": "mask"}
    notes = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "E-mail addresses and phone numbers found in free text are replaced by " \
           "[email removed] and [phone removed]." in notes
    dialog.keep_contacts.setChecked(True)
    assert "internal use only" in dialog.keep_contacts.text()
    assert dialog.options()["contacts"] == "keep"


def test_analyses_export_offers_everything_before_the_page_is_open(filled_window, qtbot,
                                                                   monkeypatch, tmp_path):
    target = tmp_path / "analyses.csv"
    offered = []

    def answer(dialog):
        offered.extend(dialog.scope.itemText(i) for i in range(dialog.scope.count()))
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        return True

    monkeypatch.setattr(dialogs, "run_dialog", answer)
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: (str(target), ""))
    menu_action(filled_window, "CV analyses…").trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    filled_window.bridge.wait()
    with open(target, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert rows and {r["processing_status"] for r in rows} == {"completed"}
    assert offered == ["Everything: every completed analysis (the upstream dataset)"]


def test_current_table_of_a_page_without_one(filled_window, monkeypatch):
    told = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: told.append(title))
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: told.append("asked"))
    menu_action(filled_window, "Current table…").trigger()  # the Occupations page
    assert told == ["Export current table"]


def test_current_table_of_the_analytics_page_to_xlsx(filled_window, qtbot, monkeypatch,
                                                     tmp_path):
    from openpyxl import load_workbook

    page = filled_window.open_page(AnalyticsPage)
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    target = tmp_path / "by-field.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: (str(target), ""))
    menu_action(filled_window, "Current table…").trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    filled_window.bridge.wait()
    book = load_workbook(target)
    rows = list(book.worksheets[0].values)
    assert rows[0] == ("field", "count", "scored", "avg_score", "avg_likelihood_percent")
    assert sum(r[1] for r in rows[1:]) == page.data.overview.completed
    assert dict(book["About"].values)["title"] == "Completed CV analyses by field"


def test_caseload_to_xlsx(filled_window, qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from desktop.services import casework

    casework.create_client(filled_window.services, "Client A", notes="=1+1")
    casework.create_client(filled_window.services, "Client B", notes="call 011 4444 5555")
    target = tmp_path / "caseload.xlsx"
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: (str(target), ""))
    menu_action(filled_window, "Caseload…").trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    filled_window.bridge.wait()
    rows = list(load_workbook(target).worksheets[0].values)
    assert rows[1][0] == "Client A" and rows[1][5] == "'=1+1"
    assert rows[2][5] == "call [phone removed]"
    qtbot.waitUntil(lambda: "2 clients (e-mail addresses and phone numbers masked)"
                    in filled_window.statusBar().currentMessage())


def test_cancel_keeps_the_previous_file(filled_window, qtbot, monkeypatch, tmp_path):
    import threading

    from desktop.services import exports

    gate = threading.Event()
    original = exports.analysis_document

    def held(row):  # the export waits here until the test has pressed Cancel
        gate.wait(10)
        return original(row)

    monkeypatch.setattr(exports, "analysis_document", held)
    monkeypatch.setattr(dialogs, "run_dialog", lambda dialog: True)
    target = tmp_path / "analyses.json"
    target.write_text("previous export")
    monkeypatch.setattr(dialogs, "ask_save_target", lambda *a: (str(target), ""))
    menu_action(filled_window, "CV analyses…").trigger()
    (job,) = filled_window.progress.rows
    with qtbot.waitSignal(job.cancelled, timeout=20000):
        filled_window.progress.row(job).cancel_button.click()
        gate.set()
    filled_window.bridge.wait()
    assert target.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert "cancelled" in filled_window.statusBar().currentMessage()
