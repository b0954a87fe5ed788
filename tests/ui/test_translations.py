"""The Spanish (Argentina) catalogue: complete, current, built, and what the window shows."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "translations.py"
spec = importlib.util.spec_from_file_location("translations", SCRIPT)
assert spec and spec.loader
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)

CATALOGUE = translations.catalogue("es_AR")


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> its <translation> element."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message.find("translation")
    return found


def test_every_string_of_the_window_is_in_the_catalogue(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing the committed catalogue lacks (or keeps)."""
    current = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, current)
    translations.update(current)
    committed, scanned = set(messages(CATALOGUE)), set(messages(current))
    assert scanned - committed == set(), "new strings: run python packaging/translations.py"
    assert committed - scanned == set(), "strings no longer used: run packaging/translations.py"
    assert len(committed) > 50


def test_lupdate_found_every_translated_literal() -> None:
    """A tr() that lupdate cannot parse (e.g. inside an f-string) would stay English."""
    catalogued = {source for _, source in messages(CATALOGUE)}
    missed = []
    for source in translations.sources():
        for call in ast.walk(ast.parse(Path(source).read_text("utf-8"))):
            name = getattr(getattr(call, "func", None), "attr", getattr(
                getattr(call, "func", None), "id", ""))
            position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if position is not None and len(call.args) > position:
                text = call.args[position]
                if isinstance(text, ast.Constant) and text.value not in catalogued:
                    missed.append(f"{Path(source).name}:{call.lineno}: {text.value!r}")
    assert missed == []


def test_every_spanish_entry_is_finished_and_keeps_its_placeholders() -> None:
    for (context, source), translation in messages(CATALOGUE).items():
        assert translation is not None
        assert translation.get("type") != "unfinished", f"[{context}] {source!r} is unfinished"
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""]
        for text in forms:
            assert text.strip(), f"[{context}] {source!r} has an empty translation"
            assert sorted(re.findall(r"\{\w*\}", text)) == sorted(
                re.findall(r"\{\w*\}", source)), f"[{context}] {source!r}: placeholders differ"
            assert text.count("&") - text.count("&&") <= 1, f"[{context}] {text!r}: two keys"


def test_the_committed_qm_is_built_from_the_catalogue(tmp_path: Path) -> None:
    built = tmp_path / "built.qm"
    translations.build(CATALOGUE, built)
    assert built.read_bytes() == CATALOGUE.with_suffix(".qm").read_bytes(), (
        "the .qm is stale: run python packaging/translations.py")


# Qt calls whose string arguments the user reads (positions of those arguments).
TEXT_CALLS = {"QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,),
              "QGroupBox": (0,), "QAction": (0,), "QToolButton": (0,), "setText": (0,),
              "setToolTip": (0,), "setPlaceholderText": (0,), "setWindowTitle": (0,),
              "setTitle": (0,), "addTab": (1,), "setTabText": (1,), "addMenu": (0,),
              "showMessage": (0,), "addItem": (0,), "addRow": (0,), "setSuffix": (0,),
              "setSpecialValueText": (0,), "show_error": (1, 2), "show_info": (1, 2),
              "confirm": (1, 2), "ColumnSpec": (1,), "setHorizontalHeaderLabels": (0,),
              "ask_open_path": (1, 2), "ask_save_path": (1, 3), "setLabelText": (0,)}


NOT_WORDS = re.compile(r"<[^>]*>|O\*NET(-SOC)?|Compass|Skill Navigator")  # markup and names


def words(text: str) -> list[str]:
    return [text] if re.search(r"[a-zA-Z]{2}", NOT_WORDS.sub("", text)) else []


def literal_words(node: ast.AST) -> list[str]:
    """Plain-language text written straight into ``node`` (not through tr/translate)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return words(node.value)
    if isinstance(node, ast.JoinedStr):
        return words("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
    if isinstance(node, ast.BinOp):
        return literal_words(node.left) + literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return literal_words(node.body) + literal_words(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return [word for item in node.elts for word in literal_words(item)]
    return []


def test_no_text_reaches_a_widget_without_translation() -> None:
    untranslated = []
    for source in translations.sources():
        tree = ast.parse(Path(source).read_text("utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "attr", getattr(call.func, "id", ""))
            for position in TEXT_CALLS.get(name, ()):
                if position < len(call.args):
                    untranslated += [f"{Path(source).name}:{call.lineno}: {text!r}"
                                     for text in literal_words(call.args[position])]
    assert untranslated == []


@pytest.fixture
def spanish(qapp):
    english = QLocale()
    installed = i18n.install(qapp, i18n.SPANISH)
    yield installed
    i18n.uninstall(qapp, installed, english)


def test_spanish_numbers_dates_and_percentages(spanish) -> None:
    assert (i18n.number(3.5), i18n.integer(12345), i18n.percent(63)) == ("3,5", "12.345", "63 %")
    assert i18n.date("2026-11-26T14:05:00+00:00") == "26/11/2026"
    assert i18n.date_time("2026-03-05T14:05:00") == "05/03/2026 14:05"


def test_english_numbers_dates_and_percentages() -> None:
    assert QLocale().name() == "en_US"  # tests/ui/conftest.py: as an English start sets it
    assert (i18n.number(3.5, 2), i18n.integer(12345), i18n.percent(62.5, 1)) == (
        "3.50", "12,345", "62.5 %")
    assert i18n.date("2026-11-26") == "2026-11-26"


@pytest.mark.gui
def test_a_spanish_start_shows_spanish_menus_and_pages(spanish, qtbot, monkeypatch,
                                                       _isolated_data) -> None:
    from tests.ui.conftest import open_window

    assert len(spanish) == 2  # ours and Qt's (standard buttons, file dialogs)
    win = open_window(qtbot, _isolated_data, monkeypatch)
    menus = [action.text() for action in win.menuBar().actions()]
    assert menus == ["&Archivo", "&Ir a", "&Configuración", "Ay&uda"]
    pages = [win.page_list.item(i).text() for i in range(win.page_list.count())]
    assert pages[:3] == ["Ocupaciones", "Consultantes", "Calificaciones"]
    qtbot.waitUntil(lambda: win.release_label.text() == "Datos de demostración — no son O*NET")
    note = "Los títulos y las descripciones de las ocupaciones se muestran en inglés"
    assert note in win.guide.text.text()  # said once: the next start does not repeat it
    win.close()
    again = open_window(qtbot, _isolated_data, monkeypatch)
    qtbot.waitUntil(lambda: again.release_label.text().startswith("Datos de demostración"))
    assert note not in again.guide.text.text()


@pytest.mark.gui
def test_the_language_chosen_in_settings_is_kept_for_the_next_start(window, qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.paths import DataPaths
    from desktop.ui.application import install_language
    from desktop.ui.ui_state import UiState

    language_menu = next(a.menu() for a in window.menuBar().actions()
                         if a.text() == "&Settings").actions()[0].menu()
    choices = [action.text() for action in language_menu.actions()]
    assert choices == ["System language", "Español (Argentina)", "English"]
    assert language_menu.actions()[0].isChecked()
    language_menu.actions()[1].trigger()
    assert "starts again" in window.statusBar().currentMessage()
    stored = UiState(DataPaths(Path(window.data_dir)).ui_state)
    assert stored.language == i18n.SPANISH
    english = QLocale()
    installed = install_language(qapp, window.data_dir)  # what the next start does first
    try:
        assert QCoreApplication.translate("MainWindow", "Occupations") == "Ocupaciones"
    finally:
        i18n.uninstall(qapp, installed, english)
