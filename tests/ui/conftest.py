"""A main window over a data folder holding generated Compass sessions and CV analyses."""

from __future__ import annotations

import pytest

from tests.cache_rows import compass_scenario, realistic_data


@pytest.fixture
def filled_window(qtbot, _isolated_data):
    from desktop.services.context import open_services
    from desktop.ui.main_window import MainWindow

    services = open_services(_isolated_data)
    with services.cache.write() as db:
        compass_scenario(db)
        realistic_data(db, analyses=500, sessions=40)
    services.close()
    window = MainWindow(str(_isolated_data))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20000)
    yield window
    window.bridge.wait()


def menu_action(window, text: str):
    return next(a for a in window.export_menu.actions() if a.text().replace("&", "") == text)
