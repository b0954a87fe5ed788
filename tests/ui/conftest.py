import pytest
from PySide6.QtCore import QLocale

from desktop.ui import dialogs, i18n

SMALL_SCREEN = (1024, 700)  # every GUI test runs the window at the smallest size supported


@pytest.fixture(autouse=True, scope="session")
def _english_formats():
    """Numbers and dates as an English start shows them (a C/POSIX system gets en_US)."""
    QLocale.setDefault(i18n.ui_locale(i18n.ENGLISH))


def open_window(qtbot, data_dir, monkeypatch):
    """The main window at 1024×700, shown, with its stores opened; error dialogs collected."""
    from desktop.ui.main_window import MainWindow

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: errors.append(text))
    win = MainWindow(str(data_dir))
    win.errors = errors
    qtbot.addWidget(win)
    win.resize(*SMALL_SCREEN)
    win.show()  # no waitExposed: offscreen, it now and then never returns (stuck inside Qt)
    qtbot.waitUntil(lambda: win.services is not None, timeout=20000)
    return win


@pytest.fixture
def window(qtbot, _isolated_data, monkeypatch):
    """The main window on this test's data folder."""
    win = open_window(qtbot, _isolated_data, monkeypatch)
    yield win
    win.bridge.close()


@pytest.fixture
def release_window(release_services, window):
    """The main window over the real 30.1 release (the cache is copied in before it opens)."""
    return window


@pytest.fixture
def filled_data(_isolated_data):
    """Generated Compass sessions and CV analyses in the cache, before any window opens."""
    from desktop.services.context import open_services
    from tests.cache_rows import compass_scenario, realistic_data

    services = open_services(_isolated_data)
    with services.cache.write() as db:
        compass_scenario(db)
        realistic_data(db, analyses=500, sessions=40)
    services.close()
    return _isolated_data


@pytest.fixture
def filled_window(filled_data, window):
    """The main window over the generated Compass and CV-analysis data."""
    return window


@pytest.fixture
def synced_window(mongo_db, mongo_uri, window):
    """The main window after a real sync of 60 Compass sessions and 40 CV analyses (i % 5 ==
    4 errors) from the MongoDB wire test server."""
    from desktop.services.sync import MongoTarget, sync_analyses, sync_compass
    from tests.fixtures.compass_docs import analysis, insert_compass

    insert_compass(mongo_db, 60)
    mongo_db.cv_analyses.insert_many([analysis(i) for i in range(40)])
    target = MongoTarget(mongo_uri, mongo_db.name)
    sync_compass(window.services, target)
    sync_analyses(window.services, target)
    return window


def menu_action(window, text: str):
    """The File ▸ Export entry with this text (mnemonics ignored)."""
    return next(a for a in window.export_menu.actions() if a.text().replace("&", "") == text)
