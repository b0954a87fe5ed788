"""The writer lane of a SQLite store: one writer at a time per file, reads beside it, and a
change counter in the file that every write bumps (seen by other processes too)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store.db import SqliteStore

REPO = Path(__file__).resolve().parents[2]


class CounterStore(SqliteStore):
    def _opened(self, engine) -> None:
        with engine.begin() as db:
            db.exec_driver_sql("CREATE TABLE IF NOT EXISTS tally (n INTEGER NOT NULL)")
            if db.exec_driver_sql("SELECT count(*) FROM tally").scalar_one() == 0:
                db.exec_driver_sql("INSERT INTO tally VALUES (0)")

    def tally(self) -> int:
        with self.read() as db:
            return int(db.exec_driver_sql("SELECT n FROM tally").scalar_one())


@pytest.fixture
def store(tmp_path) -> Iterator[CounterStore]:
    opened = CounterStore(tmp_path / "lane test.sqlite")
    yield opened
    opened.close()


def test_every_write_bumps_the_counter_and_reads_do_not(store):
    start = store.change_counter()
    assert store.tally() == 0 and store.change_counter() == start
    with store.write() as db:
        db.exec_driver_sql("UPDATE tally SET n = 1")
    with store.write() as db:
        db.exec_driver_sql("UPDATE tally SET n = 2")
    assert store.change_counter() == start + 2


def test_a_failed_write_changes_nothing_not_even_the_counter(store):
    start = store.change_counter()
    with pytest.raises(RuntimeError, match="counsellor closed the laptop"), store.write() as db:
        db.exec_driver_sql("UPDATE tally SET n = 5")
        raise RuntimeError("counsellor closed the laptop")
    assert (store.tally(), store.change_counter()) == (0, start)


def test_a_nested_write_joins_the_outer_transaction(store):
    start = store.change_counter()
    with pytest.raises(RuntimeError, match="outer failed"), store.write() as outer:
        with store.write() as inner:
            assert inner is outer
            inner.exec_driver_sql("UPDATE tally SET n = 7")
        raise RuntimeError("outer failed")
    assert (store.tally(), store.change_counter()) == (0, start)
    with store.write() as outer, store.write() as inner:
        inner.exec_driver_sql("UPDATE tally SET n = 8")
    assert (store.tally(), store.change_counter()) == (8, start + 1)


def test_writers_take_turns_so_no_update_is_lost(tmp_path, store):
    """Read-modify-write from four threads and two store objects on the same file."""
    other = CounterStore(tmp_path / "lane test.sqlite")
    errors: list[BaseException] = []

    def add(target: CounterStore) -> None:
        try:
            for _ in range(15):
                with target.write() as db:
                    n = db.exec_driver_sql("SELECT n FROM tally").scalar_one()
                    time.sleep(0.001)  # widen the window another writer would slip into
                    db.exec_driver_sql("UPDATE tally SET n = ?", (n + 1,))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    start = store.change_counter()
    threads = [threading.Thread(target=add, args=(s,)) for s in (store, store, other, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert errors == []
    assert store.tally() == 60 and store.change_counter() == start + 60


def test_reads_go_on_while_a_write_is_open(store):
    writing, release = threading.Event(), threading.Event()

    def slow_write() -> None:
        with store.write() as db:
            db.exec_driver_sql("UPDATE tally SET n = 9")
            writing.set()
            release.wait(10)

    writer = threading.Thread(target=slow_write)
    writer.start()
    assert writing.wait(10)
    began = time.monotonic()
    seen = store.tally()  # the last committed state, without waiting for the writer
    waited = time.monotonic() - began
    release.set()
    writer.join()
    assert seen == 0 and waited < 1
    assert store.tally() == 9


def test_a_write_by_another_process_is_seen(store):
    start = store.change_counter()
    script = ("import sys; from pathlib import Path; from desktop.store.db import SqliteStore\n"
              "s = SqliteStore(Path(sys.argv[1]))\n"
              "with s.write() as db: db.exec_driver_sql('UPDATE tally SET n = 3')\n"
              "s.close()")
    subprocess.run([sys.executable, "-c", script, str(store.path)], cwd=REPO, check=True)
    assert store.change_counter() == start + 1 and store.tally() == 3


def test_a_replaced_file_never_repeats_the_old_counter(tmp_path, store):
    before = store.change_counter()
    store.close()
    store.path.unlink()
    time.sleep(0.001)
    assert store.change_counter() > before  # a new file starts at its creation time (µs)
