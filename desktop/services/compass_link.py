"""From a client's Compass conversation to suggested ratings: link, suggest, accept.

A client links to a synced Compass user (all their sessions) or to one session. Their kept
experiences resolve to O*NET occupations through the ESCO crosswalk (``domain/crosswalk.py``)
and give suggested 0–4 ratings and a current occupation (``domain/suggest.py``). Nothing is
written until the counsellor accepts; accepted ratings are one undoable change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from desktop.domain.crosswalk import (
    ESCO_FILE,
    SOC_FILE,
    Candidate,
    Crosswalk,
    confidence_label,
    level5_parent,
)
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.evidence import supported_skills
from desktop.domain.suggest import (
    WORK_TYPE_WORDS,
    Experience,
    Provenance,
    current_occupation,
    suggest,
)
from desktop.paths import resources_dir
from desktop.services import casework
from desktop.services.context import Services
from desktop.services.profiles import profiles
from desktop.store import compass_link as store
from desktop.store.clients import Client as ClientRecord


@dataclass(frozen=True, slots=True)
class OnetLink:
    """The O*NET occupation an experience resolved to."""

    code: str
    title: str
    confidence: float  # 0–1
    confidence_label: str  # high | medium | low


@dataclass(frozen=True, slots=True)
class OnetCandidate(OnetLink):
    reason: str  # how the crosswalk reached it


@dataclass(frozen=True, slots=True)
class CurrentOccupation(OnetCandidate):
    """A suggested current occupation and the experience it comes from."""

    experience: str
    span: str


@dataclass(frozen=True, slots=True)
class EscoLink:
    """An ESCO occupation Compass linked to an experience, and how it resolved."""

    esco: str  # its label as stored
    method: str  # uuid | parent | isco | none
    note: str
    candidates: list[OnetCandidate]  # best first


@dataclass(frozen=True, slots=True)
class CompassExperience:
    """A kept experience as the job seeker told it, with its links and notes."""

    uuid: str
    title: str
    company: str | None
    start: str | None
    end: str | None
    span: str
    work_type: str | None
    work_type_text: str
    weight: float
    top_skills: list[str]
    esco_occupations: list[EscoLink]
    notes: list[str]
    onet: OnetLink | None  # the occupation used, if any


@dataclass(frozen=True, slots=True)
class Evidence:
    label: str  # a top skill, as Compass stored it
    experience: str  # the experience's title


@dataclass(frozen=True, slots=True)
class SuggestedRating:
    element_id: str
    name: str
    rating: int  # 0–4
    level: float
    confidence: float
    confidence_label: str
    provenance: list[Provenance]
    provenance_text: str
    current_rating: int | None  # the client's rating now
    evidence: list[Evidence]  # the Compass skills that support it


@dataclass(frozen=True, slots=True)
class Suggestions:
    """Everything the Compass panel and ``client suggest`` show."""

    client_id: int
    compass_user_id: str | None
    compass_session_id: str | None
    notes: list[str]
    experiences: list[CompassExperience]
    current: CurrentOccupation | None
    current_alternatives: list[CurrentOccupation]
    skills: list[SuggestedRating]


@dataclass(frozen=True, slots=True)
class Accepted:
    client_id: int
    accepted: dict[str, int]  # element id → rating written
    current_code: str | None  # the client's current occupation after it


@cache
def crosswalk() -> Crosswalk:
    folder = resources_dir() / "esco_onet"
    return Crosswalk.from_texts((folder / ESCO_FILE).read_text("utf-8"),
                                (folder / SOC_FILE).read_text("utf-8-sig"))


def find_sessions(services: Services, query: str = "", limit: int = 200
                  ) -> list[store.SessionChoice]:
    with services.cache.read() as db:
        return store.sessions(db, query, limit)


def _session_number(text: str | int) -> int:
    try:
        return int(str(text).strip())
    except ValueError:
        raise InvalidArgument(f"'{text}' is not a Compass session id (a whole number)") from None


def link(services: Services, client_id: int, user_id: str | None = None,
         session_id: str | int | None = None) -> ClientRecord:
    """Link to a synced user (all their sessions) or one synced session (with its user)."""
    if (user_id is None) == (session_id is None):
        raise InvalidArgument("link to a Compass user or to a session, not both or neither")
    with services.cache.read() as db:
        if session_id is not None:
            found = store.session_of(db, _session_number(session_id))
            if found is None:
                raise NotFound(f"no synced Compass session {session_id}: sync Compass first")
            user_id = found.user_id
            session_id = str(found.session_id)
        elif not store.session_ids(db, user_id, None):
            raise NotFound(f"no synced sessions for Compass user {user_id}: sync Compass first")
    return casework.update_client(services, client_id, compass_user_id=user_id,
                                  compass_session_id=session_id)


def _experiences(services: Services, client: ClientRecord
                 ) -> tuple[list[store.KeptExperience], list[str]]:
    """The linked sessions' kept experiences (one per distinct job), and notes."""
    user, session = client.compass_user_id, client.compass_session_id
    if not user and not session:
        return [], ["Not linked to Compass: use Link Compass… to pick a synced user or session."]
    with services.cache.read() as db:
        try:
            ids = store.session_ids(db, user, _session_number(session) if session else None)
        except InvalidArgument as exc:
            return [], [f"The Compass link is not usable: {exc}."]
        found = store.experiences(db, ids)
    if not ids:
        what = f"session {session}" if session else f"user {user}"
        return [], [f"No synced Compass sessions for {what}: sync Compass, or check the link."]
    unique: dict[tuple[str | None, ...], store.KeptExperience] = {}
    for row in found:  # newest session first: a job told again in an older session is skipped
        key = (row.title.strip().lower(), row.company, row.timeline_start, row.timeline_end)
        unique.setdefault(key, row)
    notes = [] if unique else [f"The linked {len(ids)} session(s) hold no kept experiences."]
    return list(unique.values()), notes


def _levels(services: Services) -> tuple[dict[str, dict[str, float]], list[tuple[str, str]]]:
    """O*NET code → element id → LV for occupations with skill ratings; the 35 skills."""
    matrix = profiles(services, "skills")
    levels = {code: found for code in matrix.codes if (found := matrix.levels(code))}
    return levels, list(zip(matrix.element_ids, matrix.element_names, strict=True))


def _evidence(rows: list[store.KeptExperience]) -> dict[str, list[Evidence]]:
    """O*NET skill element id → the kept experiences' top skills that support it."""
    found: dict[str, list[Evidence]] = {}
    for row in rows:
        for skill in row.skills:
            for element in supported_skills(skill.preferred_label, skill.skill_type):
                found.setdefault(element, []).append(Evidence(skill.preferred_label, row.title))
    return found


def _candidates(experience: Experience) -> list[EscoLink]:
    return [EscoLink(label, r.method, r.note, [_candidate(c) for c in r.candidates])
            for label, r in experience.occupations]


def _candidate(candidate: Candidate) -> OnetCandidate:
    return OnetCandidate(candidate.code, candidate.title, candidate.confidence, candidate.label,
                         candidate.reason)


def _link(experience: Experience) -> OnetLink | None:
    chosen = experience.chosen
    return None if chosen is None else OnetLink(chosen.code, chosen.title, chosen.confidence,
                                                chosen.label)


def suggestions(services: Services, client_id: int, today: datetime | None = None
                ) -> Suggestions:
    """Everything the Compass panel and ``client suggest`` show; writes nothing."""
    client = casework.get_client(services, client_id)
    rows, notes = _experiences(services, client)
    walk = crosswalk()
    parents = [p for row in rows for o in row.occupations if (p := level5_parent(o.code))]
    with services.cache.read() as db:
        known = store.known_codes(db, parents)
    experiences = []
    for row in rows:
        occupations = [(o.preferred_label or o.code or "(unnamed)",
                        walk.resolve(o.uuids, o.code, known)) for o in row.occupations]
        experiences.append(Experience(row.experience_uuid, row.title, row.timeline_start,
                                      row.timeline_end, row.work_type, occupations))
    levels, skills = _levels(services)
    day = (today or datetime.now(UTC)).date()
    suggested = suggest(experiences, levels, skills, day)
    current, others = current_occupation(experiences, day)
    if rows and services.cache.is_demo():
        notes.append("Demo data — not O*NET: few crosswalk occupations exist in it; import a "
                     "release for real suggestions.")
    if rows and not suggested:
        notes.append("No suggestions: no experience resolved to an O*NET occupation with "
                     "skill ratings.")
    ratings = casework.get_ratings(services, client_id)
    evidence = _evidence(rows)
    return Suggestions(
        client_id, client.compass_user_id, client.compass_session_id, notes,
        experiences=[CompassExperience(
            e.uuid, e.title, row.company, e.start, e.end, e.span, e.work_type,
            WORK_TYPE_WORDS.get(e.work_type or "", "work type not stated"), round(e.weight, 3),
            [s.preferred_label for s in row.skills], _candidates(e), e.notes, _link(e))
            for e, row in zip(experiences, rows, strict=True)],
        current=None if current is None else _current(current),
        current_alternatives=[_current(e) for e in others],
        skills=[SuggestedRating(
            s.element_id, s.name, s.rating, round(s.level, 2), round(s.confidence, 3),
            confidence_label(s.confidence), s.provenance, s.provenance_text,
            ratings.get(s.element_id), evidence.get(s.element_id, [])) for s in suggested])


def _current(experience: Experience) -> CurrentOccupation:
    chosen = experience.chosen
    assert chosen is not None
    return CurrentOccupation(chosen.code, chosen.title, chosen.confidence, chosen.label,
                             chosen.reason, experience.title, experience.span)


def accept(services: Services, client_id: int, skills: Sequence[str] | None = None,
           current: str | None = None, everything: bool = False) -> Accepted:
    """Write the chosen suggested ratings as one undoable change; ``everything`` takes every
    suggestion, the current occupation included (unless ``current`` names another)."""
    found = suggestions(services, client_id)
    offered = {s.element_id: s.rating for s in found.skills}
    wanted = list(offered) if everything else list(skills or [])
    missing = [e for e in wanted if e not in offered]
    if missing:
        raise InvalidArgument(f"no suggestion for {', '.join(missing)}: see 'client suggest'")
    if everything and current is None and found.current is not None:
        current = found.current.code
    if not wanted and current is None:
        raise InvalidArgument("nothing to accept: name --skills, --current or --all")
    casework.set_ratings(services, client_id, {e: offered[e] for e in wanted}, current)
    return Accepted(client_id, {e: offered[e] for e in wanted},
                    casework.get_client(services, client_id).current_code)
