"""Export queries over the cache, streamed from the SQLite cursor in batches.

Spreadsheet exports neutralise formula-looking text inside SQL (the rule of
``domain.export_formats``), so a million rows go from the cursor to the CSV writer without
a Python step per value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.domain.export_formats import FORMULA_ESCAPE, FORMULA_TRIGGERS, MIN_PHONE_DIGITS

BATCH = 5000
UTC_ISO = "'%Y-%m-%dT%H:%M:%fZ'"


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_TRIGGERS = ", ".join(str(ord(c)) for c in FORMULA_TRIGGERS)


def safe_text(expression: str) -> str:
    """SQL for ``neutralise(expression)``: a quote before text a spreadsheet would run."""
    return (f"CASE WHEN unicode({expression}) IN ({_TRIGGERS}) "
            f"AND typeof({expression}) = 'text' "
            f"THEN {_sql_literal(FORMULA_ESCAPE)} || {expression} ELSE {expression} END")


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

def _kept_experiences(view: str) -> str:
    """Experiences of one view; the explored view never shows the user's deleted ones."""
    if view == "pipeline":
        return "e.view = 'pipeline'"
    return ("e.view = 'explored' AND NOT EXISTS (SELECT 1 FROM compass_experience d "
            "WHERE d.view = 'deleted' AND d.session_id = e.session_id "
            "AND d.experience_uuid = e.experience_uuid)")


def _with_top_skills(view: str) -> str:
    return (f"{_kept_experiences(view)} AND EXISTS (SELECT 1 FROM compass_skill k "
            "WHERE k.session_id = e.session_id AND k.view = e.view "
            "AND k.experience_uuid = e.experience_uuid AND k.kind = 'top')")


def as_text(expression: str) -> str:
    """SQL for the CSV text of a value: NULL becomes empty."""
    return f"coalesce(CAST({expression} AS TEXT), '')"


# SQL that a text may hold an e-mail address (an @) or a phone number (enough digits): only
# then is the (Python) mask called. (Skill labels, a million rows that repeat a few thousand
# labels, are masked per distinct label in the service instead: cheaper than this test.)
MAY_HOLD_CONTACTS = ("(instr({e}, '@') > 0 OR {e} GLOB '"
                     + "*[0-9]" * MIN_PHONE_DIGITS + "*')")


def masked(expression: str, function: str | None) -> str:
    """SQL for ``function(expression)`` where the text may hold contacts (None: as is)."""
    if function is None:
        return expression
    return (f"CASE WHEN {MAY_HOLD_CONTACTS.format(e=expression)} "
            f"THEN {function}({expression}) ELSE {expression} END")


# The experience title per title mode; {f} is domain.export_formats.title_transform.
TITLE_SQL = {"keep": "{masked}", "redact": "''", "hash": "{f}(title)"}


def user_skills_sql(view: str, spreadsheet: bool, titles: str = "keep",
                    title_function: str | None = None, text_only: bool = False) -> str:
    """The export's SELECT in USER_SKILLS_COLUMNS order; ``title_function`` is the
    SQL-callable title transform (None: titles as stored).

    Session and experience columns are prepared once per session and experience (in
    materialised CTEs), so only the skill columns cost anything per row. ``text_only``
    returns every value as text (for CSV: the writer then just joins them).
    """
    def wrap(expression: str) -> str:
        expression = safe_text(expression) if spreadsheet else expression
        return as_text(expression) if text_only else expression

    number = as_text if text_only else (lambda e: e)
    title = wrap(TITLE_SQL[titles].format(f=title_function, masked=masked(
        "title", title_function)) if title_function else "title")
    return (
        "WITH s AS MATERIALIZED (SELECT session_id, "
        f"{wrap('user_id')} AS user_id, {wrap(utc_iso('user_created_at'))} AS created, "
        f"{wrap(utc_iso('session_timestamp'))} AS stamp FROM compass_session), "
        "x AS MATERIALIZED (SELECT e.session_id, e.view, e.experience_uuid, e.position, "
        f"{wrap('e.experience_uuid')} AS uuid, {title} AS title FROM compass_experience e "
        f"WHERE {_kept_experiences(view)}) "
        f"SELECT {number('x.session_id')}, s.user_id, s.created, s.stamp, x.uuid, x.title, "
        f"{number('k.rank')}, "
        f"{wrap('k.skill_uuid')}, {wrap('k.model_id')}, {wrap('k.preferred_label')} "
        "FROM x JOIN compass_skill k ON k.session_id = x.session_id AND k.view = x.view "
        "AND k.experience_uuid = x.experience_uuid AND k.kind = 'top' "
        "LEFT JOIN s ON s.session_id = x.session_id "
        "ORDER BY x.session_id, x.position, k.rank")


@dataclass(frozen=True)
class UserSkillsCounts:
    """What a user-skills export will hold."""

    rows: int  # about: top skills in the view (exact unless a deleted experience is in it)
    sessions: int
    users: int  # distinct
    databases: list[str]  # the Compass databases the sessions came from


def user_skills_counts(db: Connection, view: str) -> UserSkillsCounts:
    """Sessions, distinct users, databases and rows of the export of ``view``."""
    sessions, users = db.execute(text(
        "SELECT count(DISTINCT e.session_id), count(DISTINCT s.user_id) "
        "FROM compass_experience e LEFT JOIN compass_session s ON s.session_id = e.session_id "
        f"WHERE {_with_top_skills(view)}")).one()
    rows = db.execute(text("SELECT count(*) FROM compass_skill WHERE view = :view "
                           "AND kind = 'top'"), {"view": view}).scalar_one()
    databases = db.execute(text(
        "SELECT DISTINCT source_db FROM compass_session WHERE source_db IS NOT NULL "
        "ORDER BY source_db")).scalars().all()
    return UserSkillsCounts(rows, sessions, users, list(databases))


# --- CV analyses (seed 001) --------------------------------------------------------------------

ANALYSIS_COLUMNS = [
    "id", "session_id", "field", "processing_status", "upload_date", "completed_at",
    "created_at", "document_count", "overall_score", "likelihood", "recommendation",
    "strengths_count", "weaknesses_count", "evidence_gaps_count", "derived",
]
TIME_COLUMNS = {"upload_date", "completed_at", "created_at"}
FREE_TEXT_COLUMNS = {"field", "recommendation"}  # upstream takes them from the request
COMPLETED_ONLY = "processing_status = 'completed'"


def analyses_sql(spreadsheet: bool, with_raw: bool = False, where: str = COMPLETED_ONLY,
                 contacts_function: str | None = None) -> str:
    """Analyses matching ``where`` (default: completed), oldest first; text neutralised for
    spreadsheets; the free-text columns through ``contacts_function`` (None: as stored)."""
    columns = []
    for name in ANALYSIS_COLUMNS:
        expression = utc_iso(name) if name in TIME_COLUMNS else name
        if name in FREE_TEXT_COLUMNS:
            expression = masked(expression, contacts_function)
        columns.append(safe_text(expression) if spreadsheet else expression)
    if with_raw:
        columns.append("raw_json")
    return f"SELECT {', '.join(columns)} FROM cv_analysis WHERE {where} ORDER BY created_at, id"


def analyses_count(db: Connection, where: str = COMPLETED_ONLY,
                   params: dict[str, Any] | None = None) -> int:
    return int(db.execute(text(f"SELECT count(*) FROM cv_analysis WHERE {where}"),
                          params or {}).scalar_one())
