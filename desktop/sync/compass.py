"""Compass (Brujula) application database: read sessions, experiences and skills.

Three collections (one document per session or user, updated in place by upserts):
``explore_experiences_director_state`` (experiences and skills, both views),
``user_preferences`` (``sessions``, newest first → user id and the user's ``created_at``) and
``agent_director_state`` (``conversation_conducted_at``: the LAST message time; phase).

Parsing keeps both views: ``pipeline`` = ``experiences_state`` (unedited), ``explored`` =
``explored_experiences`` ([orderIndex, skill] pairs, what the user saw and edited; legacy
documents without it are rebuilt from the PROCESSED pipeline experiences, as the server does),
``deleted`` = ``deleted_experiences``. Each experience also keeps the ESCO occupations Compass
linked to it (``esco_occupations[].occupation``: UUIDs, ESCO code, label). Missing keys are
tolerated; a document whose shape is unreadable raises ``Malformed`` and is skipped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.store.sync_tables import CompassExperience, CompassOccupation, CompassSkill
from desktop.sync.mongo import Malformed, iso_utc, object_id_text, pages

STATE = "explore_experiences_director_state"
USERS = "user_preferences"
AGENTS = "agent_director_state"
COLLECTIONS = (STATE, USERS, AGENTS)
# What a stored session holds; a new layout re-reads every document once (see ``fingerprint``).
LAYOUT = "2"  # 2: ESCO occupations per experience

# State documents are read whole: the fields never stored (summaries, questions and
# answers, associated skills) sit mostly under experiences_state.<uuid>, which a find projection
# cannot name; excluding only the explored copies tripled the test server's serving time.
# The other collections are projected to the few fields used.
STATE_PROJECTION = None


@dataclass
class ParsedSession:
    session_id: int
    state_id: str
    country: str
    conversation_phase: str | None
    legacy: bool
    experiences: list[CompassExperience] = field(default_factory=list)
    skills: list[CompassSkill] = field(default_factory=list)
    occupations: list[CompassOccupation] = field(default_factory=list)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _object(value: Any, what: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Malformed(f"{what} is a {type(value).__name__}, not an object")
    return value


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Malformed(f"{what} is a {type(value).__name__}, not an array")
    return value


def session_id_of(value: Any) -> int:
    """int32 and int64 alike; anything else (string, float, bool, missing) is malformed."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise Malformed(f"session_id {value!r} is not an integer")
    return int(value)


SkillFields = tuple[str, str, str, str, float | None]  # UUID, modelId, label, type, score
RankedSkills = list[tuple[int | None, SkillFields]]  # (orderIndex, skill)


def _skill_row(skill: Any, what: str) -> SkillFields:
    if not isinstance(skill, dict):
        raise Malformed(f"{what} is a {type(skill).__name__}, not an object")
    score = skill.get("score")
    return (_text(skill.get("UUID")), _text(skill.get("modelId")),
            _text(skill.get("preferredLabel")), _text(skill.get("skillType")),
            float(score) if isinstance(score, int | float) and not isinstance(score, bool)
            else None)


def _pipeline_skills(entity: dict[str, Any], kind: str, what: str) -> RankedSkills:
    """Pipeline skills are plain objects in pipeline order: no orderIndex."""
    return [(None, _skill_row(s, f"{what}.{kind}_skills[{i}]"))
            for i, s in enumerate(_list(entity.get(f"{kind}_skills"), f"{what}.{kind}_skills"))]


def _pair_skills(entity: dict[str, Any], kind: str, what: str) -> RankedSkills:
    """Explored skills are [orderIndex, skill] pairs; ranked by orderIndex."""
    rows: list[tuple[int, SkillFields]] = []
    for i, pair in enumerate(_list(entity.get(f"{kind}_skills"), f"{what}.{kind}_skills")):
        where = f"{what}.{kind}_skills[{i}]"
        if (not isinstance(pair, list) or len(pair) != 2 or isinstance(pair[0], bool)
                or not isinstance(pair[0], int)):
            raise Malformed(f"{where} is not an [orderIndex, skill] pair")
        rows.append((int(pair[0]), _skill_row(pair[1], where)))
    rows.sort(key=lambda r: r[0])  # stable: equal indexes keep their stored order
    return list[tuple[int | None, SkillFields]](rows)


OccupationFields = tuple[str, str, str, str, str, float | None]


def _occupation_rows(entity: dict[str, Any], what: str) -> list[OccupationFields]:
    """``esco_occupations[].occupation`` → (UUID, originUUID, UUIDHistory JSON, code, label,
    score), in stored order."""
    rows: list[OccupationFields] = []
    for i, entry in enumerate(_list(entity.get("esco_occupations"), f"{what}.esco_occupations")):
        where = f"{what}.esco_occupations[{i}]"
        occupation = _object(_object(entry, where).get("occupation"), f"{where}.occupation")
        history = [_text(u) for u in _list(occupation.get("UUIDHistory"),
                                           f"{where}.occupation.UUIDHistory")]
        score = occupation.get("score")
        rows.append((_text(occupation.get("UUID")), _text(occupation.get("originUUID")),
                     json.dumps(history), _text(occupation.get("code")),
                     _text(occupation.get("preferredLabel")),
                     float(score) if isinstance(score, int | float)
                     and not isinstance(score, bool) else None))
    return rows


class _Builder:
    def __init__(self, session_id: int) -> None:
        self.session_id = session_id
        self.experiences: list[CompassExperience] = []
        self.skills: list[CompassSkill] = []
        self.occupations: list[CompassOccupation] = []

    def add(self, view: str, position: int, entity: dict[str, Any], dive_in_phase: str | None,
            skills: dict[str, RankedSkills], taken: set[str]) -> None:
        uuid = _text(entity.get("uuid"))
        if uuid in taken:  # a missing or repeated uuid: keep the row, keyed by position
            uuid = f"{uuid}#{position}"
        taken.add(uuid)
        found = entity.get("timeline")
        timeline: dict[str, Any] = found if isinstance(found, dict) else {}
        self.experiences.append(CompassExperience(
            self.session_id, view, uuid, position, _text(entity.get("experience_title")),
            _optional_text(entity.get("company")), _optional_text(timeline.get("start")),
            _optional_text(timeline.get("end")), _optional_text(entity.get("work_type")),
            dive_in_phase))
        for rank, row in enumerate(_occupation_rows(entity, f"{view}[{position}]"), 1):
            self.occupations.append(CompassOccupation(self.session_id, view, uuid, rank, *row))
        for kind, rows in skills.items():
            for rank, (order_index, skill) in enumerate(rows, 1):
                self.skills.append(CompassSkill(self.session_id, view, uuid, kind, rank,
                                                order_index, *skill))


def parse_state(document: dict[str, Any]) -> ParsedSession:
    """One ``explore_experiences_director_state`` document → rows for the three views."""
    session_id = session_id_of(document.get("session_id"))
    states = _object(document.get("experiences_state"), "experiences_state")
    builder = _Builder(session_id)
    pipeline: list[tuple[dict[str, Any], str | None, dict[str, RankedSkills]]] = []
    taken: set[str] = set()
    for position, (key, state) in enumerate(states.items()):
        what = f"experiences_state.{key}"
        state = _object(state, what)
        entity = dict(_object(state.get("experience"), f"{what}.experience"))
        entity.setdefault("uuid", key)
        phase = _optional_text(state.get("dive_in_phase"))
        skills = {kind: _pipeline_skills(entity, kind, what) for kind in ("top", "remaining")}
        builder.add("pipeline", position, entity, phase, skills, taken)
        pipeline.append((entity, phase, skills))

    explored = document.get("explored_experiences")
    legacy = explored is None
    if legacy:  # rebuilt as the server does: PROCESSED experiences, top 0..n-1, remaining n..
        taken = set()
        processed = [(e, s) for e, phase, s in pipeline if phase == "PROCESSED"]
        for position, (entity, skills) in enumerate(processed):
            top: RankedSkills = [(i, row) for i, (_, row) in enumerate(skills["top"])]
            rest: RankedSkills = [(len(top) + i, row)
                                  for i, (_, row) in enumerate(skills["remaining"])]
            builder.add("explored", position, entity, "PROCESSED",
                        {"top": top, "remaining": rest}, taken)
    for view, key in (("explored", "explored_experiences"), ("deleted", "deleted_experiences")):
        if view == "explored" and legacy:
            continue
        taken = set()
        for position, entity in enumerate(_list(document.get(key), key)):
            what = f"{key}[{position}]"
            entity = _object(entity, what)
            skills = {kind: _pair_skills(entity, kind, what) for kind in ("top", "remaining")}
            builder.add(view, position, entity, None, skills, taken)

    return ParsedSession(session_id, object_id_text(document.get("_id")),
                         _text(document.get("country_of_user")) or "UNSPECIFIED",
                         _optional_text(document.get("conversation_phase")), legacy,
                         builder.experiences, builder.skills, builder.occupations)


# --- the two lookups ------------------------------------------------------------------------
UserInfo = tuple[str | None, str | None]  # user_id, user's created_at
AgentInfo = tuple[str | None, str | None]  # conversation_conducted_at, current_phase


def user_rows(documents: Iterable[dict[str, Any]]) -> Iterator[tuple[int, UserInfo]]:
    for document in documents:
        info = (_optional_text(document.get("user_id")), iso_utc(document.get("created_at")))
        sessions = document.get("sessions")
        for session in sessions if isinstance(sessions, list) else ():
            if isinstance(session, int) and not isinstance(session, bool):
                yield int(session), info


def agent_rows(documents: Iterable[dict[str, Any]]) -> Iterator[tuple[int, AgentInfo]]:
    for document in documents:
        session = document.get("session_id")
        if isinstance(session, int) and not isinstance(session, bool):
            yield int(session), (iso_utc(document.get("conversation_conducted_at")),
                                 _optional_text(document.get("current_phase")))


USER_PROJECTION = {"user_id": 1, "created_at": 1, "sessions": 1}
AGENT_PROJECTION = {"session_id": 1, "conversation_conducted_at": 1, "current_phase": 1}


def load_users(db: Any) -> dict[int, UserInfo]:
    """session → (user_id, created_at) for every user; the first (newest) listing wins."""
    found: dict[int, UserInfo] = {}
    for page in pages(db[USERS], {}, USER_PROJECTION, batch_size=2000):
        for session, info in user_rows(page):
            found.setdefault(session, info)
    return found


def load_agents(db: Any) -> dict[int, AgentInfo]:
    return dict(row for page in pages(db[AGENTS], {}, AGENT_PROJECTION, batch_size=2000)
                for row in agent_rows(page))


def users_for(db: Any, sessions: list[int]) -> dict[int, UserInfo]:
    found: dict[int, UserInfo] = {}
    wanted = set(sessions)
    for session, info in user_rows(db[USERS].find({"sessions": {"$in": sessions}},
                                                  USER_PROJECTION)):
        if session in wanted:
            found.setdefault(session, info)
    return found


def agents_for(db: Any, sessions: list[int]) -> dict[int, AgentInfo]:
    return dict(agent_rows(db[AGENTS].find({"session_id": {"$in": sessions}}, AGENT_PROJECTION)))


def users_by_id(db: Any, ids: list[Any]) -> dict[int, UserInfo]:
    """session → (user_id, created_at) listed by these user documents."""
    return dict(user_rows(db[USERS].find({"_id": {"$in": ids}}, USER_PROJECTION))) if ids else {}


def agents_by_id(db: Any, ids: list[Any]) -> dict[int, AgentInfo]:
    return dict(agent_rows(db[AGENTS].find({"_id": {"$in": ids}}, AGENT_PROJECTION))
                ) if ids else {}


def state_pages(db: Any, after: Any, batch_size: int) -> Iterator[list[Any]]:
    """Raw pages (``RawBSONDocument``) in ``_id`` order: hashed before they are decoded."""
    from bson.raw_bson import RawBSONDocument

    return pages(db[STATE], {}, STATE_PROJECTION, after, batch_size, RawBSONDocument)


def states_by_id(db: Any, ids: list[Any]) -> list[Any]:
    from bson.raw_bson import RawBSONDocument

    collection = db[STATE].with_options(codec_options=db[STATE].codec_options.with_options(
        document_class=RawBSONDocument))
    return list(collection.find({"_id": {"$in": ids}}, STATE_PROJECTION))


def fingerprint(raw: bytes, user: UserInfo | None, agent: AgentInfo | None) -> str:
    """What decides "changed": the stored BSON bytes, the two lookups and the layout."""
    digest = hashlib.blake2b(raw, digest_size=16)
    digest.update(repr((user, agent, LAYOUT)).encode())
    return digest.hexdigest()

