"""Analytics from the cache: seed 001's overview (without its defects), Compass figures,
chart data, and the analyses list with one analysis' detail."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np

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


@dataclass(frozen=True, slots=True)
class PeriodShown:
    since: str | None  # ISO date, None: unbounded
    until: str | None  # exclusive
    label: str  # "All time", "Last 30 days", or the span


@dataclass(frozen=True, slots=True)
class FieldSummary:
    """Completed analyses of one field; each mean is over the ``scored`` or
    ``with_likelihood`` analyses that have a value."""

    field: str
    count: int
    avg_score: float | None
    avg_likelihood: float | None  # 0–1
    scored: int
    with_likelihood: int


@dataclass(frozen=True, slots=True)
class TopSkill:
    skill_uuid: str | None  # None: grouped by label
    preferred_label: str
    count: int  # times extracted


@dataclass(frozen=True, slots=True)
class CompassFigures:
    sessions: int
    users: int
    experiences: int  # kept explored experiences
    skill_extractions: int  # their top skills
    unidentified_skills: int  # top skills with neither UUID nor label
    top_skills: list[TopSkill]


@dataclass(frozen=True, slots=True)
class Overview:
    period: PeriodShown
    total_analyses: int
    completed: int
    scored: int  # completed with a score
    errors: int
    success_rate: float  # % of all, 0 when there are none
    by_field: list[FieldSummary]
    by_recommendation: list[calc.RecommendationCount]
    recent_30_days: int
    compass: CompassFigures


@dataclass(frozen=True, slots=True)
class ChartData:
    """Everything the Analytics page draws."""

    overview: Overview
    synced_at: store.LastSyncs
    cached: store.CachedCounts  # whatever the period
    per_field: list[store.FieldStatuses]
    over_time: calc.Series
    score_histogram: np.ndarray  # SCORE_BINS counts
    likelihood_histogram: np.ndarray  # LIKELIHOOD_BINS counts
    skills_per_experience: list[store.ExperienceSizes]


def overview(services: Services, now: datetime | None = None,
             period: Period = ALL_TIME) -> Overview:
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
    return Overview(
        PeriodShown(bounds[0], period.until.isoformat() if period.until else None,
                    period.describe()),
        total_analyses=counts.total, completed=counts.completed, scored=counts.scored,
        errors=counts.errors, success_rate=calc.success_rate(counts.completed, counts.total),
        by_field=[FieldSummary(f.field, f.completed,
                               calc.rounded(f.mean_score, 2), calc.rounded(f.mean_likelihood, 4),
                               f.scored, f.with_likelihood) for f in fields],
        by_recommendation=calc.recommendation_rows(recommendations),
        recent_30_days=counts.recent,
        compass=CompassFigures(
            compass.sessions, compass.users, compass.experiences, compass.skill_extractions,
            compass.unidentified_skills,
            [TopSkill(s.skill_uuid, s.label, s.uses) for s in skills]))


def chart_data(services: Services, period: Period = ALL_TIME) -> ChartData:
    """Everything the Analytics page draws for ``period``, aggregated in SQL (small whatever
    the data), with the last sync of each source."""
    summary = overview(services, period=period)
    bounds = period.bounds
    with services.cache.read() as db:
        return ChartData(
            summary, store.last_syncs(db), store.cached_counts(db),
            per_field=store.per_field_all(db, bounds),
            over_time=calc.daily_series(store.per_day(db, bounds)),
            score_histogram=calc.histogram(store.bin_counts(
                db, "overall_score", SCORE_BINS / 100, SCORE_BINS, bounds), SCORE_BINS),
            likelihood_histogram=calc.histogram(store.bin_counts(
                db, "likelihood", LIKELIHOOD_BINS, LIKELIHOOD_BINS, bounds), LIKELIHOOD_BINS),
            skills_per_experience=store.skills_per_experience(db, bounds))


@dataclass(frozen=True, slots=True)
class Filters:
    """The fields and statuses present, for the Analyses page's filters."""

    fields: list[str]
    statuses: list[str]


def filters(services: Services) -> Filters:
    with services.cache.read() as db:
        return Filters(store.distinct_values(db, "field"),
                       store.distinct_values(db, "processing_status"))


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


@dataclass(frozen=True, slots=True)
class Analysis(store.AnalysisListRow):
    """One analysis: its cached metrics (as listed), the names of those derived from its
    results, and the detail read from its stored document."""

    derived: list[str]
    detail: calc.AnalysisDetail


def analysis(services: Services, analysis_id: str) -> Analysis:
    """One analysis: its cached metrics and the detail read from its stored document."""
    with services.cache.read() as db:
        record = store.analysis_record(db, analysis_id)
    if record is None:
        raise NotFound(f"no CV analysis {analysis_id} in the cache")
    document = plain_json(json.loads(record.raw_json)) if record.raw_json else {}
    document.setdefault("error_message", record.error_message)
    listed = {column: getattr(record, column) for column in store.ANALYSIS_LIST_COLUMNS}
    return Analysis(**listed, derived=json.loads(record.derived) if record.derived else [],
                    detail=calc.analysis_detail(document))
