"""The Similar occupations page on the real release."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.pages.explorer import ExplorerPage
from desktop.ui.pages.gaps import GapPage
from desktop.ui.pages.similar import SimilarPage

# typing words opens the suggestion popup, which the offscreen platform cannot grab keys for
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def test_similar_list_opens_and_compares(qtbot, release_window):
    page = release_window.open_page(SimilarPage)
    page.picker.setFocus()
    qtbot.keyClicks(page.picker, "software developers")
    qtbot.keyClick(page.picker, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(page.found) == 10, timeout=30000)
    model = page.table.model()
    codes = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert {"15-1251.00", "15-1253.00", "15-1254.00"} <= set(codes)
    assert "15-1252.00" not in codes
    assert model.index(0, 0).data() == "1" and model.index(0, 3).data() in "12345"

    page.table.setFocus()
    page.table.selectRow(1)
    page.show_gaps()
    gap_page = release_window.open_page(GapPage)
    qtbot.waitUntil(lambda: gap_page.result is not None, timeout=10000)
    assert gap_page.result.from_.code == "15-1252.00"
    assert gap_page.result.to.code == codes[1]

    release_window.open_page(SimilarPage)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    explorer = release_window.open_page(ExplorerPage)
    qtbot.waitUntil(lambda: getattr(explorer, "current", None) is not None
                    and explorer.current["code"] == codes[0], timeout=10000)
    assert release_window.current_page() is explorer


def test_unknown_and_unrated_codes(qtbot, release_window):
    page = release_window.open_page(SimilarPage)
    page.picker.setText("11-1031.00")
    page.find_similar()
    qtbot.waitUntil(lambda: "no skill ratings" in page.message.text(), timeout=30000)
    assert page.found == [] and not page.open_button.isEnabled()
