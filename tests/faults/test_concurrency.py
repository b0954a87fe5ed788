"""Work on one data folder from several processes: an import during a Compass sync (against
the test MongoDB server), two imports at once. One runs; the other is told who is busy."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from tests.faults.conftest import REPO, one_line_error
from tests.fixtures.compass_docs import insert_compass

SESSIONS = 800


def start(data, *args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop", *args, "--data-dir", str(data)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_holder(data, what: str, process: subprocess.Popen) -> str:
    lock = data / "skillnav.lock"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if lock.exists() and what in (text := lock.read_text()):
            return text
        time.sleep(0.01)
    raise AssertionError(f"{what} never held the lock: {process.communicate()}")


def count(data, table: str) -> int:
    import sqlite3

    with sqlite3.connect(data / "cache.sqlite") as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_an_import_during_a_compass_sync_is_refused_and_nothing_is_lost(
        cli, imported, mongo_db, mongo_uri, release_dir):
    insert_compass(mongo_db, SESSIONS)
    sync = start(imported, "sync", "compass", "--uri", mongo_uri, "--db", mongo_db.name,
                 "--json")
    holder = wait_for_holder(imported, "compass sync", sync)
    error = one_line_error(cli("import-onet", str(release_dir)), 6)
    out, err = sync.communicate(timeout=300)
    assert sync.returncode == 0, err
    assert f"busy: {holder}" in error
    summary = json.loads(out)
    assert summary["added"] == SESSIONS == count(imported, "compass_session")
    status = cli("sync", "compass", "--uri", mongo_uri, "--db", mongo_db.name, "--json")
    assert json.loads(status.out)["added"] == 0  # the rerun finds nothing missing
    import sqlite3

    with sqlite3.connect(imported / "cache.sqlite") as db:
        assert db.execute("SELECT status FROM sync_state WHERE source = 'compass'"
                          ).fetchone()[0] == "ok"


def test_two_imports_at_once_one_runs_the_other_is_told(cli, imported, release_dir):
    first = start(imported, "import-onet", str(release_dir), "--json")
    holder = wait_for_holder(imported, "O*NET import", first)
    error = one_line_error(cli("import-onet", str(release_dir)), 6)
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert f"busy: {holder}" in error and "try again when it has finished" in error
    assert json.loads(out)["release"] == "30.1"
    assert "release: 30.1" in cli("info").out
    assert not (imported / "cache.sqlite.importing").exists()
