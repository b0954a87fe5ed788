"""Start-up order: the window paints before the stores (and sqlmodel) are opened."""

from __future__ import annotations

from pathlib import Path

from desktop.ui.main_window import MainWindow


def test_data_opens_only_after_the_window_is_shown(qtbot, tmp_path: Path) -> None:
    window = MainWindow(str(tmp_path / "data"))
    qtbot.addWidget(window)
    qtbot.wait(50)
    assert window.services is None
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    assert window.services.paths.root == tmp_path / "data"
    assert window.release_label.text() == "Demo data — not O*NET"
