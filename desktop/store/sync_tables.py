"""Cache tables for data synced from MongoDB (Compass, CV analyses) and sync bookkeeping.

Each table is declared once, as the typed row the sync writes (a ``NamedTuple``: immutable,
and a plain tuple for ``executemany``); its SQLAlchemy table is derived from it (column
names, order, types, nullability and defaults), keys and indexes named beside it.

Compass keeps two views of a session's experiences, and so do we: ``view = 'pipeline'``
is ``experiences_state`` (unedited pipeline output), ``view = 'explored'`` is what the user
saw and edited (``explored_experiences``, or the PROCESSED pipeline experiences for legacy
documents), ``view = 'deleted'`` is ``deleted_experiences``.
"""

from __future__ import annotations

import types
from collections.abc import Sequence
from typing import Any, NamedTuple, Union, get_args, get_origin, get_type_hints

from sqlalchemy import Boolean, Column, Float, Index, Integer, String, Table
from sqlalchemy.types import TypeEngine
from sqlmodel import SQLModel


class CompassSession(NamedTuple):
    session_id: int  # int32 or int64 upstream
    user_id: str | None = None
    user_created_at: str | None = None  # ISO 8601, UTC
    # agent_director_state.conversation_conducted_at: the time of the last message
    session_timestamp: str | None = None
    current_phase: str | None = None  # agent_director_state.current_phase
    country: str | None = None
    conversation_phase: str | None = None
    legacy: bool = False  # no explored_experiences: the explored view was rebuilt
    source_db: str | None = None
    synced_at: str | None = None
    # sync bookkeeping: the source document's _id (hex), its fingerprint, the last scan seeing it
    state_id: str | None = None
    doc_hash: str | None = None
    seen_scan: int | None = None


class CompassExperience(NamedTuple):
    session_id: int
    view: str  # pipeline | explored | deleted
    experience_uuid: str
    position: int  # order within the view, 0-based
    title: str = ""
    company: str | None = None
    timeline_start: str | None = None
    timeline_end: str | None = None
    work_type: str | None = None
    dive_in_phase: str | None = None


class CompassSkill(NamedTuple):
    session_id: int
    view: str
    experience_uuid: str
    kind: str  # top | remaining
    rank: int  # 1-based, dense, in orderIndex (or pipeline) order
    order_index: int | None = None  # the explored pair's orderIndex; None in the pipeline view
    skill_uuid: str = ""
    model_id: str = ""
    preferred_label: str = ""
    skill_type: str = ""
    score: float | None = None


class CompassOccupation(NamedTuple):
    """The ESCO occupations Compass linked to an experience (``esco_occupations``)."""

    session_id: int
    view: str
    experience_uuid: str
    rank: int  # 1-based, in stored order
    occupation_uuid: str = ""
    origin_uuid: str = ""
    uuid_history: str = "[]"  # JSON list: the UUIDs the entity had before (ESCO's among them)
    code: str = ""  # ESCO code: ISCO unit group, then ".n" per level (5223.1)
    preferred_label: str = ""  # as stored (Spanish in Brujula)
    score: float | None = None


class TaxonomySkill(NamedTuple):
    model_id: str  # ObjectId hex, the same string as in state documents
    skill_uuid: str
    preferred_label: str = ""
    skill_type: str = ""
    description: str | None = None
    alt_labels: str | None = None  # JSON list
    seen_scan: int | None = None


class CvAnalysis(NamedTuple):
    id: str  # the Mongo _id as hex
    session_id: str | None = None
    field: str | None = None
    processing_status: str | None = None  # completed | error | ...
    error_message: str | None = None
    upload_date: str | None = None
    completed_at: str | None = None
    created_at: str | None = None
    document_count: int | None = None
    overall_score: float | None = None  # 0-100
    likelihood: float | None = None  # 0-1
    recommendation: str | None = None  # strong | moderate | weak
    strengths_count: int | None = None
    weaknesses_count: int | None = None
    evidence_gaps_count: int | None = None
    derived: str | None = None  # JSON list of the metric names derived from analysis_results
    raw_json: str | None = None  # the whole document, Extended JSON
    doc_hash: str | None = None
    seen_scan: int | None = None


class SyncState(NamedTuple):
    """One row per source: the resumable cursor and the last run's outcome."""

    source: str  # compass | taxonomy | analyses | onet-api
    cursor: str | None = None  # JSON: {scan, after, done, token} (see desktop/sync/engine.py)
    last_sync_at: str | None = None
    status: str | None = None
    counts_json: str | None = None
    last_error: str | None = None


SQL_TYPES: dict[type, type[TypeEngine[Any]]] = {
    int: Integer, str: String, float: Float, bool: Boolean}


def _column(name: str, hint: Any, default: Any, key: bool) -> Column[Any]:
    options = [a for a in get_args(hint) if a is not type(None)]
    optional = get_origin(hint) in (Union, types.UnionType) and len(options) == 1
    kind = options[0] if optional else hint
    return Column(name, SQL_TYPES[kind](), primary_key=key, nullable=optional,
                  default=default)


def _table(row: type[tuple[Any, ...]], name: str, key: Sequence[str],
           indexed: Sequence[str] = ()) -> Table:
    hints = get_type_hints(row)
    defaults: dict[str, Any] = row._field_defaults  # type: ignore[attr-defined]
    table = Table(name, SQLModel.metadata,
                  *[_column(f, hints[f], defaults.get(f), f in key)
                    for f in row._fields])  # type: ignore[attr-defined]
    for column in indexed:
        Index(f"ix_{name}_{column}", table.c[column])
    return table


TABLES: dict[type[tuple[Any, ...]], Table] = {
    CompassSession: _table(CompassSession, "compass_session", ["session_id"], ["state_id"]),
    CompassExperience: _table(CompassExperience, "compass_experience",
                              ["session_id", "view", "experience_uuid"]),
    CompassSkill: _table(CompassSkill, "compass_skill",
                         ["session_id", "view", "experience_uuid", "kind", "rank"]),
    CompassOccupation: _table(CompassOccupation, "compass_occupation",
                              ["session_id", "view", "experience_uuid", "rank"]),
    TaxonomySkill: _table(TaxonomySkill, "taxonomy_skill", ["model_id", "skill_uuid"]),
    CvAnalysis: _table(CvAnalysis, "cv_analysis", ["id"]),
    SyncState: _table(SyncState, "sync_state", ["source"]),
}
