"""Compass sync against a real MongoDB wire-protocol server: counts, views, increments."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.services.sync import MongoTarget, sync_compass
from tests.fixtures.compass_docs import (
    ESCO,
    PERSON_SESSIONS,
    Generator,
    insert_compass,
    insert_person,
    malformed_states,
    person_documents,
    session_id_for,
    taxonomy_docs,
)

pytestmark = pytest.mark.mongo


def target(db: Any, **extra: Any) -> MongoTarget:
    uri = db.client.topology_description.server_descriptions()
    host, port = next(iter(uri))
    return MongoTarget(f"mongodb://{host}:{port}/?directConnection=true", db.name, **extra)


def scalar(services: Any, sql: str, *params: Any) -> Any:
    with services.cache.read() as db:
        return db.exec_driver_sql(sql, params).scalar()


def view_count(services: Any, table: str, view: str) -> int:
    return scalar(services, f"SELECT count(*) FROM {table} WHERE view = ?", view)


def test_first_sync_stores_both_views_with_exact_counts(services, mongo_db):
    generator = insert_compass(mongo_db, 40)
    summary = sync_compass(services, target(mongo_db))
    e = generator.expected
    assert (summary.added, summary.updated, summary.deleted, summary.skipped) == (
        40, 0, 0, 0)
    assert scalar(services, "SELECT count(*) FROM compass_session") == 40
    for view in ("pipeline", "explored", "deleted"):
        assert view_count(services, "compass_experience", view) == e[f"{view}_experiences"]
        assert view_count(services, "compass_skill", view) == e[f"{view}_skills"]
    assert scalar(services, "SELECT count(*) FROM compass_session WHERE legacy") == e[
        "legacy_sessions"]


def test_session_fields_users_and_last_message_time(services, mongo_db):
    insert_compass(mongo_db, 12)
    sync_compass(services, target(mongo_db))
    with services.cache.read() as db:
        row = db.exec_driver_sql(
            "SELECT user_id, user_created_at, session_timestamp, current_phase, country "
            "FROM compass_session WHERE session_id = ?", (session_id_for(3),)).one()
        int32 = db.exec_driver_sql("SELECT count(*) FROM compass_session WHERE session_id = ?",
                                   (session_id_for(2),)).scalar()
        missing = db.exec_driver_sql(
            "SELECT country, session_timestamp FROM compass_session WHERE session_id = ?",
            (session_id_for(0),)).one()
    # session 3 belongs to user 1 (sessions 3 and 2, newest first)
    assert tuple(row) == ("uid000000000000000000000001", "2025-11-03T14:22:55.000Z",
                          "2025-11-03T14:25:36.500Z", "COUNSELING", "ARGENTINA")
    assert int32 == 1
    assert missing[1] is None  # agent document without conversation_conducted_at


def test_explored_view_ranks_by_order_index_with_user_edits(services, mongo_db):
    insert_compass(mongo_db, 10)
    sync_compass(services, target(mongo_db))
    with services.cache.read() as db:
        renamed = db.exec_driver_sql(
            "SELECT rank, order_index, preferred_label FROM compass_skill WHERE session_id = ? "
            "AND view = 'explored' AND kind = 'top' AND experience_uuid = ("
            "  SELECT experience_uuid FROM compass_experience WHERE session_id = ? "
            "  AND view = 'explored' AND position = 0) ORDER BY rank",
            (session_id_for(7), session_id_for(7))).all()
        legacy = db.exec_driver_sql(
            "SELECT kind, rank, order_index FROM compass_skill WHERE session_id = ? "
            "AND view = 'explored' ORDER BY kind DESC, rank", (session_id_for(3),)).all()
        pipeline_ranks = db.exec_driver_sql(
            "SELECT rank, order_index FROM compass_skill WHERE session_id = ? AND "
            "view = 'pipeline' AND kind = 'top' AND experience_uuid = ("
            "  SELECT experience_uuid FROM compass_experience WHERE session_id = ? "
            "  AND view = 'pipeline' AND position = 0) ORDER BY rank",
            (session_id_for(1), session_id_for(1))).all()
    # removed skill (orderIndex 1) leaves a gap; ranks stay dense; the rename shows
    assert [(r[0], r[1]) for r in renamed] == [(1, 0), (2, 2), (3, 3), (4, 4)]
    assert renamed[0][2] == "renamed by the user"
    # legacy: rebuilt from the PROCESSED experience: top 0..4, remaining from 5
    assert [tuple(r) for r in legacy] == [("top", k + 1, k) for k in range(5)] + [
        ("remaining", k + 1, 5 + k) for k in range(3)]
    assert [tuple(r) for r in pipeline_ranks] == [(k + 1, None) for k in range(5)]


def test_missing_keys_are_kept_not_skipped(services, mongo_db):
    insert_compass(mongo_db, 5)  # session 4 has missing keys
    summary = sync_compass(services, target(mongo_db))
    assert summary.skipped == 0
    with services.cache.read() as db:
        titles = db.exec_driver_sql(
            "SELECT DISTINCT title FROM compass_experience WHERE session_id = ?",
            (session_id_for(4),)).scalars().all()
        no_uuid = db.exec_driver_sql(
            "SELECT count(*) FROM compass_skill WHERE session_id = ? AND skill_uuid = ''",
            (session_id_for(4),)).scalar()
        country = db.exec_driver_sql("SELECT country FROM compass_session WHERE session_id = ?",
                                     (session_id_for(4),)).scalar()
    assert titles == [""]
    assert no_uuid == 2 * 2  # first top skill of both experiences, pipeline + explored
    assert country == "UNSPECIFIED"


def test_malformed_documents_are_skipped_with_their_ids(services, mongo_db):
    insert_compass(mongo_db, 6)
    bad = malformed_states()
    mongo_db.explore_experiences_director_state.insert_many(bad)
    summary = sync_compass(services, target(mongo_db))
    assert summary.added == 6
    assert summary.skipped == len(bad)
    assert sorted(summary.skipped_ids) == sorted(str(d["_id"]) for d in bad)
    assert scalar(services, "SELECT count(*) FROM compass_session") == 6


def test_rerun_applies_only_changes_and_full_resync_drops_deleted(services, mongo_db):
    insert_compass(mongo_db, 20)
    sync_compass(services, target(mongo_db))
    again = sync_compass(services, target(mongo_db))
    assert (again.added, again.updated, again.deleted) == (0, 0, 0)

    states = mongo_db.explore_experiences_director_state
    states.update_one({"session_id": session_id_for(1)},
                      {"$set": {"conversation_phase": "COLLECT_EXPERIENCES"}})
    states.insert_one(Generator(seed=5).state(500))
    mongo_db.agent_director_state.update_one({"session_id": session_id_for(6)},
                                             {"$set": {"current_phase": "CHECKOUT"}})
    states.delete_one({"session_id": session_id_for(9)})
    changed = sync_compass(services, target(mongo_db))
    assert (changed.added, changed.updated, changed.deleted) == (1, 2, 1)
    assert scalar(services, "SELECT conversation_phase FROM compass_session WHERE session_id = ?",
                  session_id_for(1)) == "COLLECT_EXPERIENCES"
    assert scalar(services, "SELECT current_phase FROM compass_session WHERE session_id = ?",
                  session_id_for(6)) == "CHECKOUT"

    states.delete_one({"session_id": session_id_for(10)})
    full = sync_compass(services, target(mongo_db), full=True)
    assert full.mode == "full scan"
    assert full.deleted == 1
    assert scalar(services, "SELECT count(*) FROM compass_session") == 19
    assert scalar(services, "SELECT count(*) FROM compass_skill WHERE session_id = ?",
                  session_id_for(10)) == 0


def test_taxonomy_is_deduplicated(services, mongo_db, mongo_uri):
    insert_compass(mongo_db, 2)
    mongo_db.skillsmodelsembeddings.insert_many(taxonomy_docs(20))
    summary = sync_compass(services, target(mongo_db, taxonomy_uri=mongo_uri,
                                            taxonomy_database=mongo_db.name))
    assert summary.taxonomy.added == 20
    assert scalar(services, "SELECT count(*) FROM taxonomy_skill") == 20
    assert scalar(services, "SELECT DISTINCT model_id FROM taxonomy_skill") == (
        "673b3fc9b52651611ad13a80")


def test_user_changes_reach_their_sessions(services, mongo_db):
    insert_compass(mongo_db, 4)
    sync_compass(services, target(mongo_db))
    mongo_db.user_preferences.update_one({"user_id": "uid000000000000000000000001"},
                                         {"$set": {"user_id": "uid-renamed"}})
    changed = sync_compass(services, target(mongo_db))
    assert (changed.mode, changed.updated) == ("changes", 2)  # sessions 3 and 2
    assert scalar(services, "SELECT count(*) FROM compass_session WHERE user_id = ?",
                  "uid-renamed") == 2


def test_without_change_streams_a_hash_scan_finds_changes(services, mongo_db, monkeypatch):
    """A standalone mongod has no change streams: each run rescans, skipping unchanged
    documents by their hash, and still sees deletions."""
    from desktop.sync import changes
    from desktop.sync.sources import CompassSource

    def unavailable(self):
        raise changes.Unavailable("standalone server")

    monkeypatch.setattr(CompassSource, "current_token", unavailable)
    insert_compass(mongo_db, 10)
    sync_compass(services, target(mongo_db))
    states = mongo_db.explore_experiences_director_state
    states.update_one({"session_id": session_id_for(2)}, {"$set": {"country_of_user": "KENYA"}})
    states.delete_one({"session_id": session_id_for(5)})
    rerun = sync_compass(services, target(mongo_db))
    assert rerun.mode == "scan"
    assert (rerun.added, rerun.updated, rerun.deleted, rerun.unchanged) == (
        0, 1, 1, 8)
    assert scalar(services, "SELECT country FROM compass_session WHERE session_id = ?",
                  session_id_for(2)) == "KENYA"


def test_another_database_means_a_new_full_scan(services, mongo_db, mongo_uri):
    insert_compass(mongo_db, 6)
    sync_compass(services, target(mongo_db))
    other = mongo_db.client[mongo_db.name + "_other"]
    try:
        insert_compass(other, 3, seed=9)  # sessions 0-2 again, with other content
        moved = sync_compass(services, target(other))
        assert (moved.mode, moved.added, moved.updated, moved.deleted) == (
            "full scan", 0, 3, 3)
    finally:
        mongo_db.client.drop_database(other.name)


def test_esco_occupations_are_kept_per_experience_and_view(services, mongo_db):
    generator = insert_compass(mongo_db, 30)
    insert_person(mongo_db)
    sync_compass(services, target(mongo_db))
    person = person_documents()
    kept = sum(len(d["explored_experiences"]) for d in person[
        "explore_experiences_director_state"])
    for view, extra in (("pipeline", 8), ("explored", 7), ("deleted", 1)):
        assert view_count(services, "compass_occupation", view) == (
            generator.expected[f"{view}_occupations"] + extra), view
    assert kept == 7
    with services.cache.read() as db:
        row = db.exec_driver_sql(
            "SELECT o.occupation_uuid, o.origin_uuid, o.uuid_history, o.code, o.preferred_label "
            "FROM compass_occupation o JOIN compass_experience e USING (session_id, view, "
            "experience_uuid) WHERE e.title = 'Vendedora en almacén' AND o.view = 'explored' "
            "AND o.session_id = ?", (PERSON_SESSIONS[1],)).one()
    own, origin, history, code, label = row
    assert (origin, code, label) == (ESCO["Vendedora en almacén"][0], "5223.1",
                                     "vendedor/vendedora")
    assert json.loads(history) == [own, origin]


def test_a_cache_synced_before_occupations_were_kept_gets_them_on_the_next_run(
        services, mongo_db, monkeypatch):
    from desktop.sync import compass
    from desktop.sync.sources import CompassSource

    insert_compass(mongo_db, 8)
    monkeypatch.setattr(compass, "LAYOUT", "1")
    monkeypatch.setattr(CompassSource, "layout", "")
    sync_compass(services, target(mongo_db))
    with services.cache.write() as db:  # what the previous version stored: no occupations
        db.exec_driver_sql("DELETE FROM compass_occupation")
    monkeypatch.undo()
    upgraded = sync_compass(services, target(mongo_db))
    assert (upgraded.mode, upgraded.updated) == ("full scan", 8)
    assert view_count(services, "compass_occupation", "pipeline") > 8
    again = sync_compass(services, target(mongo_db))
    assert (again.mode, again.updated) == ("changes", 0)


def test_a_malformed_occupation_list_skips_the_document(services, mongo_db):
    document = Generator(3).state(0)
    next(iter(document["experiences_state"].values()))["experience"]["esco_occupations"] = {}
    mongo_db.explore_experiences_director_state.insert_one(document)
    summary = sync_compass(services, target(mongo_db))
    assert summary.skipped == 1
    assert "esco_occupations is a dict, not an array" in str(summary)
