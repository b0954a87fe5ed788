"""Read queries over the O*NET tables of the cache: search and occupation details."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

# One query over the occupation's index (code first): every domain at once.
_RATINGS = text("""
SELECT r.domain, r.element_id, coalesce(e.name, r.element_id) AS name,
       max(CASE WHEN r.scale_id = 'IM' THEN r.data_value END) AS importance,
       max(CASE WHEN r.scale_id = 'LV' THEN r.data_value END) AS level,
       max(CASE WHEN r.scale_id = 'LV' THEN r.not_relevant END) AS not_relevant,
       max(CASE WHEN r.scale_id = 'IM' THEN r.recommend_suppress END) AS importance_suppressed,
       max(CASE WHEN r.scale_id = 'LV' THEN r.recommend_suppress END) AS level_suppressed
FROM element_rating r LEFT JOIN element e ON e.element_id = r.element_id
WHERE r.code = :code
GROUP BY r.domain, r.element_id ORDER BY r.domain, r.element_id
""")

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
    row = db.execute(text(
        "SELECT o.code, o.title, o.description, o.source, z.job_zone FROM occupation o "
        "LEFT JOIN job_zone z ON z.code = o.code WHERE o.code = :code"), {"code": code}).first()
    if row is None:
        return None
    detail: dict[str, Any] = dict(row._mapping)
    detail["job_zone_reference"] = None
    if detail["job_zone"] is not None:
        reference = db.execute(text("SELECT * FROM job_zone_reference WHERE job_zone = :z"),
                               {"z": detail["job_zone"]}).first()
        detail["job_zone_reference"] = dict(reference._mapping) if reference else None
    for domain in RATING_DOMAINS:
        detail[domain] = []
    for row in db.execute(_RATINGS, {"code": code}):
        if row.domain in RATING_DOMAINS:
            detail[row.domain].append(_rating(row._mapping))
    detail["technology"] = [dict(r._mapping) | {"hot": bool(r.hot), "in_demand": bool(r.in_demand)}
                            for r in db.execute(text(
        "SELECT example, commodity_code, commodity_title, hot, in_demand FROM technology_skill "
        "WHERE code = :code ORDER BY hot DESC, in_demand DESC, example"), {"code": code})]
    detail["alternate_titles"] = list(db.execute(text(
        "SELECT title FROM alternate_title WHERE code = :code ORDER BY title"),
        {"code": code}).scalars())
    return detail


def _rating(row: Any) -> dict[str, Any]:
    importance_suppressed = bool(row["importance_suppressed"])
    level_suppressed = bool(row["level_suppressed"])
    return {
        "element_id": row["element_id"],
        "name": row["name"],
        "importance": row["importance"],
        "level": row["level"],
        "not_relevant": bool(row["not_relevant"]),
        "suppressed": importance_suppressed or level_suppressed,
        "importance_suppressed": importance_suppressed,
        "level_suppressed": level_suppressed,
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
