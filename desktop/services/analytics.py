"""Analytics from the cache: seed 001's overview (without its defects), Compass figures,
chart data, and the analyses list with one analysis' detail."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.domain import analytics as calc
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.export_formats import plain_json
from desktop.services.context import Services
from desktop.store import analytics as store

RECENT_DAYS = 30
TOP_SKILLS = 15
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
SCORE_BINS = 10  # 0–10, 10–20, … 90–100
LIKELIHOOD_BINS = 10  # 0–0.1, … 0.9–1


def overview(services: Services, now: datetime | None = None) -> dict[str, Any]:
    """Counts, success rate, per-field means and recommendations of the synced analyses.

    Unlike upstream: means come from the derived metrics (never all null), group keys are
    named ("field", "recommendation", not "_id"), and a failure raises instead of zeros.
    """
    since = ((now or datetime.now(UTC)) - timedelta(days=RECENT_DAYS)).isoformat()
    with services.cache.read() as db:
        counts = store.analysis_counts(db, since)
        fields = store.by_field(db)
        recommendations = store.by_recommendation(db)
        compass = store.compass_counts(db)
        skills = store.top_skills(db, TOP_SKILLS)
    return {
        "total_analyses": counts["total"],
        "completed": counts["completed"],
        "errors": counts["errors"],
        "success_rate": calc.success_rate(counts["completed"], counts["total"]),
        "by_field": [{"field": field or calc.UNKNOWN_FIELD, "count": count,
                      "avg_score": calc.rounded(score, 2),
                      "avg_likelihood": calc.rounded(likelihood, 4)}
                     for field, count, score, likelihood in fields],
        "by_recommendation": calc.recommendation_rows(recommendations),
        "recent_30_days": counts["recent"],
        "compass": dict(compass, top_skills=[
            {"skill_uuid": uuid, "preferred_label": label, "count": count}
            for uuid, label, count in skills]),
    }


def chart_data(services: Services) -> dict[str, Any]:
    """Everything the Analytics page draws, aggregated in SQL (small whatever the data)."""
    summary = overview(services)
    with services.cache.read() as db:
        return {
            "overview": summary,
            "per_field": [{"field": f or calc.UNKNOWN_FIELD, "completed": c or 0,
                           "errors": e or 0, "other": o or 0}
                          for f, c, e, o in store.per_field_all(db)],
            "over_time": calc.daily_series(store.per_day(db)),
            "score_histogram": calc.histogram(
                store.bin_counts(db, "overall_score", SCORE_BINS / 100, SCORE_BINS), SCORE_BINS),
            "likelihood_histogram": calc.histogram(
                store.bin_counts(db, "likelihood", LIKELIHOOD_BINS, LIKELIHOOD_BINS),
                LIKELIHOOD_BINS),
            "skills_per_experience": store.skills_per_experience(db),
        }


def filters(services: Services) -> dict[str, list[str]]:
    """The fields and statuses present, for the Analyses page's filters."""
    with services.cache.read() as db:
        return {"fields": store.distinct_values(db, "field"),
                "statuses": store.distinct_values(db, "processing_status")}


def list_analyses(services: Services, field: str | None = None, status: str | None = None,
                  offset: int = 0, limit: int = PAGE_SIZE) -> dict[str, Any]:
    """One page of analyses, newest first; unlike upstream, ``limit`` has a maximum."""
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise InvalidArgument(f"limit must be between 1 and {MAX_PAGE_SIZE}")
    if offset < 0:
        raise InvalidArgument("offset must not be negative")
    with services.cache.read() as db:
        rows, total = store.list_analyses(db, field or None, status or None, offset, limit)
    return {"analyses": rows, "total": total, "offset": offset, "limit": limit}


def analysis(services: Services, analysis_id: str) -> dict[str, Any]:
    """One analysis: its cached metrics and the detail read from its stored document."""
    with services.cache.read() as db:
        record = store.analysis_record(db, analysis_id)
    if record is None:
        raise NotFound(f"no CV analysis {analysis_id} in the cache")
    raw = record.pop("raw_json")
    document = plain_json(json.loads(raw)) if raw else {}
    record["derived"] = json.loads(record["derived"]) if record["derived"] else []
    document.setdefault("error_message", record["error_message"])
    return dict(record, detail=calc.analysis_detail(document))
