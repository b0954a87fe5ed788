"""Aggregates over the synced CV analyses and Compass skills, computed in SQL.

Charts and the overview read a few dozen grouped rows, never the records themselves, so
they stay fast with hundreds of thousands of analyses or skill rows. Every query takes a
period ``since``/``until`` (ISO dates, None: unbounded; ``until`` exclusive): CV analyses
by ``created_at``, Compass sessions by ``session_timestamp`` (the time of the last message;
a session without it counts only when the period is unbounded).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.domain.analytics import UNKNOWN_FIELD
from desktop.store.sync_tables import CvAnalysis

Bounds = tuple[str | None, str | None]
ALL_TIME: Bounds = (None, None)
COMPLETED = "processing_status = 'completed'"


def _within(column: str) -> str:
    return (f"(:since IS NULL OR julianday({column}) >= julianday(:since)) "
            f"AND (:until IS NULL OR julianday({column}) < julianday(:until))")


CREATED = _within("created_at")
SESSION_IN_PERIOD = ("((:since IS NULL AND :until IS NULL) OR EXISTS (SELECT 1 FROM "
                     f"compass_session s WHERE s.session_id = e.session_id AND "
                     f"{_within('s.session_timestamp')}))")
# Explored experiences the user kept (what they saw), and their top skills.
KEPT = ("e.view = 'explored' AND NOT EXISTS (SELECT 1 FROM compass_experience d "
        "WHERE d.view = 'deleted' AND d.session_id = e.session_id "
        "AND d.experience_uuid = e.experience_uuid)")
KEPT_IN_PERIOD = f"{KEPT} AND {SESSION_IN_PERIOD}"
SKILL_JOIN = ("FROM compass_experience e JOIN compass_skill k ON k.session_id = e.session_id "
              "AND k.view = e.view AND k.experience_uuid = e.experience_uuid AND k.kind = 'top' ")
TOP_SKILLS = f"{SKILL_JOIN} WHERE {KEPT_IN_PERIOD}"


@dataclass(frozen=True, slots=True)
class AnalysisCounts:
    total: int
    completed: int
    scored: int  # completed with a score
    errors: int
    recent: int  # created at or after the ``recent_since`` asked for


@dataclass(frozen=True, slots=True)
class FieldFigures:
    """Completed analyses of one field: how many, mean score and likelihood (over those
    that have one), how many have a score and a likelihood."""

    field: str  # UNKNOWN_FIELD when not stated
    completed: int
    mean_score: float | None
    mean_likelihood: float | None
    scored: int
    with_likelihood: int


@dataclass(frozen=True, slots=True)
class FieldStatuses:
    field: str  # UNKNOWN_FIELD when not stated
    completed: int
    errors: int
    other: int


@dataclass(frozen=True, slots=True)
class CompassCounts:
    sessions: int
    users: int
    experiences: int  # kept explored experiences
    skill_extractions: int  # their top skills
    unidentified_skills: int  # top skills with neither UUID nor label


@dataclass(frozen=True, slots=True)
class SkillUses:
    skill_uuid: str | None
    label: str
    uses: int  # times extracted


@dataclass(frozen=True, slots=True)
class ExperienceSizes:
    top_skills: int  # in one kept experience
    experiences: int  # with that many


@dataclass(frozen=True, slots=True)
class CachedCounts:
    analyses: int
    sessions: int


@dataclass(frozen=True, slots=True)
class LastSyncs:
    """When each source was last synced (ISO, UTC), None if never."""

    compass: str | None
    analyses: str | None


@dataclass(frozen=True, slots=True)
class AnalysisListRow:
    """An analysis as the Analyses page lists it."""

    id: str
    session_id: str | None
    field: str | None
    processing_status: str | None
    overall_score: float | None
    likelihood: float | None
    recommendation: str | None
    created_at: str | None


def _rows(db: Connection, sql: str, period: Bounds, **params: Any) -> list[Any]:
    """The rows of ``sql`` over ``period`` (plain tuples; each caller names their shape)."""
    since, until = period
    return [tuple(row) for row in db.execute(text(sql), dict(
        params, since=since, until=until, unknown=UNKNOWN_FIELD)).all()]


def analysis_counts(db: Connection, recent_since: str, period: Bounds = ALL_TIME
                    ) -> AnalysisCounts:
    """Analyses in the period: all, completed, completed with a score, errors, and those
    created at or after ``recent_since`` (ISO)."""
    (counts,) = _rows(
        db, f"SELECT count(*), coalesce(sum({COMPLETED}), 0), "
            f"coalesce(sum({COMPLETED} AND overall_score IS NOT NULL), 0), "
            "coalesce(sum(processing_status = 'error'), 0), "
            "coalesce(sum(julianday(created_at) >= julianday(:recent)), 0) "
            f"FROM cv_analysis WHERE {CREATED}", period, recent=recent_since)
    return AnalysisCounts(*counts)


def by_field(db: Connection, period: Bounds = ALL_TIME) -> list[FieldFigures]:
    """Completed analyses per field, the largest field first."""
    return [FieldFigures(*row) for row in _rows(
                db, "SELECT coalesce(field, :unknown), count(*), avg(overall_score), "
                     "avg(likelihood), count(overall_score), count(likelihood) "
                     f"FROM cv_analysis WHERE {COMPLETED} AND {CREATED} GROUP BY field "
                     "ORDER BY count(*) DESC, field", period)]


def by_recommendation(db: Connection, period: Bounds = ALL_TIME
                      ) -> list[tuple[str | None, int]]:
    return _rows(db, f"SELECT recommendation, count(*) FROM cv_analysis WHERE {COMPLETED} "
                     f"AND {CREATED} GROUP BY recommendation "
                     "ORDER BY count(*) DESC, recommendation", period)


def per_field_all(db: Connection, period: Bounds = ALL_TIME) -> list[FieldStatuses]:
    """Every analysis per field and status, the largest field first."""
    return [FieldStatuses(*row) for row in _rows(
                db, f"SELECT coalesce(field, :unknown), coalesce(sum({COMPLETED}), 0), "
                     "coalesce(sum(processing_status = 'error'), 0), "
                     f"coalesce(sum(NOT {COMPLETED} AND processing_status IS NOT 'error'), 0) "
                     f"FROM cv_analysis WHERE {CREATED} GROUP BY field "
                     "ORDER BY count(*) DESC, field", period)]


def per_day(db: Connection, period: Bounds = ALL_TIME) -> list[tuple[str, int]]:
    """(YYYY-MM-DD, analyses created that day), in date order."""
    return _rows(db, "SELECT date(created_at) AS day, count(*) FROM cv_analysis "
                     f"WHERE day IS NOT NULL AND {CREATED} GROUP BY day ORDER BY day",
                 period)


def bin_counts(db: Connection, column: str, scale: float, bins: int,
               period: Bounds = ALL_TIME) -> list[tuple[int, int]]:
    """(bin, count) of ``column * scale`` in ``bins`` unit bins (top value in the last bin)."""
    return _rows(db, f"SELECT min(max(CAST({column} * :scale AS INTEGER), 0), :last) AS bin, "
                     f"count(*) FROM cv_analysis WHERE {COMPLETED} AND {column} IS NOT NULL "
                     f"AND {CREATED} GROUP BY bin", period, scale=scale,
                 last=bins - 1)


def compass_counts(db: Connection, period: Bounds = ALL_TIME) -> CompassCounts:
    (sessions, users), = _rows(
        db, "SELECT count(*), count(DISTINCT user_id) FROM compass_session e "
            f"WHERE (:since IS NULL AND :until IS NULL) OR ({_within('session_timestamp')})",
        period)
    (experiences,), = _rows(
        db, f"SELECT count(*) FROM compass_experience e WHERE {KEPT_IN_PERIOD}", period)
    (extractions, unidentified), = _rows(
        db, "SELECT count(*), coalesce(sum(coalesce(k.skill_uuid, '') = '' "
            f"AND trim(coalesce(k.preferred_label, '')) = ''), 0) {TOP_SKILLS}", period)
    return CompassCounts(sessions, users, experiences, extractions, unidentified)


def top_skills(db: Connection, limit: int, normalise: Callable[[str | None], str],
               period: Bounds = ALL_TIME) -> list[SkillUses]:
    """The most extracted top skills first.

    A skill with a UUID is grouped by UUID and named as the taxonomy names it (else its most
    frequent label); one without is grouped by its ``normalise``d label; one with neither
    is left out (``compass_counts`` counts them).
    """
    db.connection.driver_connection.create_function(  # type: ignore[union-attr]
        "skill_label_key", 1, normalise, deterministic=True)
    return [SkillUses(*row) for row in _rows(
                db, "WITH x AS (SELECT nullif(k.skill_uuid, '') AS uuid, "
                     "k.preferred_label AS label, CASE WHEN coalesce(k.skill_uuid, '') <> '' "
                     "THEN 'u:' || k.skill_uuid ELSE 'l:' || skill_label_key(k.preferred_label) "
                     f"END AS key {TOP_SKILLS}), "
                     "spelt AS (SELECT key, label, count(*) AS uses, max(uuid) AS uuid FROM x "
                     "WHERE key <> 'l:' GROUP BY key, label), "
                     "ranked AS (SELECT label, row_number() OVER (PARTITION BY key "
                     "ORDER BY uses DESC, label) AS nth, sum(uses) OVER (PARTITION BY key) AS n, "
                     "max(uuid) OVER (PARTITION BY key) AS uuid FROM spelt), "
                     "top AS (SELECT uuid, label, n FROM ranked WHERE nth = 1 "
                     "ORDER BY n DESC, label LIMIT :limit) "
                     "SELECT uuid, coalesce((SELECT max(t.preferred_label) FROM taxonomy_skill t "
                     "WHERE t.skill_uuid = top.uuid), label), n FROM top ORDER BY n DESC, 2",
                 period, limit=limit)]


def skills_per_experience(db: Connection, period: Bounds = ALL_TIME
                          ) -> list[ExperienceSizes]:
    """How many kept experiences have each number of top skills, the fewest first."""
    return [ExperienceSizes(*row) for row in _rows(
                db, "SELECT n, count(*) FROM (SELECT count(k.rank) AS n "
                     "FROM compass_experience e LEFT JOIN compass_skill k "
                     "ON k.session_id = e.session_id AND k.view = e.view "
                     "AND k.experience_uuid = e.experience_uuid AND k.kind = 'top' "
                     f"WHERE {KEPT_IN_PERIOD} GROUP BY e.session_id, e.experience_uuid) "
                     "GROUP BY n ORDER BY n", period)]


def cached_counts(db: Connection) -> CachedCounts:
    """CV analyses and Compass sessions in the cache, whatever the period."""
    (counts,) = _rows(db, "SELECT (SELECT count(*) FROM cv_analysis), "
                          "(SELECT count(*) FROM compass_session)", ALL_TIME)
    return CachedCounts(*counts)


def last_syncs(db: Connection) -> LastSyncs:
    found: dict[str, str | None] = dict(db.exec_driver_sql(
        "SELECT source, last_sync_at FROM sync_state WHERE last_sync_at IS NOT NULL").all())
    return LastSyncs(found.get("compass"), found.get("analyses"))


def distinct_values(db: Connection, column: str) -> list[str]:
    return [r[0] for r in db.execute(text(
        f"SELECT DISTINCT {column} FROM cv_analysis WHERE {column} IS NOT NULL "
        f"ORDER BY {column}")).all()]


ANALYSIS_LIST_COLUMNS = tuple(f.name for f in fields(AnalysisListRow))


def filter_clause(field: str | None, status: str | None) -> str:
    """SQL matching the Analyses page's filters (:field, :status; None matches all)."""
    return " AND ".join(clause for clause, value in (("field = :field", field),
                                                     ("processing_status = :status", status))
                        if value) or "1"


def list_analyses(db: Connection, field: str | None, status: str | None, offset: int,
                  limit: int, order_by: str = "created_at", descending: bool = True
                  ) -> tuple[list[AnalysisListRow], int]:
    """One page of analyses matching the filters in ``order_by`` order (one of
    ANALYSIS_LIST_COLUMNS; empty values last), and how many match."""
    assert order_by in ANALYSIS_LIST_COLUMNS, order_by
    where = filter_clause(field, status)
    params = {"field": field, "status": status}
    direction = "DESC" if descending else "ASC"
    total = db.execute(text(f"SELECT count(*) FROM cv_analysis WHERE {where}"),
                       params).scalar_one()
    rows = db.execute(text(
        f"SELECT {', '.join(ANALYSIS_LIST_COLUMNS)} FROM cv_analysis WHERE {where} "
        f"ORDER BY {order_by} IS NULL, {order_by} {direction}, id LIMIT :limit OFFSET :offset"),
        dict(params, limit=limit, offset=offset)).all()
    return [AnalysisListRow(*row) for row in rows], total


def analysis_record(db: Connection, analysis_id: str) -> CvAnalysis | None:
    row = db.execute(text(f"SELECT {', '.join(CvAnalysis._fields)} FROM cv_analysis "
                          "WHERE id = :id"), {"id": analysis_id}).first()
    return CvAnalysis(*row) if row else None
