"""Export queries over the cache, streamed from the SQLite cursor in batches.

Spreadsheet exports neutralise formula-looking text inside SQL (the rule of
``domain.export_formats``), so a million rows go from the cursor to the CSV writer without
a Python step per value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.domain.export_formats import FORMULA_ESCAPE, FORMULA_TRIGGERS

BATCH = 5000
UTC_ISO = "'%Y-%m-%dT%H:%M:%fZ'"


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_TRIGGERS = ", ".join(f"char({ord(c)})" if c in "\t\r" else _sql_literal(c)
                      for c in FORMULA_TRIGGERS)


def safe_text(expression: str) -> str:
    """SQL for ``neutralise(expression)``: a quote before text a spreadsheet would run."""
    return (f"CASE WHEN typeof({expression}) = 'text' AND substr({expression}, 1, 1) "
            f"IN ({_TRIGGERS}) THEN {_sql_literal(FORMULA_ESCAPE)} || {expression} "
            f"ELSE {expression} END")


def utc_iso(expression: str) -> str:
    """SQL normalising a stored time to ISO 8601 UTC with Z (unparsable text kept as is)."""
    return f"COALESCE(strftime({UTC_ISO}, {expression}), {expression})"


def batches(db: Connection, sql: str, params: dict[str, Any] | tuple[Any, ...] = (),
            size: int = BATCH) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``sql`` as lists of plain tuples, straight from the sqlite3 cursor."""
    cursor = db.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        while chunk := cursor.fetchmany(size):
            yield chunk
    finally:
        cursor.close()


def register_function(db: Connection, name: str, fn: Callable[[Any], Any]) -> None:
    db.connection.driver_connection.create_function(  # type: ignore[union-attr]
        name, 1, fn, deterministic=True)


# --- Compass user skills (seed 000) ------------------------------------------------------------

def _user_skills_from(view: str) -> str:
    """Experiences of one view with their top skills; the explored view never shows deleted."""
    deleted = ("" if view == "pipeline" else
               " AND NOT EXISTS (SELECT 1 FROM compass_experience d WHERE d.view = 'deleted'"
               " AND d.session_id = e.session_id AND d.experience_uuid = e.experience_uuid)")
    return (f"FROM compass_experience e "
            f"JOIN compass_skill k ON k.session_id = e.session_id AND k.view = e.view "
            f"AND k.experience_uuid = e.experience_uuid AND k.kind = 'top' "
            f"LEFT JOIN compass_session s ON s.session_id = e.session_id "
            f"WHERE e.view = '{view}'{deleted}")


def user_skills_sql(view: str, spreadsheet: bool, title_function: str) -> str:
    """The export's SELECT in USER_SKILLS_COLUMNS order; ``title_function`` is SQL-callable."""
    wrap = safe_text if spreadsheet else (lambda e: e)
    columns = [
        "e.session_id", wrap("s.user_id"), wrap(utc_iso("s.user_created_at")),
        wrap(utc_iso("s.session_timestamp")), wrap("e.experience_uuid"),
        f"{title_function}(e.title)", "k.rank", wrap("k.skill_uuid"),
        wrap("k.model_id"), wrap("k.preferred_label"),
    ]
    return (f"SELECT {', '.join(columns)} {_user_skills_from(view)} "
            "ORDER BY e.session_id, e.position, k.rank")


def user_skills_counts(db: Connection, view: str) -> dict[str, Any]:
    """Rows, sessions and distinct users the export will hold, and the source databases."""
    row = db.execute(text(
        "SELECT count(*), count(DISTINCT e.session_id), count(DISTINCT s.user_id) "
        + _user_skills_from(view))).one()
    databases = db.execute(text(
        "SELECT DISTINCT source_db FROM compass_session WHERE source_db IS NOT NULL "
        "ORDER BY source_db")).scalars().all()
    return {"rows": row[0], "sessions": row[1], "users": row[2], "databases": list(databases)}


# --- CV analyses (seed 001) --------------------------------------------------------------------

ANALYSIS_COLUMNS = [
    "id", "session_id", "field", "processing_status", "upload_date", "completed_at",
    "created_at", "document_count", "overall_score", "likelihood", "recommendation",
    "strengths_count", "weaknesses_count", "evidence_gaps_count", "derived",
]
TIME_COLUMNS = {"upload_date", "completed_at", "created_at"}
COMPLETED = "FROM cv_analysis WHERE processing_status = 'completed'"


def analyses_sql(spreadsheet: bool, with_raw: bool = False) -> str:
    """Completed analyses, oldest first; text neutralised for spreadsheets."""
    columns = []
    for name in ANALYSIS_COLUMNS:
        expression = utc_iso(name) if name in TIME_COLUMNS else name
        columns.append(safe_text(expression) if spreadsheet else expression)
    if with_raw:
        columns.append("raw_json")
    return f"SELECT {', '.join(columns)} {COMPLETED} ORDER BY created_at, id"


def completed_count(db: Connection) -> int:
    return int(db.execute(text(f"SELECT count(*) {COMPLETED}")).scalar_one())
