"""Aggregates over the synced CV analyses and Compass skills, computed in SQL.

Charts and the overview read a few dozen grouped rows, never the records themselves, so
they stay fast with hundreds of thousands of analyses or skill rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

COMPLETED = "processing_status = 'completed'"
# Explored experiences the user kept (what they saw), and their top skills.
KEPT = ("e.view = 'explored' AND NOT EXISTS (SELECT 1 FROM compass_experience d "
        "WHERE d.view = 'deleted' AND d.session_id = e.session_id "
        "AND d.experience_uuid = e.experience_uuid)")
SKILL_JOIN = ("FROM compass_experience e JOIN compass_skill k ON k.session_id = e.session_id "
              "AND k.view = e.view AND k.experience_uuid = e.experience_uuid AND k.kind = 'top' ")
TOP_SKILLS = f"{SKILL_JOIN} WHERE {KEPT}"


def _rows(db: Connection, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in db.execute(text(sql), params).all()]


def analysis_counts(db: Connection, since: str) -> dict[str, int]:
    """All analyses, completed, errors, and those created at or after ``since`` (ISO)."""
    total, completed, errors, recent = db.execute(text(
        f"SELECT count(*), coalesce(sum({COMPLETED}), 0), "
        "coalesce(sum(processing_status = 'error'), 0), "
        "coalesce(sum(julianday(created_at) >= julianday(:since)), 0) FROM cv_analysis"),
        {"since": since}).one()
    return {"total": total, "completed": completed, "errors": errors, "recent": recent}


def by_field(db: Connection) -> list[tuple[Any, ...]]:
    """(field, completed count, mean score, mean likelihood), the largest field first."""
    return _rows(db, "SELECT field, count(*), avg(overall_score), avg(likelihood) "
                     f"FROM cv_analysis WHERE {COMPLETED} GROUP BY field "
                     "ORDER BY count(*) DESC, field")


def by_recommendation(db: Connection) -> list[tuple[Any, ...]]:
    return _rows(db, f"SELECT recommendation, count(*) FROM cv_analysis WHERE {COMPLETED} "
                     "GROUP BY recommendation ORDER BY count(*) DESC, recommendation")


def per_field_all(db: Connection) -> list[tuple[Any, ...]]:
    """(field, completed, errors, other statuses) over every analysis."""
    return _rows(db, f"SELECT field, sum({COMPLETED}), sum(processing_status = 'error'), "
                     f"sum(NOT {COMPLETED} AND processing_status IS NOT 'error') "
                     "FROM cv_analysis GROUP BY field ORDER BY count(*) DESC, field")


def per_day(db: Connection) -> list[tuple[Any, ...]]:
    """(YYYY-MM-DD, analyses created that day), in date order."""
    return _rows(db, "SELECT date(created_at) AS day, count(*) FROM cv_analysis "
                     "WHERE day IS NOT NULL GROUP BY day ORDER BY day")


def bin_counts(db: Connection, column: str, scale: float, bins: int) -> list[tuple[int, int]]:
    """(bin, count) of ``column * scale`` in ``bins`` unit bins (top value in the last bin)."""
    return _rows(db, f"SELECT min(max(CAST({column} * :scale AS INTEGER), 0), :last) AS bin, "
                     f"count(*) FROM cv_analysis WHERE {COMPLETED} AND {column} IS NOT NULL "
                     "GROUP BY bin", scale=scale, last=bins - 1)  # type: ignore[return-value]


def compass_counts(db: Connection) -> dict[str, int]:
    sessions, users = db.execute(text(
        "SELECT count(*), count(DISTINCT user_id) FROM compass_session")).one()
    experiences = db.execute(text(
        f"SELECT count(*) FROM compass_experience e WHERE {KEPT}")).scalar_one()
    extractions = db.execute(text(f"SELECT count(*) {TOP_SKILLS}")).scalar_one()
    return {"sessions": sessions, "users": users, "experiences": experiences,
            "skill_extractions": extractions}


def top_skills(db: Connection, limit: int) -> list[tuple[Any, ...]]:
    """(skill_uuid, label, times extracted): labels as the taxonomy has them when known."""
    return _rows(db, "SELECT k.skill_uuid, coalesce(max(t.preferred_label), "
                     f"max(k.preferred_label)), count(*) {SKILL_JOIN}"
                     "LEFT JOIN taxonomy_skill t ON t.model_id = k.model_id "
                     f"AND t.skill_uuid = k.skill_uuid WHERE {KEPT} "
                     "GROUP BY k.skill_uuid ORDER BY count(*) DESC, 2 LIMIT :limit",
                 limit=limit)


def skills_per_experience(db: Connection) -> list[tuple[int, int]]:
    """(top skills in an experience, experiences with that many), kept experiences only."""
    return _rows(db, "SELECT n, count(*) FROM (SELECT count(k.rank) AS n "
                     "FROM compass_experience e LEFT JOIN compass_skill k "
                     "ON k.session_id = e.session_id AND k.view = e.view "
                     "AND k.experience_uuid = e.experience_uuid AND k.kind = 'top' "
                     f"WHERE {KEPT} GROUP BY e.session_id, e.experience_uuid) "
                     "GROUP BY n ORDER BY n")  # type: ignore[return-value]


def distinct_values(db: Connection, column: str) -> list[str]:
    return [r[0] for r in db.execute(text(
        f"SELECT DISTINCT {column} FROM cv_analysis WHERE {column} IS NOT NULL "
        f"ORDER BY {column}")).all()]


ANALYSIS_LIST_COLUMNS = ("id", "session_id", "field", "processing_status", "overall_score",
                         "likelihood", "recommendation", "created_at")


def list_analyses(db: Connection, field: str | None, status: str | None, offset: int,
                  limit: int) -> tuple[list[dict[str, Any]], int]:
    """One page of analyses (newest first) matching the filters, and how many match."""
    where = " AND ".join(clause for clause, value in (("field = :field", field),
                                                      ("processing_status = :status", status))
                         if value) or "1"
    params = {"field": field, "status": status}
    total = db.execute(text(f"SELECT count(*) FROM cv_analysis WHERE {where}"),
                       params).scalar_one()
    rows = db.execute(text(
        f"SELECT {', '.join(ANALYSIS_LIST_COLUMNS)} FROM cv_analysis WHERE {where} "
        "ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset"),
        dict(params, limit=limit, offset=offset)).mappings().all()
    return [dict(r) for r in rows], total


def analysis_record(db: Connection, analysis_id: str) -> dict[str, Any] | None:
    row = db.execute(text("SELECT * FROM cv_analysis WHERE id = :id"),
                     {"id": analysis_id}).mappings().first()
    return dict(row) if row else None
