"""The occupation explorer: demo on first start, import with progress, search, occupation page."""

from PySide6.QtCore import Qt

from desktop.ui import dialogs
from desktop.ui.pages.explorer import ExplorerPage, describe_level


def explorer(window) -> ExplorerPage:
    return window.open_page(ExplorerPage)


def test_first_start_shows_the_demo_label_and_lists_occupations(window, qtbot):
    qtbot.waitUntil(lambda: "Demo data — not O*NET" in window.windowTitle())
    assert not window.demo_banner.isHidden()
    page = explorer(window)
    qtbot.waitUntil(lambda: page.results.count() > 0)
    qtbot.waitUntil(lambda: page.current is not None)
    assert page.skills.rowCount() == 35


def test_import_search_and_open_an_occupation(window, qtbot, release_dir, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_open_path",
                        lambda *args: str(release_dir / "Read Me.txt"))  # a file in the folder
    window.import_action.trigger()
    (job,) = window.progress.rows
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: window.demo_banner.isHidden())
    assert "30.1" in window.release_label.text()

    page = explorer(window)
    qtbot.waitUntil(lambda: page.results.count() > 900, timeout=10000)  # the release's list
    qtbot.keyClicks(page.search_box, "programmer")
    qtbot.waitUntil(lambda: any("Computer Programmers" in page.results.item(i).text()
                                for i in range(page.results.count())), timeout=5000)
    row = next(i for i in range(page.results.count())
               if page.results.item(i).text().startswith("Computer Programmers\n"))
    page.results.setCurrentRow(row)
    qtbot.waitUntil(lambda: page.current.code == "15-1251.00"
                    and page.knowledge.rowCount() == 33, timeout=10000)
    assert page.heading.text() == "Computer Programmers"
    assert "Job Zone Four" in page.zone_box.title()
    assert page.skills.rowCount() == 35 and page.knowledge.rowCount() == 33
    assert page.technology.rowCount() > 10
    assert window.errors == []


def test_a_bad_release_shows_one_message_and_keeps_the_demo(window, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "release.zip"
    bad.write_text("this is not a zip")
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *args: str(bad))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(window.errors), timeout=10000)
    assert "not a readable O*NET release zip" in window.errors[0]
    assert not window.demo_banner.isHidden()


def test_levels_are_explained_with_anchors(window, qtbot):
    page = explorer(window)
    qtbot.waitUntil(lambda: page.current is not None and bool(page.anchors))
    view = page.tabs.widget(0)
    reading = next(i for i, r in enumerate(page.skills.rows) if r.element_id == "2.A.1.a")
    view.selectRow(reading)
    assert "Reading Comprehension" in page.anchor_note.text()
    assert "level" in page.anchor_note.text()


def test_describe_level_places_a_value_between_anchors():
    anchors = [(2, "basic"), (4, "middle"), (6, "high")]
    assert describe_level(4.5, anchors) == "at least level 4: middle; below level 6: high"
    assert describe_level(1.0, anchors) == "below level 2: basic"
    assert describe_level(None, anchors) == ""


def test_about_names_the_release(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.about",
                        lambda parent, title, text: shown.append(text))
    window.show_about()
    assert "Demo data — not O*NET" in shown[0]


def test_cancelling_an_import_keeps_the_demo(window, qtbot, release_dir):
    job = window.start_import(str(release_dir))
    qtbot.waitUntil(window.progress.isVisible, timeout=5000)  # shown after half a second
    row = window.progress.row(job)
    qtbot.waitUntil(lambda: row.bar.maximum() > 0, timeout=5000)  # files of total
    cancelled = []
    job.cancelled.connect(lambda: cancelled.append(True))
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    assert cancelled == [True]
    assert not window.progress.isVisible()
    assert "cancelled; nothing changed" in window.statusBar().currentMessage()
    assert window.services.cache.is_demo()
    assert not window.services.cache.staging_path().exists()


def test_ctrl_f_focuses_the_search_box(window, qtbot):
    page = explorer(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    page.results.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_box.hasFocus)


def test_the_window_renders_text_not_a_blank(window, qtbot):
    from PySide6.QtGui import QFontDatabase

    assert QFontDatabase.families()  # without fonts every glyph would silently be a box
    page = explorer(window)
    qtbot.waitUntil(lambda: page.current is not None)
    image = window.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20
