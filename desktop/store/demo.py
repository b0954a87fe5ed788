"""The built-in demo dataset (resources/demo/demo.json): a few occupations, not O*NET data."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.paths import resources_dir
from desktop.store.onet_import import create_onet_schema
from desktop.store.onet_tables import ONET_INDEXES

DEMO_FILE = "demo/demo.json"


def build_demo_cache(target: Path, demo_file: Path | None = None) -> None:
    document = json.loads((demo_file or resources_dir() / DEMO_FILE).read_text("utf-8"))
    target.unlink(missing_ok=True)
    with sqlite3.connect(target) as db:
        create_onet_schema(db)
        for table, content in document["tables"].items():
            columns = content["columns"]
            marks = ", ".join("?" * len(columns))
            db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                           content["rows"])
        meta = dict(document["meta"], imported_at=datetime.now(UTC).isoformat(timespec="seconds"))
        db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        for statement in ONET_INDEXES:
            db.execute(statement)
        db.execute("PRAGMA journal_mode=WAL")
    db.close()
