"""The synced tables, declared once as typed rows, and a cache made by an older version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.cache import CacheStore
from desktop.store.sync_tables import TABLES, CompassSession, CvAnalysis


def test_each_table_is_its_row():
    for row, table in TABLES.items():
        assert [c.name for c in table.columns] == list(row._fields)
    assert [c.name for c in TABLES[CvAnalysis].primary_key] == ["id"]
    assert not TABLES[CompassSession].c.session_id.nullable
    assert TABLES[CompassSession].c.user_id.nullable


def test_an_older_cache_gains_the_sync_columns_it_lacks(tmp_path: Path):
    path = tmp_path / "cache.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE compass_session (session_id INTEGER NOT NULL PRIMARY KEY, "
                   "user_id VARCHAR)")
        db.execute("INSERT INTO compass_session VALUES (7, 'u7')")
    db.close()
    store = CacheStore(path)
    try:
        with store.read() as db:
            columns = [r[1] for r in db.exec_driver_sql("PRAGMA table_info(compass_session)")]
            kept = db.exec_driver_sql(
                "SELECT session_id, user_id, legacy, seen_scan FROM compass_session").all()
    finally:
        store.close()
    assert columns == list(CompassSession._fields)
    assert kept == [(7, "u7", None, None)]
