"""SQLModel mirrors of the casework tables (created by the casework MIGRATIONS, never by the
cache: ``info["store"] == "casework"``). Queries use these; tests check they match the SQL."""

from __future__ import annotations

from sqlalchemy import Table
from sqlmodel import Field, SQLModel

CASEWORK = {"info": {"store": "casework"}}


def table_of(model: type[SQLModel]) -> Table:
    """The SQLAlchemy table behind a table model (SQLModel's stubs do not declare it)."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return table


class Client(SQLModel, table=True):
    __table_args__ = CASEWORK
    id: int | None = Field(default=None, primary_key=True)
    label: str  # pseudonymous: never an e-mail address or a full name
    compass_user_id: str | None = None
    compass_session_id: str | None = None
    current_code: str | None = None
    notes: str = ""
    created_at: str
    updated_at: str
    archived: bool = False
    education: int | None = None  # O*NET RL category 1–12; None: the current occupation's
    experience_years: float | None = None  # related work experience; None: assumed


class Rating(SQLModel, table=True):
    __table_args__ = CASEWORK
    client_id: int = Field(primary_key=True, foreign_key="client.id")
    element_id: str = Field(primary_key=True)
    rating: int  # 0 none … 4 expert
    updated_at: str


class RatingChange(SQLModel, table=True):
    """Undo log: the value a rating had before a change (None: it was unrated); for the
    element id CURRENT_CODE, the client's current occupation before (previous_code)."""

    __tablename__ = "rating_change"
    __table_args__ = CASEWORK
    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id")
    batch: int  # one user action (a prefill changes many ratings at once)
    element_id: str
    previous: int | None = None
    previous_code: str | None = None
    at: str


class RecommendationEvent(SQLModel, table=True):
    __tablename__ = "recommendation_event"
    __table_args__ = CASEWORK
    id: int | None = Field(default=None, primary_key=True)
    client_id: int | None = Field(default=None, foreign_key="client.id")
    created_at: str
    current_code: str | None = None
    model: str
    params: str  # JSON: thresholds, calibration, exploration, the ratings used


class RecommendedItem(SQLModel, table=True):
    __tablename__ = "recommended_item"
    __table_args__ = CASEWORK
    event_id: int = Field(primary_key=True, foreign_key="recommendation_event.id")
    code: str = Field(primary_key=True)
    tier: str
    rank: int
    scores: str  # JSON: scores and the calibration features at recommendation time
    is_exploration: bool = False


class Feedback(SQLModel, table=True):
    __table_args__ = CASEWORK
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="recommendation_event.id")
    code: str
    action: str  # click | save | hide | apply | interview | offer
    at: str


class ModelRegistry(SQLModel, table=True):
    __tablename__ = "model_registry"
    __table_args__ = CASEWORK
    version: str = Field(primary_key=True)
    trained_at: str
    samples: int
    metrics: str  # JSON
    artifact: str  # file name under DataPaths.models
    is_active: bool = False


class ShortlistEntry(SQLModel, table=True):
    """A target occupation a counsellor pinned for a client, in the counsellor's order."""

    __tablename__ = "shortlist"
    __table_args__ = CASEWORK
    client_id: int = Field(primary_key=True, foreign_key="client.id")
    code: str = Field(primary_key=True)
    position: int  # 1 = first
    note: str = ""
    added_at: str


class Scenario(SQLModel, table=True):
    """The what-if kept for the client's report: hypothetical ratings, never the real ones."""

    __table_args__ = CASEWORK
    client_id: int = Field(primary_key=True, foreign_key="client.id")
    label: str  # e.g. "after a forklift certificate and an Excel course"
    changes: str  # JSON {"element_id": rating 0–4}
    kept_at: str
