"""``skillnav --self-test``: check an installation end to end, in a temporary data folder.

Runs the counsellor's path on the demo data (open, search, recommend, export), touches each
heavy dependency once (a frozen build fails here if a module or data file is missing) and
builds the main window offscreen. Prints one line per check, then ``self-test: OK`` (exit 0)
or ``self-test: FAILED`` (exit 1). The build scripts and CI grep for that last line.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import APP_NAME, __version__

OK_MARKER = "self-test: OK"
FAILED_MARKER = "self-test: FAILED"
WINDOW_TIMEOUT_S = 30.0

Check = Callable[[Any], str]  # gets the open Services, returns a short detail line


def check_data(services: Any) -> str:
    from desktop.services import catalog

    info = catalog.info(services)
    assert info.demo and info.occupations > 0, f"no demo data: {info}"
    return f"{info.occupations} demo occupations"


def check_search(services: Any) -> str:
    from desktop.services import catalog

    found = catalog.search(services, "software")
    assert found, "searching 'software' found nothing"
    return f"'software' -> {found[0].title}"


SOFTWARE_DEVELOPERS = "15-1252.00"  # in the demo data


def check_recommend(services: Any) -> str:
    """A client rated exactly like Software Developers matches it fully, with no gap.

    (Its tier also weighs education and Job Zone, which this client does not state.)
    """
    import math

    from desktop.domain.ratings import level_to_rating
    from desktop.services.profiles import profiles
    from desktop.services.recommend import recommend

    matrix = profiles(services)
    row = matrix.row(SOFTWARE_DEVELOPERS)
    levels = zip(matrix.element_ids, matrix.level[row], strict=True)
    ratings = {element: level_to_rating(level) for element, level in levels
               if not math.isnan(level)}
    result = recommend(services, ratings, model="level-aware")
    found = next(item for item in result.listed() if item.code == SOFTWARE_DEVELOPERS)
    assert (found.match_score, found.gap_severity) == (100, 0), (
        f"Software Developers: match {found.match_score}, gap {found.gap_severity}")
    counts = ", ".join(f"{len(items)} {tier}" for tier, items in result.tiers().items())
    return f"{counts}; Software Developers: match 100, gap 0 ({found.tier})"


def check_export(services: Any) -> str:
    """The recommendations as CSV, JSON and XLSX, as File > Export writes them."""
    from desktop.domain.tables import Table
    from desktop.services.exports import write_table
    from desktop.services.recommend import recommend

    result = recommend(services, {"2.A.1.a": 3, "2.A.1.b": 2}, model="level-aware")
    columns = ["tier", "rank", "code", "title", "match_score"]
    rows = [[getattr(item, c) for c in columns] for item in result.listed()]
    folder = services.paths.root / "exports"
    folder.mkdir()
    for file_format in ("csv", "json", "xlsx"):
        table = Table("recommendations", "Self-test recommendations", columns, rows)
        written = write_table(table, folder / f"recommendations.{file_format}", file_format)
        assert written == len(rows), f"{file_format}: {written} of {len(rows)} rows written"
    lines = (folder / "recommendations.csv").read_text("utf-8").splitlines()
    assert len(lines) == len(rows) + 1, f"the CSV has {len(lines)} lines for {len(rows)} rows"
    return f"{len(rows)} rows as CSV, JSON and XLSX"


def check_pandas(services: Any) -> str:
    import pandas as pd

    from desktop.services import catalog

    frame = pd.DataFrame(catalog.search(services, "", limit=1000))
    back = pd.read_csv(io.StringIO(frame.to_csv(index=False)), dtype=str)
    assert back["code"].tolist() == frame["code"].tolist(), "CSV round trip changed the codes"
    assert pd.read_json(io.StringIO(frame.to_json(orient="records"))).shape == frame.shape
    return f"{len(frame)} rows through CSV and JSON"


def check_sklearn(services: Any) -> str:
    import numpy as np
    from sklearn.neighbors import NearestNeighbors

    from desktop.services.profiles import profiles

    matrix = profiles(services)
    levels = np.nan_to_num(matrix.level)
    row = matrix.row(SOFTWARE_DEVELOPERS)
    assert row is not None, f"{SOFTWARE_DEVELOPERS} is missing from the release"
    _, nearest = NearestNeighbors(n_neighbors=2).fit(levels).kneighbors(levels[row:row + 1])
    found = matrix.titles[nearest[0][1]]
    assert found == "Computer Programmers", f"nearest to Software Developers: {found}"
    return f"nearest to {matrix.titles[row]}: {found}"


def check_sqlmodel(services: Any) -> str:
    count, first = services.cache.orm_check()
    assert count and first is not None, "no Occupation rows through the ORM"
    return f"{count} Occupation rows, first {first}"


def check_httpx(services: Any) -> str:
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"path": request.url.path})

    with httpx.Client(transport=httpx.MockTransport(handler), base_url="https://example.test") as c:
        body = c.get("/ws/online/occupations").json()
    assert body == {"path": "/ws/online/occupations"}, body
    return "MockTransport round trip"


def check_pymongo(services: Any) -> str:
    import bson
    from pymongo import MongoClient

    client: Any = MongoClient("mongodb://127.0.0.1:9/?directConnection=true", connect=False)
    client.close()
    document = {"skill": "Active Listening", "level": 4}
    assert bson.decode(bson.encode(document)) == document, "BSON round trip failed"
    return "client (not connected) and BSON round trip"


# The OS keychain backend each shipped platform must find (a frozen build can lose them).
KEYCHAIN_BACKENDS = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}


class Unavailable(Exception):
    """Not a fault of the installation (no OS keychain on this Linux): reported, not failed."""


def check_keyring(services: Any) -> str:
    import keyring
    from keyring.backend import get_all_keyring

    from desktop.services import secrets

    expected = KEYCHAIN_BACKENDS.get(sys.platform)
    found = {type(backend).__module__ for backend in get_all_keyring()}
    assert expected is None or expected in found, f"{expected} missing; found {sorted(found)}"
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if not secrets.available():
        assert expected is None, f"no usable keychain (backend {name})"
        raise Unavailable(f"no OS keychain here (backend {name}): credentials are used for "
                          "one session only")
    return f"backend {name}"


def check_window(services: Any) -> str:
    """The real main window, offscreen: paints, opens its own data, builds every page.

    Pages load lazily (importlib), so this is where a frozen build missing a module fails.
    An error a page would show in a dialog fails the check instead of blocking it.
    """
    from PySide6.QtGui import QFontDatabase

    from desktop.ui import dialogs
    from desktop.ui.application import make_app
    from desktop.ui.main_window import PAGES, MainWindow

    app = make_app()
    _qt_messages_to_log()
    assert QFontDatabase.families(), "Qt found no fonts: every glyph would be a box"
    errors: list[str] = []
    show_error, excepthook = dialogs.show_error, sys.excepthook
    dialogs.show_error = lambda parent, title, message: errors.append(f"{title}: {message}")
    sys.excepthook = lambda kind, error, _trace: errors.append(f"{kind.__name__}: {error}")
    window = MainWindow(str(services.paths.root))
    try:
        window.show()
        _wait_until(app, lambda: window.services is not None or errors)
        assert window.services is not None, f"the window did not open its data: {errors}"
        image = window.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 2, "the window painted blank"
        for index, (title, _, _) in enumerate(PAGES):
            window.page(index)  # builds it here, so an import error surfaces here
            window.page_list.setCurrentRow(index)
            _wait_until(app, lambda: not window.bridge.busy)
            assert not errors, f"page {title!r}: {errors}"
        return f"{app.platformName()}, {len(PAGES)} pages: {', '.join(t for t, _, _ in PAGES)}"
    finally:
        window.close()
        app.processEvents()
        dialogs.show_error, sys.excepthook = show_error, excepthook


def _qt_messages_to_log() -> None:
    """Qt's warnings (e.g. what the offscreen platform does not support) go to the log."""
    import logging

    from PySide6.QtCore import qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    qInstallMessageHandler(lambda _kind, _context, message: qt_log.debug("%s", message))


def _wait_until(app: Any, done: Callable[[], object]) -> None:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def check_charts(services: Any) -> str:
    import pyqtgraph as pg
    from pyqtgraph.exporters import ImageExporter

    from desktop.ui.application import make_app

    make_app()
    plot = pg.PlotWidget()
    plot.plot([1, 2, 3, 4], [2, 1, 3, 2])
    target = services.paths.root / "chart.png"
    ImageExporter(plot.plotItem).export(str(target))
    plot.deleteLater()
    assert target.stat().st_size > 0, "the chart PNG is empty"
    return f"{target.name}, {target.stat().st_size} bytes"


def check_spanish(services: Any) -> str:
    """The Spanish catalogue and Qt's own load and translate, with Argentine number formats."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop.ui import i18n
    from desktop.ui.application import make_app

    app = make_app()
    previous = QLocale()
    installed = i18n.install(app, i18n.SPANISH)
    try:
        assert len(installed) == 2, f"{len(installed)} of 2 catalogues loaded from " \
            f"{i18n.catalogue_dir()} and Qt's translations"
        ours = QCoreApplication.translate("MainWindow", "Occupations")
        qts = QCoreApplication.translate("QPlatformTheme", "Cancel")
        assert (ours, qts) == ("Ocupaciones", "Cancelar"), f"translated as {ours!r}, {qts!r}"
        assert i18n.number(3.5) == "3,5", f"3.5 formatted as {i18n.number(3.5)!r}"
        return f"{ours}, {qts}, {i18n.number(3.5)}, {i18n.date('2026-11-26')}"
    finally:
        i18n.uninstall(app, installed, previous)


CHECKS: list[tuple[str, Check]] = [
    ("demo data", check_data),
    ("search", check_search),
    ("recommend", check_recommend),
    ("export", check_export),
    ("pandas", check_pandas),
    ("scikit-learn", check_sklearn),
    ("sqlmodel", check_sqlmodel),
    ("httpx", check_httpx),
    ("pymongo", check_pymongo),
    ("keyring", check_keyring),
    ("main window", check_window),
    ("pyqtgraph", check_charts),
    ("spanish", check_spanish),
]


def run_self_test() -> int:
    from desktop.services.context import open_services

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window flashes up
    if isinstance(sys.stdout, io.TextIOWrapper):  # a Windows console may lack "—" and "→"
        sys.stdout.reconfigure(errors="backslashreplace")
    kind = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"self-test: {APP_NAME} {__version__} ({kind}), Python {sys.version.split()[0]}",
          flush=True)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="skillnav-selftest-",
                                     ignore_cleanup_errors=True) as folder:
        services = open_services(Path(folder))
        try:
            for name, check in CHECKS:
                failures += not _run(name, check, services)
        finally:
            services.close()
    if failures:
        print(f"{FAILED_MARKER} ({failures} of {len(CHECKS)} checks)", flush=True)
        return 1
    print(OK_MARKER, flush=True)
    return 0


def _run(name: str, check: Check, services: Any) -> bool:
    started = time.perf_counter()
    try:
        detail = check(services)
    except Unavailable as exc:
        print(f"self-test: {name}: unavailable ({exc})", flush=True)
        return True
    except Exception as exc:
        print(f"self-test: {name}: FAILED: {type(exc).__name__}: {exc}", flush=True)
        traceback.print_exc(file=sys.stderr)
        return False
    print(f"self-test: {name}: ok in {time.perf_counter() - started:.2f} s ({detail})",
          flush=True)
    return True
