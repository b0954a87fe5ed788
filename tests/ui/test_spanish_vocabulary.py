"""With the window in Spanish: the ratings page, recommendations, gaps and exports speak the
counselling vocabulary of resources/i18n/vocabulary.es_AR.json; occupation titles stay O*NET's."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QLocale

from desktop.ui import dialogs, i18n
from desktop.ui.exports import export_current_table, file_type
from desktop.ui.pages.client import ClientPage
from desktop.ui.pages.gaps import GapPage
from desktop.ui.pages.recommendations import RecommendationsPage

RETAIL, NURSE = "41-2031.00", "29-1141.00"


@pytest.fixture
def spanish_window(release_services, _isolated_data, qtbot, qapp, monkeypatch):
    """The main window over the real release, started in Spanish (Argentina)."""
    from desktop.services import casework
    from tests.ui.conftest import open_window

    english = QLocale()
    translators = i18n.install(qapp, i18n.SPANISH)  # as a Spanish start does
    client = casework.create_client(release_services, "R-7", current_code=RETAIL)
    casework.prefill_from_occupation(release_services, client.id, RETAIL)
    win = open_window(qtbot, _isolated_data, monkeypatch)
    win.client = client
    yield win
    win.bridge.close()
    i18n.uninstall(qapp, translators, english)


def test_the_ratings_page_shows_spanish_skills_words_and_anchors(spanish_window, qtbot):
    page = spanish_window.open_page(ClientPage)
    page.open_client(spanish_window.client.id)
    qtbot.waitUntil(lambda: page.client is not None and len(page.model.rows) == 35,
                    timeout=20000)
    names = [r.name for r in page.model.rows]
    assert names[0] == "Comprensión lectora" and "Orientación al servicio" in names
    page.table.selectRow(0)
    assert page.skill_box.title() == "Comprensión lectora"
    anchors = page.anchor_text.text()
    assert "Leer instrucciones paso a paso para completar un formulario" in anchors
    assert "al menos nivel" in page.model.rows[0].meaning
    labels = [page.choices.button(v).text() for v in range(5)]
    assert "2 intermedio" in labels[2] and "3,50" in labels[2] and "4 experto" in labels[4]
    assert page.model.data(page.model.index(0, 1)).split(" ", 1)[1] in {
        "ninguno", "básico", "intermedio", "avanzado", "experto"}
    assert spanish_window.errors == []


def test_recommendations_explain_in_spanish_with_english_titles(spanish_window, qtbot,
                                                               monkeypatch, tmp_path):
    page = spanish_window.open_page(RecommendationsPage)
    page.open_client(spanish_window.client.id)
    qtbot.waitUntil(lambda: page.result is not None and page.items.rowCount() > 1,
                    timeout=30000)
    rows = [r.item for r in page.items.rows]
    tiers = {page.items.data(page.items.index(i, 0)) for i in range(len(rows))}
    assert tiers <= {"● Listo ahora", "◐ Con capacitación", "○ Reconversión larga"}
    assert any(r.title == "Counter and Rental Clerks" for r in rows)  # O*NET's English
    assert all(r.explanation.startswith(("Listo ahora:", "Con capacitación:",
                                            "Reconversión larga:")) for r in rows)
    assert all("Tiempo estimado:" in r.training_suggestion for r in rows)
    assert "Más relacionada con Retail Salespersons" in rows[0].explanation

    target = tmp_path / "recomendaciones.csv"
    monkeypatch.setattr(dialogs, "ask_save_target",
                        lambda *_: (str(target), file_type("csv-es")))
    export_current_table(spanish_window)  # the filter chosen: "CSV (Excel, es) (*.csv)"
    qtbot.waitUntil(target.exists, timeout=20000)
    spanish_window.bridge.wait()
    with open(target, newline="", encoding="utf-8-sig") as stream:
        header, first, *_ = list(csv.reader(stream, delimiter=";"))
    assert header[:2] == ["Consultante", "Nivel de preparación"]
    assert first[1] in {"Listo ahora", "Con capacitación", "Reconversión larga"}
    assert "," in first[5] or first[5].isdigit()  # a decimal comma, never a point
    assert "." not in first[5]


def test_the_gap_page_names_skills_and_sums_up_in_spanish(spanish_window, qtbot):
    page = spanish_window.open_page(GapPage)
    page.compare_client(spanish_window.client.id, NURSE)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20000)
    names = {r.element_name for r in page.models["client"].rows}
    assert "Pensamiento crítico" in names and "Critical Thinking" not in names
    assert page.summary.text().startswith("R-7 → Registered Nurses: ")
    assert "habilidades requeridas están por debajo del nivel requerido" in page.summary.text()


def test_the_report_dialog_offers_the_clients_language(spanish_window, qtbot):
    from desktop.ui.report_dialog import ReportDialog

    dialog = ReportDialog(spanish_window, "pdf")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Guardar el plan de la persona como PDF"
    assert dialog.options()["language"] == "es"  # the window's, by default
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.options()["language"] == "en"  # an English-speaking client's plan
