"""Read queries over the O*NET tables of the cache: search and occupation details."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import cast

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


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An occupation found by a search, with the title or alternate title that matched."""

    code: str
    title: str
    job_zone: int | None
    matched: str


@dataclass(frozen=True, slots=True)
class Rating:
    """One element's importance (1–5) and level (0–7) for an occupation."""

    element_id: str
    name: str
    importance: float | None
    level: float | None
    not_relevant: bool
    suppressed: bool  # either value is flagged by O*NET's "recommend suppress"
    importance_suppressed: bool
    level_suppressed: bool


@dataclass(frozen=True, slots=True)
class Technology:
    example: str
    commodity_code: str | None
    commodity_title: str | None
    hot: bool
    in_demand: bool


@dataclass(frozen=True, slots=True)
class JobZoneReference:
    job_zone: int
    name: str
    experience: str | None
    education: str | None
    job_training: str | None
    examples: str | None
    svp_range: str | None


@dataclass(frozen=True, slots=True)
class OccupationDetail:
    """An occupation's page: its row, Job Zone, ratings, technology and alternate titles."""

    code: str
    title: str
    description: str | None
    source: str | None
    job_zone: int | None
    job_zone_reference: JobZoneReference | None
    skills: tuple[Rating, ...]
    knowledge: tuple[Rating, ...]
    abilities: tuple[Rating, ...]
    work_activities: tuple[Rating, ...]
    technology: tuple[Technology, ...]
    alternate_titles: tuple[str, ...]


def every_occupation(db: Connection, limit: int) -> list[SearchHit]:
    """Occupations by title (an empty search)."""
    rows = db.execute(text(
        "SELECT o.code, o.title, z.job_zone, o.title FROM occupation o "
        "LEFT JOIN job_zone z ON z.code = o.code ORDER BY o.title LIMIT :limit"),
        {"limit": limit})
    return [SearchHit(*row) for row in rows]


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


def occupation(db: Connection, code: str) -> OccupationDetail | None:
    """An occupation's page, or None when the cache has no such code.

    Read with the connection's own sqlite3 cursor: an occupation has some 300 rows, and
    SQLAlchemy's row objects would take most of the time (the page must open in ms)."""
    cursor = _cursor(db)
    found = cursor.execute(_OCCUPATION, (code,)).fetchone()
    if found is None:
        return None
    code, title, description, source, job_zone = found
    reference = cursor.execute(_JOB_ZONE_REFERENCE, (job_zone,)).fetchone()
    ratings: dict[str, list[Rating]] = {domain: [] for domain in RATING_DOMAINS}
    for domain, element_id, name, importance, level, not_relevant, importance_suppressed, \
            level_suppressed in cursor.execute(_RATINGS, (code,)):
        if domain in ratings:
            ratings[domain].append(Rating(
                element_id, name, importance, level, bool(not_relevant),
                bool(importance_suppressed) or bool(level_suppressed),
                bool(importance_suppressed), bool(level_suppressed)))
    technology = tuple(
        Technology(example, commodity, title, bool(hot), bool(in_demand))
        for example, commodity, title, hot, in_demand in cursor.execute(_TECHNOLOGY, (code,)))
    alternate_titles = tuple(title for (title,) in cursor.execute(
        "SELECT title FROM alternate_title WHERE code = ? ORDER BY title", (code,)))
    return OccupationDetail(
        code, title, description, source, job_zone,
        JobZoneReference(*reference) if reference else None,
        tuple(ratings["skills"]), tuple(ratings["knowledge"]), tuple(ratings["abilities"]),
        tuple(ratings["work_activities"]), technology, alternate_titles)


def _cursor(db: Connection) -> sqlite3.Cursor:
    """A plain sqlite3 cursor on ``db`` (same connection, same transaction)."""
    return cast(sqlite3.Connection, db.connection.driver_connection).cursor()


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
