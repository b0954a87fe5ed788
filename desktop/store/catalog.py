"""Read queries over the O*NET tables of the cache: search and occupation details."""

from __future__ import annotations

import sqlite3
from typing import Any, cast

from sqlalchemy import text
from sqlalchemy.engine import Connection

# One query over the occupation's index (code first): every domain at once.
_RATINGS = """
SELECT r.domain, r.element_id, coalesce(e.name, r.element_id),
       max(CASE WHEN r.scale_id = 'IM' THEN r.data_value END),
       max(CASE WHEN r.scale_id = 'LV' THEN r.data_value END),
       max(CASE WHEN r.scale_id = 'LV' THEN r.not_relevant END),
       max(CASE WHEN r.scale_id = 'IM' THEN r.recommend_suppress END),
       max(CASE WHEN r.scale_id = 'LV' THEN r.recommend_suppress END)
FROM element_rating r LEFT JOIN element e ON e.element_id = r.element_id
WHERE r.code = ?
GROUP BY r.domain, r.element_id ORDER BY r.domain, r.element_id
"""
_OCCUPATION = ("SELECT o.code, o.title, o.description, o.source, z.job_zone FROM occupation o "
               "LEFT JOIN job_zone z ON z.code = o.code WHERE o.code = ?")
_TECHNOLOGY = ("SELECT example, commodity_code, commodity_title, hot, in_demand FROM "
               "technology_skill WHERE code = ? ORDER BY hot DESC, in_demand DESC, example")
_JOB_ZONE_REFERENCE = ("SELECT job_zone, name, experience, education, job_training, examples, "
                       "svp_range FROM job_zone_reference WHERE job_zone = ?")

RATING_DOMAINS = ("skills", "knowledge", "abilities", "work_activities")


def every_occupation(db: Connection, limit: int) -> list[dict[str, Any]]:
    """Occupations by title (an empty search)."""
    rows = db.execute(text(
        "SELECT o.code, o.title, z.job_zone, o.title AS matched FROM occupation o "
        "LEFT JOIN job_zone z ON z.code = o.code ORDER BY o.title LIMIT :limit"),
        {"limit": limit})
    return [dict(r._mapping) for r in rows]


def titles(db: Connection) -> list[tuple[str, str, bool]]:
    """(code, title, is an alternate title) for every title and alternate title."""
    found = [(code, title, False) for code, title in
             db.execute(text("SELECT code, title FROM occupation"))]
    found += [(code, title, True) for code, title in
              db.execute(text("SELECT code, title FROM alternate_title"))]
    return found


def job_zones(db: Connection) -> dict[str, int | None]:
    return dict(db.execute(text(
        "SELECT o.code, z.job_zone FROM occupation o LEFT JOIN job_zone z ON z.code = o.code")
    ).all())


def occupation(db: Connection, code: str) -> dict[str, Any] | None:
    """An occupation's page: its row, Job Zone, ratings, technology and alternate titles.

    Read with the connection's own sqlite3 cursor: an occupation has some 300 rows, and
    SQLAlchemy's row objects would take most of the time (the page must open in ms)."""
    cursor = _cursor(db)
    found = cursor.execute(_OCCUPATION, (code,)).fetchone()
    if found is None:
        return None
    detail: dict[str, Any] = dict(zip(("code", "title", "description", "source", "job_zone"),
                                      found, strict=True))
    reference = cursor.execute(_JOB_ZONE_REFERENCE, (detail["job_zone"],)).fetchone()
    detail["job_zone_reference"] = dict(zip(
        ("job_zone", "name", "experience", "education", "job_training", "examples",
         "svp_range"), reference, strict=True)) if reference else None
    for domain in RATING_DOMAINS:
        detail[domain] = []
    for domain, *rating in cursor.execute(_RATINGS, (code,)):
        if domain in RATING_DOMAINS:
            detail[domain].append(_rating(*rating))
    detail["technology"] = [
        {"example": example, "commodity_code": commodity, "commodity_title": title,
         "hot": bool(hot), "in_demand": bool(in_demand)}
        for example, commodity, title, hot, in_demand in cursor.execute(_TECHNOLOGY, (code,))]
    detail["alternate_titles"] = [title for (title,) in cursor.execute(
        "SELECT title FROM alternate_title WHERE code = ? ORDER BY title", (code,))]
    return detail


def _cursor(db: Connection) -> sqlite3.Cursor:
    """A plain sqlite3 cursor on ``db`` (same connection, same transaction)."""
    return cast(sqlite3.Connection, db.connection.driver_connection).cursor()


def _rating(element_id: str, name: str, importance: float | None, level: float | None,
            not_relevant: int | None, importance_suppressed: int | None,
            level_suppressed: int | None) -> dict[str, Any]:
    return {
        "element_id": element_id,
        "name": name,
        "importance": importance,
        "level": level,
        "not_relevant": bool(not_relevant),
        "suppressed": bool(importance_suppressed) or bool(level_suppressed),
        "importance_suppressed": bool(importance_suppressed),
        "level_suppressed": bool(level_suppressed),
    }


def level_anchors(db: Connection, element_ids: list[str] | None = None
                  ) -> dict[str, list[tuple[int, str]]]:
    """Level Scale Anchors by element: [(anchor value, description)], lowest first."""
    anchors: dict[str, list[tuple[int, str]]] = {}
    for element_id, value, description in db.execute(text(
            "SELECT element_id, anchor_value, description FROM level_anchor "
            "WHERE scale_id = 'LV' ORDER BY element_id, anchor_value")):
        if element_ids is None or element_id in element_ids:
            anchors.setdefault(element_id, []).append((value, description))
    return anchors


def occupation_count(db: Connection) -> int:
    return int(db.execute(text("SELECT count(*) FROM occupation")).scalar_one())
