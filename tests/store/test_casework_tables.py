"""The casework schema: its migrations, their SQLModel mirror, and isolation from the cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlmodel import SQLModel

from desktop.store import casework_tables  # noqa: F401  (registers the tables)
from desktop.store.casework import MIGRATIONS, CaseworkStore

CASEWORK_TABLES = {"client", "rating", "rating_change", "recommendation_event",
                   "recommended_item", "feedback", "model_registry", "shortlist", "scenario"}


def _v1_file(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('install_salt', 'abc')")
        db.execute("PRAGMA user_version = 1")
    db.close()


def test_a_v1_file_migrates_to_the_latest_after_a_backup(tmp_path: Path) -> None:
    path, backups = tmp_path / "casework.sqlite", tmp_path / "backups"
    _v1_file(path)
    store = CaseworkStore(path, backups)
    assert store.schema_version == len(MIGRATIONS)
    saved = list(backups.glob(f"casework-*-before-v{len(MIGRATIONS)}.sqlite"))
    assert len(saved) == 1
    with sqlite3.connect(saved[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT value FROM meta").fetchone()[0] == "abc"
    assert store.install_salt() == "abc"
    store.close()


def _file_at(path: Path, version: int, *statements: str) -> None:
    """A casework file as an older release wrote it: the first ``version`` migrations, then
    ``statements`` (its data)."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    for migration in MIGRATIONS[:version]:
        with engine.begin() as connection:
            migration(connection)
    engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {version}")
        for statement in statements:
            db.execute(statement)
    db.close()


def test_a_v3_client_keeps_everything_and_gets_empty_background_fields(tmp_path: Path) -> None:
    path = tmp_path / "casework.sqlite"
    _file_at(path, 3, "INSERT INTO client (label, current_code, created_at, updated_at) "
             "VALUES ('Client Ä', '41-2031.00', 'x', 'x')")
    store = CaseworkStore(path, tmp_path / "backups")
    with store.read() as db:
        row = db.exec_driver_sql("SELECT label, current_code, education, experience_years "
                                 "FROM client").one()
    assert tuple(row) == ("Client Ä", "41-2031.00", None, None)
    assert list((tmp_path / "backups").glob(f"casework-*-before-v{len(MIGRATIONS)}.sqlite"))
    store.close()


def test_a_v4_undo_log_is_kept_and_can_log_the_current_occupation(tmp_path: Path) -> None:
    path = tmp_path / "casework.sqlite"
    _file_at(path, 4, "INSERT INTO client (label, current_code, created_at, updated_at) "
             "VALUES ('K-8', '41-2031.00', 'x', 'x')",
             "INSERT INTO rating VALUES (1, '2.A.1.a', 3, 'x')",
             "INSERT INTO rating_change (client_id, batch, element_id, previous, at) "
             "VALUES (1, 1, '2.A.1.a', 1, 'x')")
    store = CaseworkStore(path, tmp_path / "backups")
    with store.read() as db:
        logged = db.exec_driver_sql("SELECT client_id, batch, element_id, previous, "
                                    "previous_code FROM rating_change").one()
    assert tuple(logged) == (1, 1, "2.A.1.a", 1, None)
    (saved,) = (tmp_path / "backups").glob("casework-*-before-v5.sqlite")
    with sqlite3.connect(saved) as copy:
        assert copy.execute("SELECT count(*) FROM rating_change").fetchone()[0] == 1
    copy.close()
    store.close()


def test_a_v2_file_with_a_client_gains_the_action_plan_tables(tmp_path: Path) -> None:
    """A casework file as the release before the shortlist wrote it keeps every client."""
    path, backups = tmp_path / "casework.sqlite", tmp_path / "backups"
    _file_at(path, 2, "INSERT INTO client (label, created_at, updated_at) "
             "VALUES ('K-7', '2026-01-01', '2026-01-01')",
             "INSERT INTO rating VALUES (1, '2.A.1.a', 3, '2026-01-01')")
    store = CaseworkStore(path, backups)
    assert store.schema_version == len(MIGRATIONS)
    with store.read() as db:
        assert db.exec_driver_sql("SELECT label FROM client").scalar_one() == "K-7"
        assert db.exec_driver_sql("SELECT rating FROM rating").scalar_one() == 3
        assert db.exec_driver_sql("SELECT count(*) FROM shortlist").scalar_one() == 0
    (saved,) = backups.glob("casework-*-before-v*.sqlite")
    with sqlite3.connect(saved) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 2
        assert copy.execute("SELECT label FROM client").fetchone()[0] == "K-7"
    copy.close()
    store.close()


def test_the_migrated_schema_matches_the_sqlmodel_classes(tmp_path: Path) -> None:
    store = CaseworkStore(tmp_path / "casework.sqlite", tmp_path / "backups")
    declared = {t.name: t for t in SQLModel.metadata.sorted_tables
                if t.info.get("store") == "casework"}
    assert set(declared) == CASEWORK_TABLES
    with store.read() as db:
        for name, table in declared.items():
            info = db.exec_driver_sql(f"PRAGMA table_info({name})").all()
            assert {row[1] for row in info} == {c.name for c in table.columns}, name
            assert {row[1] for row in info if row[5]} == {c.name for c in table.primary_key}
            required = {row[1] for row in info if row[3] and not row[5]}
            assert required == {c.name for c in table.columns
                                if not c.nullable and not c.primary_key}, name
    store.close()


def test_the_cache_never_creates_casework_tables(services) -> None:
    with services.cache.read() as db:
        tables = {r[0] for r in db.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not tables & CASEWORK_TABLES


def test_an_onet_import_never_touches_casework(release_services, release_dir) -> None:
    from desktop.services import casework, catalog

    client = casework.create_client(release_services, "K-17", current_code="15-1252.00")
    casework.prefill_from_occupation(release_services, client["id"], "15-1252.00")
    before = casework.get_ratings(release_services, client["id"])
    release_services.casework.close()
    stamp = release_services.paths.casework.stat().st_mtime_ns
    catalog.import_release(release_services, release_dir)
    assert release_services.paths.casework.stat().st_mtime_ns == stamp
    assert casework.get_ratings(release_services, client["id"]) == before
