import pytest

from desktop.ui import dialogs


@pytest.fixture
def window(qtbot, _isolated_data, monkeypatch):
    """The main window on this test's data folder, shown, with its stores opened."""
    from desktop.ui.main_window import MainWindow

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: errors.append(text))
    win = MainWindow(str(_isolated_data))
    win.errors = errors
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    qtbot.waitUntil(lambda: win.services is not None, timeout=15000)
    yield win
    win.bridge.cancel_all()
    win.bridge.wait()
