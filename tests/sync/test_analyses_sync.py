"""CV analyses sync against the real test server: raw documents, derived metrics, errors."""

from __future__ import annotations

import json

import pytest
from bson import json_util

from desktop.services.sync import MongoTarget, sync_analyses
from desktop.sync.analyses import metrics, recommendation_for
from tests.fixtures.compass_docs import analysis

pytestmark = pytest.mark.mongo


def rows(services) -> dict[str, dict]:
    with services.cache.read() as db:
        result = db.exec_driver_sql("SELECT * FROM cv_analysis")
        return {r.id: dict(r._mapping) for r in result}


def test_defective_metrics_are_derived_and_marked(services, mongo_db, mongo_uri):
    docs = [analysis(i) for i in range(30)]
    mongo_db.cv_analyses.insert_many(docs)
    summary = sync_analyses(services, MongoTarget(mongo_uri, mongo_db.name))
    assert (summary.added, summary.skipped) == (30, 0)
    stored = rows(services)
    first = stored[str(docs[1]["_id"])]  # the upstream defect: nulls and zeros
    result = docs[1]["analysis_results"]["analysis"]
    assert first["likelihood"] == result["likelihood"]
    assert first["overall_score"] == result["cv_feedback"]["score"] * 10
    assert first["recommendation"] == recommendation_for(result["likelihood"])
    assert first["strengths_count"] == len(result["strengths"])
    assert first["weaknesses_count"] == len(result["cv_feedback"]["weaknesses"])
    assert first["evidence_gaps_count"] == len(result["gaps"])
    assert set(json.loads(first["derived"])) == {
        "likelihood", "overall_score", "recommendation", "strengths_count",
        "weaknesses_count", "evidence_gaps_count"}
    # stored top-level metrics are kept as they are, nothing derived
    guide = stored[str(docs[3]["_id"])]
    assert (guide["overall_score"], guide["recommendation"], guide["strengths_count"]) == (
        85, "strong", 12)
    assert json.loads(guide["derived"]) == []
    # the raw document is kept whole, as Extended JSON
    assert json_util.loads(first["raw_json"])["analysis_results"] == docs[1]["analysis_results"]


def test_error_records_keep_their_message(services, mongo_db, mongo_uri):
    mongo_db.cv_analyses.insert_many([analysis(i) for i in range(10)])
    sync_analyses(services, MongoTarget(mongo_uri, mongo_db.name))
    errors = [r for r in rows(services).values() if r["processing_status"] == "error"]
    assert sorted(r["error_message"] for r in errors) == ["LLM timeout #4", "LLM timeout #9"]
    assert all(r["likelihood"] is None and r["derived"] == "[]" for r in errors)


def test_older_results_without_cv_feedback_derive_what_they_can():
    values, derived = metrics(analysis(6))  # i % 7 == 6: no cv_feedback
    assert values["overall_score"] is None
    assert "overall_score" not in derived and "likelihood" in derived


def test_failed_llm_analysis_is_not_scored():
    doc = analysis(0)
    doc["analysis_results"]["analysis"] = {"error": "rate limited", "likelihood": 0.0,
                                           "gaps": [{"type": "analysis_error"}]}
    values, derived = metrics(doc)
    assert derived == [] and values["recommendation"] is None


@pytest.mark.parametrize(("likelihood", "expected"), [
    (0.0, "weak"), (0.39, "weak"), (0.4, "moderate"), (0.69, "moderate"), (0.7, "strong"),
    (1.0, "strong")])
def test_recommendation_cut_offs(likelihood, expected):
    assert recommendation_for(likelihood) == expected


def test_incremental_then_full_resync_removes_deleted(services, mongo_db, mongo_uri):
    docs = [analysis(i) for i in range(12)]
    mongo_db.cv_analyses.insert_many(docs)
    source = MongoTarget(mongo_uri, mongo_db.name)
    sync_analyses(services, source)
    mongo_db.cv_analyses.insert_one(analysis(50))
    mongo_db.cv_analyses.update_one({"_id": docs[0]["_id"]}, {"$set": {"likelihood": 0.9}})
    changed = sync_analyses(services, source)
    assert (changed.added, changed.updated, changed.deleted) == (1, 1, 0)
    assert rows(services)[str(docs[0]["_id"])]["likelihood"] == 0.9
    mongo_db.cv_analyses.delete_many({"_id": {"$in": [d["_id"] for d in docs[:3]]}})
    full = sync_analyses(services, source, full=True)
    assert (full.added, full.updated, full.deleted) == (0, 0, 3)
    assert len(rows(services)) == 10


def test_malformed_analysis_is_skipped_with_its_id(services, mongo_db, mongo_uri):
    bad = {**analysis(1), "analysis_results": "not an object"}
    mongo_db.cv_analyses.insert_many([analysis(0), bad])
    summary = sync_analyses(services, MongoTarget(mongo_uri, mongo_db.name))
    assert (summary.added, summary.skipped) == (1, 1)
    assert summary.skipped_ids == [str(bad["_id"])]
