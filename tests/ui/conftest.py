"""A main window over the real 30.1 release, for the gap and similar-occupation pages."""

from __future__ import annotations

import pytest


@pytest.fixture
def release_window(qtbot, release_services):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(str(release_services.paths.root))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    yield window
    window.bridge.wait()
