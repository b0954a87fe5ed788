"""Cache tables for data synced from MongoDB (Compass, CV analyses) and sync bookkeeping.

Compass keeps two views of a session's experiences, and so do we: ``view = 'pipeline'``
is ``experiences_state`` (unedited pipeline output), ``view = 'explored'`` is what the user
saw and edited (``explored_experiences``, or the PROCESSED pipeline experiences for legacy
documents), ``view = 'deleted'`` is ``deleted_experiences``.
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class CompassSession(SQLModel, table=True):
    __tablename__ = "compass_session"
    session_id: int = Field(primary_key=True)  # int32 or int64 upstream
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
    state_id: str | None = Field(default=None, index=True)
    doc_hash: str | None = None
    seen_scan: int | None = None


class CompassExperience(SQLModel, table=True):
    __tablename__ = "compass_experience"
    session_id: int = Field(primary_key=True)
    view: str = Field(primary_key=True)  # pipeline | explored | deleted
    experience_uuid: str = Field(primary_key=True)
    position: int  # order within the view, 0-based
    title: str = ""
    company: str | None = None
    timeline_start: str | None = None
    timeline_end: str | None = None
    work_type: str | None = None
    dive_in_phase: str | None = None


class CompassSkill(SQLModel, table=True):
    __tablename__ = "compass_skill"
    session_id: int = Field(primary_key=True)
    view: str = Field(primary_key=True)
    experience_uuid: str = Field(primary_key=True)
    kind: str = Field(primary_key=True)  # top | remaining
    rank: int = Field(primary_key=True)  # 1-based, dense, in orderIndex (or pipeline) order
    order_index: int | None = None  # the explored pair's orderIndex; None in the pipeline view
    skill_uuid: str = ""
    model_id: str = ""
    preferred_label: str = ""
    skill_type: str = ""
    score: float | None = None


class CompassOccupation(SQLModel, table=True):
    """The ESCO occupations Compass linked to an experience (``esco_occupations``)."""

    __tablename__ = "compass_occupation"
    session_id: int = Field(primary_key=True)
    view: str = Field(primary_key=True)
    experience_uuid: str = Field(primary_key=True)
    rank: int = Field(primary_key=True)  # 1-based, in stored order
    occupation_uuid: str = ""
    origin_uuid: str = ""
    uuid_history: str = "[]"  # JSON list: the UUIDs the entity had before (ESCO's among them)
    code: str = ""  # ESCO code: ISCO unit group, then ".n" per level (5223.1)
    preferred_label: str = ""  # as stored (Spanish in Brujula)
    score: float | None = None


class TaxonomySkill(SQLModel, table=True):
    __tablename__ = "taxonomy_skill"
    model_id: str = Field(primary_key=True)  # ObjectId hex, the same string as in state documents
    skill_uuid: str = Field(primary_key=True)
    preferred_label: str = ""
    skill_type: str = ""
    description: str | None = None
    alt_labels: str | None = None  # JSON list
    seen_scan: int | None = None


class CvAnalysis(SQLModel, table=True):
    __tablename__ = "cv_analysis"
    id: str = Field(primary_key=True)  # the Mongo _id as hex
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


class SyncState(SQLModel, table=True):
    """One row per source: the resumable cursor and the last run's outcome."""

    __tablename__ = "sync_state"
    source: str = Field(primary_key=True)  # compass | taxonomy | analyses | onet-api
    cursor: str | None = None  # JSON: {scan, after, done, token} (see desktop/services/sync.py)
    last_sync_at: str | None = None
    status: str | None = None
    counts_json: str | None = None
    last_error: str | None = None
