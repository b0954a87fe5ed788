"""From upstream-shaped documents, through the real sync, to the exports and the overview.

The documents come from tests.fixtures.compass_docs (renamed and removed top skills, deleted
and legacy experiences, int32 ids, missing keys) and sit on the MongoDB wire test server.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime

import pytest

from desktop.services import analytics, exports
from desktop.services.sync import MongoTarget, sync_analyses, sync_compass
from tests.fixtures.compass_docs import Generator, analysis, insert_compass, session_id_for

pytestmark = pytest.mark.mongo
SESSIONS = 20


@pytest.fixture
def synced(services, mongo_db, mongo_uri):
    generator = insert_compass(mongo_db, SESSIONS)
    mongo_db.cv_analyses.insert_many([analysis(i) for i in range(20)])
    target = MongoTarget(mongo_uri, mongo_db.name)
    sync_compass(services, target)
    sync_analyses(services, target)
    return services, generator


def rows_by_session(services, tmp_path, source):
    path = tmp_path / f"{source}.csv"
    exports.export_user_skills(services, path, "csv", source=source)
    with open(path, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    grouped: dict[int, list[dict[str, str]]] = {}
    for row in rows:
        grouped.setdefault(int(row["session_id"]), []).append(row)
    return rows, grouped


def top_skills(document, view):
    """The reference selection, straight from a state document."""
    if view == "pipeline":
        return [[s["preferredLabel"] for s in x["experience"]["top_skills"]]
                for x in document["experiences_state"].values() if x["experience"]["top_skills"]]
    explored = document.get("explored_experiences")
    if explored is None:  # legacy: rebuilt from the PROCESSED pipeline experiences
        return [[s["preferredLabel"] for s in x["experience"]["top_skills"]]
                for x in document["experiences_state"].values()
                if x["dive_in_phase"] == "PROCESSED"]
    return [[s["preferredLabel"] for _, s in sorted(x["top_skills"], key=lambda p: p[0])]
            for x in explored if x["top_skills"]]


@pytest.mark.parametrize("source", ["explored", "pipeline"])
def test_user_skills_follow_the_documents(synced, tmp_path, source):
    services, _ = synced
    rows, grouped = rows_by_session(services, tmp_path, source)
    reference = Generator()
    for i in range(SESSIONS):
        document = reference.state(i)
        labels = [[r["skill_preferred_label"] for r in rows if r["experience_uuid"] == uuid]
                  for uuid in dict.fromkeys(r["experience_uuid"]
                                            for r in grouped[session_id_for(i)])]
        assert labels == top_skills(document, source), i
        ranks = [int(r["skill_rank"]) for r in grouped[session_id_for(i)]]
        assert all(rank >= 1 for rank in ranks)
    assert [int(r["session_id"]) for r in rows] == sorted(int(r["session_id"]) for r in rows)


def test_edits_and_deletions_differ_between_the_sources(synced, tmp_path):
    services, _ = synced
    _, explored = rows_by_session(services, tmp_path, "explored")
    _, pipeline = rows_by_session(services, tmp_path, "pipeline")
    renamed = session_id_for(7)  # first top skill renamed, second removed
    assert explored[renamed][0]["skill_preferred_label"] == "renamed by the user"
    assert "renamed by the user" not in {r["skill_preferred_label"] for r in pipeline[renamed]}
    assert len(explored[renamed]) == len(pipeline[renamed]) - 1
    deleted = session_id_for(5)  # last experience deleted by the user
    assert (len({r["experience_uuid"] for r in explored[deleted]}),
            len({r["experience_uuid"] for r in pipeline[deleted]})) == (1, 2)


def test_json_counts_distinct_users(synced, tmp_path):
    services, _ = synced
    path = tmp_path / "skills.json"
    exports.export_user_skills(services, path, "json")
    document = json.loads(path.read_text("utf-8"))
    assert (document["total_sessions"], document["total_users"]) == (20, 10)  # 2 per user
    stamps = {s["session_id"]: s["session_timestamp"] for s in document["data"]}
    assert stamps[session_id_for(0)] is None  # agent state without conversation time
    assert stamps[session_id_for(1)] == "2025-11-03T14:23:36.500Z"  # 14:21:55 + 1 min 41.5 s


def test_overview_of_synced_analyses(synced):
    services, _ = synced
    figures = analytics.overview(services, now=datetime(2025, 12, 3, 19, 0, tzinfo=UTC))
    # i % 5 == 4 are errors: 4, 9, 14, 19
    assert (figures.total_analyses, figures.completed, figures.errors) == (20, 16, 4)
    assert figures.success_rate == 80.0
    # scores: cv_feedback.score × 10 (none when i % 7 == 6), 85 stored when i % 5 == 3
    assert [(f.field, f.count, f.avg_score, f.scored) for f in figures.by_field] == [
        ("digital_technology", 6, 44.0, 5),  # 0 85 – 10 40 85
        ("arts_culture", 5, 63.0, 5),  # 10 70 100 85 50
        ("science_research", 5, 43.0, 5)]  # 20 50 85 0 60
    assert figures.scored == 15  # of 16 completed
    assert all(f.avg_likelihood is not None for f in figures.by_field)
    assert sum(r.count for r in figures.by_recommendation) == 16
    assert "unrated" not in {r.recommendation for r in figures.by_recommendation}
    assert figures.recent_30_days == 15  # created at or after 2025-11-03 19:00: i >= 5
