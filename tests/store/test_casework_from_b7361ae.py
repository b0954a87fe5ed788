"""A casework file written by the code before the typed store (commit b7361ae, schema 4; see
data/README.md) opens, migrates after a backup, and keeps every row; the services read it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store import action_plans, clients, recommendation_log
from desktop.store.casework import MIGRATIONS, CaseworkStore

OLD = Path(__file__).parent / "data" / "casework-b7361ae.sqlite"


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table the old file has (its columns only), in a stable order."""
    with sqlite3.connect(OLD) as old:
        columns = {t: [c[1] for c in old.execute(f"PRAGMA table_info({t})")] for (t,) in
                   old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    old.close()
    with sqlite3.connect(path) as db:
        found = {t: sorted(db.execute(f"SELECT {', '.join(c)} FROM {t}").fetchall(), key=repr)
                 for t, c in columns.items()}
    db.close()
    return found


@pytest.fixture
def migrated(tmp_path: Path):
    folder = tmp_path / "Datos del orientador"  # spaces and non-ASCII in the path
    folder.mkdir()
    path = folder / "casework.sqlite"
    shutil.copyfile(OLD, path)
    store = CaseworkStore(path, folder / "backups")
    yield store
    store.close()


def test_the_old_file_is_backed_up_then_migrated_and_loses_nothing(migrated):
    before = rows(OLD)
    assert migrated.schema_version == len(MIGRATIONS) > 4
    (backup,) = migrated.backups.glob(f"casework-*-before-v{len(MIGRATIONS)}.sqlite")
    assert rows(backup) == before
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 4
    copy.close()
    assert rows(migrated.path) == before
    assert {table: len(found) for table, found in before.items()} == {
        "client": 3, "feedback": 80, "meta": 1, "model_registry": 1,
        "rating": 70, "rating_change": 72, "recommendation_event": 2,
        "recommended_item": 120, "scenario": 1, "shortlist": 2}


def test_the_store_reads_the_old_casework_as_records(migrated):
    retail, nurse, cook = clients.find(migrated, include_archived=True, query="")[::1]
    assert (retail.label, retail.notes) == ("R-101 vendedora",
                                            "Prefiere turnos de mañana; señalética ✓")
    assert (retail.education, retail.experience_years) == (3, 4.5)
    assert nurse.archived and not cook.archived
    assert len(clients.ratings(migrated, retail.id)) == 35
    assert clients.ratings(migrated, retail.id)["2.B.3.e"] == 4
    assert [t.code for t in action_plans.shortlist(migrated, retail.id)] == [
        "41-4012.00", "43-4051.00"]
    kept = action_plans.kept_scenario(migrated, retail.id)
    assert kept is not None and (kept.label, kept.changes) == ("after an Excel course",
                                                               {"2.B.3.e": 2})
    (model,) = recommendation_log.models(migrated)
    assert model.samples == 50 and not model.is_active
    assert len(recommendation_log.outcomes(migrated)) == 80


def test_writing_to_the_old_file_undoes_its_last_change_and_bumps_the_counter(migrated):
    retail = clients.find(migrated, include_archived=False, query="vendedora")[0]
    counter = migrated.change_counter()
    assert clients.undo_last_change(migrated, retail.id, "2026-11-26T20:00:00+00:00")
    assert clients.ratings(migrated, retail.id)["2.B.3.e"] != 4  # back to the prefill
    assert migrated.change_counter() == counter + 1
