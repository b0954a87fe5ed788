"""The casework store: versioned schema, backup before migrating, never silently downgraded."""

import sqlite3

import pytest

from desktop.domain.errors import BadInput
from desktop.store import casework
from desktop.store.casework import CaseworkStore


def test_a_new_store_is_at_the_latest_version_with_a_salt(tmp_path):
    store = CaseworkStore(tmp_path / "casework.sqlite", tmp_path / "backups")
    assert store.schema_version == len(casework.MIGRATIONS)
    assert len(store.install_salt()) == 64
    assert not (tmp_path / "backups").exists()  # nothing to back up on a first start
    store.close()


def test_the_salt_is_stable_across_openings(tmp_path):
    first = CaseworkStore(tmp_path / "c.sqlite", tmp_path / "b")
    salt = first.install_salt()
    first.close()
    assert CaseworkStore(tmp_path / "c.sqlite", tmp_path / "b").install_salt() == salt


def test_migrating_an_existing_file_backs_it_up_first(tmp_path, monkeypatch):
    path = tmp_path / "casework.sqlite"
    store = CaseworkStore(path, tmp_path / "backups")
    with store.write() as db:
        db.exec_driver_sql("INSERT INTO meta VALUES ('note', 'precious')")
    store.close()

    def add_notes_table(db):
        db.exec_driver_sql("CREATE TABLE later (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(casework, "MIGRATIONS", [*casework.MIGRATIONS, add_notes_table])
    migrated = CaseworkStore(path, tmp_path / "backups")
    assert migrated.schema_version == len(casework.MIGRATIONS)
    (backup,) = (tmp_path / "backups").glob("*-before-v*.sqlite")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT value FROM meta WHERE key = 'note'").fetchone() == ("precious",)
        assert copy.execute("PRAGMA user_version").fetchone()[0] == len(casework.MIGRATIONS) - 1
    migrated.close()


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "casework.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 999")
    with pytest.raises(BadInput, match="newer Skill Navigator"):
        CaseworkStore(path, tmp_path / "b").engine  # noqa: B018
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 999
