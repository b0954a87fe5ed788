"""Analytics from the cache: seed 001's overview (without its defects), Compass figures,
chart data, and the analyses list with one analysis' detail."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.domain import analytics as calc
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.export_formats import plain_json
from desktop.domain.periods import ALL_TIME, Period
from desktop.services.context import Services
from desktop.store import analytics as store

RECENT_DAYS = 30
TOP_SKILLS = 15
PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
SCORE_BINS = 10  # 0–10, 10–20, … 90–100
LIKELIHOOD_BINS = 10  # 0–10 %, … 90–100 %


def overview(services: Services, now: datetime | None = None,
             period: Period = ALL_TIME) -> dict[str, Any]:
    """Counts, success rate, per-field means and recommendations of the synced analyses
    created in ``period``, and the Compass figures of the sessions in it.

    Unlike upstream: means come from the derived metrics (never all null), group keys are
    named ("field", "recommendation", not "_id"), each mean says how many values it covers
    (``scored``, ``with_likelihood``), skills without a UUID are grouped by label, and a
    failure raises instead of zeros.
    """
    since = ((now or datetime.now(UTC)) - timedelta(days=RECENT_DAYS)).isoformat()
    bounds = period.bounds
    with services.cache.read() as db:
        counts = store.analysis_counts(db, since, bounds)
        fields = store.by_field(db, bounds)
        recommendations = store.by_recommendation(db, bounds)
        compass = store.compass_counts(db, bounds)
        skills = store.top_skills(db, TOP_SKILLS, calc.normalise_label, bounds)
    return {
        "period": {"since": bounds[0], "until": period.until and period.until.isoformat(),
                   "label": period.describe()},
        "total_analyses": counts.total,
        "completed": counts.completed,
        "scored": counts.scored,
        "errors": counts.errors,
        "success_rate": calc.success_rate(counts.completed, counts.total),
        "by_field": [{"field": field or calc.UNKNOWN_FIELD, "count": count,
                      "avg_score": calc.rounded(score, 2),
                      "avg_likelihood": calc.rounded(likelihood, 4),
                      "scored": scored, "with_likelihood": with_likelihood}
                     for field, count, score, likelihood, scored, with_likelihood in fields],
        "by_recommendation": calc.recommendation_rows(recommendations),
        "recent_30_days": counts.recent,
        "compass": dict(compass._asdict(), top_skills=[
            {"skill_uuid": uuid, "preferred_label": label, "count": count}
            for uuid, label, count in skills]),
    }


def chart_data(services: Services, period: Period = ALL_TIME) -> dict[str, Any]:
    """Everything the Analytics page draws for ``period``, aggregated in SQL (small whatever
    the data), with the last sync of each source."""
    summary = overview(services, period=period)
    bounds = period.bounds
    with services.cache.read() as db:
        return {
            "overview": summary,
            "synced_at": store.last_syncs(db),
            "cached": store.cached_counts(db),
            "per_field": [{"field": f or calc.UNKNOWN_FIELD, "completed": c or 0,
                           "errors": e or 0, "other": o or 0}
                          for f, c, e, o in store.per_field_all(db, bounds)],
            "over_time": calc.daily_series(store.per_day(db, bounds)),
            "score_histogram": calc.histogram(store.bin_counts(
                db, "overall_score", SCORE_BINS / 100, SCORE_BINS, bounds), SCORE_BINS),
            "likelihood_histogram": calc.histogram(store.bin_counts(
                db, "likelihood", LIKELIHOOD_BINS, LIKELIHOOD_BINS, bounds), LIKELIHOOD_BINS),
            "skills_per_experience": store.skills_per_experience(db, bounds),
        }


def filters(services: Services) -> dict[str, list[str]]:
    """The fields and statuses present, for the Analyses page's filters."""
    with services.cache.read() as db:
        return {"fields": store.distinct_values(db, "field"),
                "statuses": store.distinct_values(db, "processing_status")}


@dataclass(frozen=True)
class AnalysisPage:
    analyses: list[store.AnalysisListRow]
    total: int  # matching the filters, on every page
    offset: int
    limit: int


def list_analyses(services: Services, field: str | None = None, status: str | None = None,
                  offset: int = 0, limit: int = PAGE_SIZE, order_by: str = "created_at",
                  descending: bool = True) -> AnalysisPage:
    """One page of analyses, newest first unless ``order_by`` says otherwise; unlike
    upstream, ``limit`` has a maximum."""
    if order_by not in store.ANALYSIS_LIST_COLUMNS:
        raise InvalidArgument(f"order_by must be one of {', '.join(store.ANALYSIS_LIST_COLUMNS)}")
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise InvalidArgument(f"limit must be between 1 and {MAX_PAGE_SIZE}")
    if offset < 0:
        raise InvalidArgument("offset must not be negative")
    with services.cache.read() as db:
        rows, total = store.list_analyses(db, field or None, status or None, offset, limit,
                                          order_by, descending)
    return AnalysisPage(rows, total, offset, limit)


def analysis(services: Services, analysis_id: str) -> dict[str, Any]:
    """One analysis: its cached metrics and the detail read from its stored document."""
    with services.cache.read() as db:
        record = store.analysis_record(db, analysis_id)
    if record is None:
        raise NotFound(f"no CV analysis {analysis_id} in the cache")
    document = plain_json(json.loads(record.raw_json)) if record.raw_json else {}
    document.setdefault("error_message", record.error_message)
    fields = record._asdict()
    del fields["raw_json"]
    return dict(fields, derived=json.loads(record.derived) if record.derived else [],
                detail=calc.analysis_detail(document))
