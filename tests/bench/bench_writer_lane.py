"""Benchmark: a casework write through the writer lane vs the same write by a bare sqlite3
connection (the floor), and the change-counter read vs a bare sqlite3 SELECT of it.

    python -m tests.bench.bench_writer_lane [--repeats 2000]

One rating change of one client (the casework store's ``change_ratings``: undo log, rating,
client stamp, counter bump) against the same statements through sqlite3 with WAL and
``synchronous=NORMAL``: the difference is SQLAlchemy's per-statement cost, the writer lock and
the records. Targets: a write ≤ 1 ms (a counsellor's click); ``change_counter()`` ≤ 20 µs.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from desktop.store import clients
from desktop.store.casework import CaseworkStore
from tests.bench.common import median_seconds

STAMP = "2026-11-26T20:00:00+00:00"


def bare_write(db: sqlite3.Connection, client_id: int, rating: int) -> None:
    """What ``change_ratings`` reads and writes for one changed rating, without the store."""
    with db:
        db.execute("SELECT * FROM client WHERE id = ?", (client_id,)).fetchone()
        db.execute("SELECT element_id, rating FROM rating WHERE client_id = ?",
                   (client_id,)).fetchall()
        batch = db.execute("SELECT coalesce(max(batch), 0) + 1 FROM rating_change "
                           "WHERE client_id = ?", (client_id,)).fetchone()[0]
        db.execute("INSERT INTO rating_change (client_id, batch, element_id, previous, at) "
                   "VALUES (?, ?, '2.A.1.a', NULL, ?)", (client_id, batch, STAMP))
        db.execute("DELETE FROM rating WHERE client_id = ? AND element_id = '2.A.1.a'",
                   (client_id,))
        db.execute("INSERT INTO rating VALUES (?, '2.A.1.a', ?, ?)", (client_id, rating, STAMP))
        db.execute("UPDATE client SET updated_at = ? WHERE id = ?", (STAMP, client_id))
        db.execute("UPDATE store_change SET counter = counter + 1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=2000)
    repeats = parser.parse_args().repeats
    folder = Path(tempfile.mkdtemp(prefix="bench lane "))
    store = CaseworkStore(folder / "casework.sqlite", folder / "backups")
    ours = clients.create(store, {"label": "B-1"}, STAMP).id
    floor = clients.create(store, {"label": "B-2"}, STAMP).id
    flip = iter(range(10**9))
    with closing(sqlite3.connect(store.path, isolation_level="IMMEDIATE")) as db:
        db.execute("PRAGMA synchronous=NORMAL")
        lane = median_seconds(lambda: clients.change_ratings(
            store, ours, {"2.A.1.a": next(flip) % 5}, STAMP), repeats)
        bare = median_seconds(lambda: bare_write(db, floor, next(flip) % 5), repeats)
        counter = median_seconds(store.change_counter, repeats)
        select = median_seconds(
            lambda: db.execute("SELECT counter FROM store_change").fetchone(), repeats)
    store.close()
    print(f"\nOne rating change ({repeats} runs, medians)")
    print(f"  writer lane (change_ratings)   {lane * 1e6:8.1f} µs")
    print(f"  bare sqlite3, same statements  {bare * 1e6:8.1f} µs   ratio {lane / bare:.2f} x "
          "(target: the lane ≤ 1000 µs)")
    print(f"\nChange counter read ({repeats} runs, medians)")
    print(f"  store.change_counter()         {counter * 1e6:8.1f} µs   (target ≤ 20 µs)")
    print(f"  bare sqlite3 SELECT            {select * 1e6:8.1f} µs   ratio "
          f"{counter / select:.2f} x")


if __name__ == "__main__":
    main()
