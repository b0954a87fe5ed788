"""Cache tables holding one O*NET release (replaced as a whole by each import)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Meta(SQLModel, table=True):
    """Key/value facts about the cache: release, title, demo flag, import time."""

    key: str = Field(primary_key=True)
    value: str | None = None


class Occupation(SQLModel, table=True):
    code: str = Field(primary_key=True)
    title: str
    description: str | None = None
    # "release", or "onet-api" for occupations fetched from O*NET Web Services
    source: str = Field(default="release", sa_column_kwargs={"server_default": "release"})


class Scale(SQLModel, table=True):
    scale_id: str = Field(primary_key=True)
    name: str
    minimum: float | None = None
    maximum: float | None = None


class Element(SQLModel, table=True):
    element_id: str = Field(primary_key=True)
    name: str
    description: str | None = None


class ElementRating(SQLModel, table=True):
    """One row of Skills/Knowledge/Abilities/Work Activities: an (occupation, element, scale)."""

    __tablename__ = "element_rating"
    id: int | None = Field(default=None, primary_key=True)
    domain: str  # skills | knowledge | abilities | work_activities
    code: str
    element_id: str
    scale_id: str  # IM (1-5) or LV (0-7)
    data_value: float | None = None
    n: int | None = None
    standard_error: float | None = None
    lower_ci: float | None = None
    upper_ci: float | None = None
    recommend_suppress: bool | None = None
    not_relevant: bool | None = None  # only on LV rows
    date: str | None = None
    domain_source: str | None = None
    source: str = Field(default="release", sa_column_kwargs={"server_default": "release"})


class JobZone(SQLModel, table=True):
    __tablename__ = "job_zone"
    code: str = Field(primary_key=True)
    job_zone: int
    date: str | None = None
    domain_source: str | None = None


class JobZoneReference(SQLModel, table=True):
    __tablename__ = "job_zone_reference"
    job_zone: int = Field(primary_key=True)
    name: str
    experience: str | None = None
    education: str | None = None
    job_training: str | None = None
    examples: str | None = None
    svp_range: str | None = None


class AlternateTitle(SQLModel, table=True):
    __tablename__ = "alternate_title"
    id: int | None = Field(default=None, primary_key=True)
    code: str
    title: str
    short_title: str | None = None
    sources: str | None = None


class TechnologySkill(SQLModel, table=True):
    __tablename__ = "technology_skill"
    id: int | None = Field(default=None, primary_key=True)
    code: str
    example: str
    commodity_code: int | None = None
    commodity_title: str | None = None
    hot: bool | None = None
    in_demand: bool | None = None


class Ete(SQLModel, table=True):
    """Education, Training, and Experience: percent of respondents per category."""

    id: int | None = Field(default=None, primary_key=True)
    code: str
    element_id: str
    scale_id: str
    category: int | None = None
    data_value: float | None = None
    n: int | None = None
    standard_error: float | None = None
    lower_ci: float | None = None
    upper_ci: float | None = None
    recommend_suppress: bool | None = None
    date: str | None = None
    domain_source: str | None = None


class EteCategory(SQLModel, table=True):
    __tablename__ = "ete_category"
    id: int | None = Field(default=None, primary_key=True)
    element_id: str
    scale_id: str
    category: int
    description: str | None = None


class Interest(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str
    element_id: str
    scale_id: str
    data_value: float | None = None
    date: str | None = None
    domain_source: str | None = None


class LevelAnchor(SQLModel, table=True):
    __tablename__ = "level_anchor"
    id: int | None = Field(default=None, primary_key=True)
    element_id: str
    scale_id: str
    anchor_value: int
    description: str


class RelatedOccupation(SQLModel, table=True):
    """O*NET's Related Occupations: up to 20 per occupation, by tier and index."""

    __tablename__ = "related_occupation"
    id: int | None = Field(default=None, primary_key=True)
    code: str
    related_code: str
    tier: str  # Primary-Short, Primary-Long, Supplemental
    position: int | None = None  # the Index column: 1 = most related


class Precomputed(SQLModel, table=True):
    """Arrays derived from the release once (profile matrices, the similarity matrix)."""

    name: str = Field(primary_key=True)
    data: bytes  # numpy .npz: named arrays, no pickles


class SimilarOccupation(SQLModel, table=True):
    """Each rated occupation's nearest occupations by the ``similar`` score, best first (kept
    with the similarity matrix they come from: stale once that ``precomputed`` row is gone)."""

    __tablename__ = "similar_occupation"
    code: str = Field(primary_key=True)
    rank: int = Field(primary_key=True)
    similar_code: str
    similarity: float


ONET_TABLES = [
    model.__table__  # type: ignore[union-attr]
    for model in (Meta, Occupation, Scale, Element, ElementRating, JobZone, JobZoneReference,
                  AlternateTitle, TechnologySkill, Ete, EteCategory, Interest, LevelAnchor,
                  RelatedOccupation, Precomputed, SimilarOccupation)
]
ONET_TABLE_NAMES = frozenset(t.name for t in ONET_TABLES)

# Created after the bulk load, so the load itself touches no index. Ratings are read by
# occupation; a whole domain is read once, into the profile matrices saved at import.
ONET_INDEXES = (
    "CREATE INDEX ix_rating_code ON element_rating (code, domain, scale_id)",
    "CREATE INDEX ix_alternate_title_code ON alternate_title (code)",
    "CREATE INDEX ix_technology_code ON technology_skill (code)",
    "CREATE INDEX ix_ete_code ON ete (code)",
    "CREATE INDEX ix_interest_code ON interest (code)",
    "CREATE INDEX ix_anchor_element ON level_anchor (element_id, scale_id)",
    "CREATE INDEX ix_related_code ON related_occupation (code)",
)
