"""Recommendations for a set of ratings or a client; recorded events and feedback.

What every client shares (the skill matrix, each occupation's typical education, experience
and training, the similarity matrix, O*NET's related occupations) is assembled once per
imported release (``release``) and reused, so one recommendation is a few array operations.
"""

from __future__ import annotations

import json
import threading
from typing import Any

import numpy as np
from sqlalchemy import insert, select

from desktop.domain import readiness
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.recommend import Client, Exploration, Release, Reranker
from desktop.domain.recommend import recommend as build
from desktop.domain.scoring import MODELS, TIERS, Thresholds
from desktop.domain.vocabulary import ENGLISH, check_language
from desktop.services import casework
from desktop.services.context import Services
from desktop.services.profiles import profiles
from desktop.store import recommend_inputs
from desktop.store.casework_tables import Feedback, RecommendationEvent, RecommendedItem, table_of

ACTIONS = ("click", "save", "hide", "apply", "interview", "offer")
EVENT = table_of(RecommendationEvent)
ITEM = table_of(RecommendedItem)
FEEDBACK = table_of(Feedback)
_lock = threading.Lock()
_releases: dict[tuple[str, int], Release] = {}


def thresholds(services: Services) -> Thresholds:
    """The ``skillsprout`` tier thresholds."""
    s = services.settings
    return Thresholds(s.ready_now_match, s.ready_now_gap, s.trainable_match, s.trainable_gap)


def readiness_thresholds(services: Services) -> readiness.Thresholds:
    """The ``level-aware`` tier thresholds (Settings, shown on the Model status page)."""
    s = services.settings
    return readiness.Thresholds(s.ready_gap, s.trainable_gap_max, s.trainable_zones,
                                s.trainable_years, s.over_qualified_zones, s.related_top)


def release(services: Services) -> Release:
    """The shared inputs of the current release, built once per skill matrix."""
    from desktop.services import similar

    matrix = profiles(services, "skills")
    key = (str(services.cache.path), id(matrix))
    with _lock:
        cached = _releases.get(key)
    if cached is not None and cached.matrix is matrix:
        return cached

    def typical() -> dict[str, np.ndarray]:
        with services.cache.read() as db:
            shares = recommend_inputs.ete_shares(db)
        return {element: np.array([readiness.typical_category(shares.get(code, {}).get(
            element, {})) for code in matrix.codes]) for element in readiness.ETE_ELEMENTS}

    with services.cache.read() as db:
        related = recommend_inputs.related_occupations(db)
    ete = recommend_inputs.saved_or_computed(services.cache, "ete:typical", typical)
    built = Release(matrix, readiness.requirements(matrix.job_zones, ete),
                    similar.similarities(services).scores, related)
    with _lock:
        _releases.clear()
        _releases[key] = built
    return built


def _check(model: str, limit_per_bucket: int, job_zones: tuple[int, int] | None,
           tiers: list[str] | None) -> None:
    if model not in MODELS:
        raise InvalidArgument(f"unknown model '{model}' (choose {' or '.join(MODELS)})")
    if limit_per_bucket < 0:
        raise InvalidArgument("the limit per bucket must be 0 (all) or more")
    if job_zones is not None and not 1 <= job_zones[0] <= job_zones[1] <= 5:
        raise InvalidArgument("a Job Zone range goes from 1 to 5, low to high")
    if tiers is not None and set(tiers) - set(TIERS):
        raise InvalidArgument(f"tiers are {', '.join(TIERS)}")


def recommend(services: Services, ratings: dict[str, int], current_code: str | None = None,
              model: str = "level-aware", limit_per_bucket: int = 10,
              job_zones: tuple[int, int] | None = None, tiers: list[str] | None = None,
              *, education: int | None = None, experience_years: float | None = None,
              over_qualified: bool = True, reranker: Reranker | None = None,
              exploration: Exploration | None = None,
              keep_features: bool = False, language: str = ENGLISH) -> dict[str, Any]:
    """{"model", "background", "ready_now", "trainable", "long_reskill"} for ``ratings``
    (element → 0–4); ``education`` (RL 1–12) and ``experience_years`` default to the
    current occupation's typical values; explanations and advice in ``language``.

    Items carry the calibration "features" only with ``keep_features``."""
    _check(model, limit_per_bucket, job_zones, tiers)
    ratings = casework.validate_ratings(services, ratings)
    if current_code:
        current_code = casework.require_occupation(services, current_code)
    client = Client(ratings, current_code, education, experience_years)
    result = build(release(services), client, model, thresholds(services),
                   readiness_thresholds(services), limit_per_bucket, job_zones, tiers,
                   reranker, exploration, over_qualified, check_language(language))
    if not keep_features:
        _drop_features(result)
    return result


def _drop_features(result: dict[str, Any]) -> None:
    for tier in TIERS:
        for item in result[tier]:
            item.pop("features")


def recommend_for_client(services: Services, client_id: int, model: str | None = None,
                         limit_per_bucket: int = 10, job_zones: tuple[int, int] | None = None,
                         tiers: list[str] | None = None, over_qualified: bool = True,
                         event_id: int | None = None, language: str = ENGLISH
                         ) -> dict[str, Any]:
    """Recommend from the client's ratings and record the event (adds "event_id").

    An event is one showing of recommendations to the counsellor for a client: its ratings,
    current occupation and model. Passing the shown ``event_id`` back when only the filters
    changed (Job Zones, tiers) adds the newly listed occupations to that event instead of
    recording another; a change of ratings, occupation or model makes a new event.
    """
    from desktop.services import calibration

    client = casework.get_client(services, client_id)
    ratings = casework.get_ratings(services, client_id)
    if not ratings:
        raise InvalidArgument(f"rate at least one skill of {client['label']} first")
    model = model or services.settings.scoring_model
    settings = services.settings
    with services.casework.read() as db:
        seed = client_id * 100_003 + len(db.execute(
            select(EVENT.c.id).where(EVENT.c.client_id == client_id)).all())
    exploration = Exploration(settings.exploration_epsilon, seed) \
        if settings.exploration_enabled else None
    active = calibration.active_model(services)
    result = recommend(services, ratings, client["current_code"], model, limit_per_bucket,
                       job_zones, tiers, education=client["education"],
                       experience_years=client["experience_years"],
                       over_qualified=over_qualified,
                       reranker=calibration.reranker(services, active),
                       exploration=exploration, keep_features=True, language=language)
    params = {"thresholds": vars(thresholds(services)),
              "readiness": vars(readiness_thresholds(services)),
              "over_qualified": over_qualified, "limit_per_bucket": limit_per_bucket,
              "job_zones": job_zones, "tiers": tiers, "ratings": ratings,
              "calibration": active["version"] if active else None,
              "exploration": vars(exploration) if exploration else None}
    result["event_id"] = _record(services, client, model, params, result, event_id)
    return result


def _same_showing(db: Any, event_id: int, client: dict[str, Any], model: str,
                  ratings: dict[str, int]) -> bool:
    """Is ``event_id`` this client's event with the same ratings, occupation and model?"""
    event = db.execute(select(EVENT).where(EVENT.c.id == event_id)).first()
    return (event is not None and event.client_id == client["id"] and event.model == model
            and event.current_code == client["current_code"]
            and json.loads(event.params).get("ratings") == ratings)


def _record(services: Services, client: dict[str, Any], model: str, params: dict[str, Any],
            result: dict[str, Any], shown: int | None) -> int:
    with services.casework.write() as db:
        if shown is not None and _same_showing(db, shown, client, model, params["ratings"]):
            event_id = shown
            listed = set(db.execute(select(ITEM.c.code).where(ITEM.c.event_id == shown))
                         .scalars())
        else:
            event_id = db.execute(insert(EVENT).values(
                client_id=client["id"], created_at=casework.now(),
                current_code=client["current_code"], model=model,
                params=json.dumps(params)).returning(EVENT.c.id)).scalar_one()
            listed = set()
        items = [{"event_id": event_id, "code": item["code"], "tier": tier,
                  "rank": item["rank"], "is_exploration": item["is_exploration"],
                  "scores": json.dumps({k: item[k] for k in (
                      "match_score", "gap_severity", "score", "fit", "calibrated_score",
                      "job_zone", "job_zone_diff", "features")})}
                 for tier in TIERS for item in result[tier] if item["code"] not in listed]
        if items:
            db.execute(insert(ITEM), items)
    _drop_features(result)
    return int(event_id)


def record_feedback(services: Services, event_id: int, code: str, action: str) -> None:
    """Store a counsellor's outcome for one recommended occupation of an event."""
    if action not in ACTIONS:
        raise InvalidArgument(f"unknown action '{action}' (choose {', '.join(ACTIONS)})")
    with services.casework.write() as db:
        found = db.execute(select(ITEM.c.code).where(
            (ITEM.c.event_id == event_id) & (ITEM.c.code == code))).first()
        if found is None:
            raise NotFound(f"occupation {code} was not recommended in event {event_id}")
        db.execute(insert(FEEDBACK).values(event_id=event_id, code=code, action=action,
                                           at=casework.now()))


def feedback_for(services: Services, event_id: int) -> dict[str, list[str]]:
    """Actions recorded so far in an event, by occupation code."""
    recorded: dict[str, list[str]] = {}
    with services.casework.read() as db:
        for code, action in db.execute(select(FEEDBACK.c.code, FEEDBACK.c.action)
                                       .where(FEEDBACK.c.event_id == event_id)
                                       .order_by(FEEDBACK.c.id)):
            recorded.setdefault(code, []).append(action)
    return recorded


def hidden_codes(services: Services, client_id: int) -> set[str]:
    """Occupations the counsellor hid for this client, in any of its events."""
    with services.casework.read() as db:
        return set(db.execute(select(FEEDBACK.c.code).join(EVENT, EVENT.c.id == FEEDBACK.c.event_id)
                              .where((EVENT.c.client_id == client_id)
                                     & (FEEDBACK.c.action == "hide"))).scalars())


def why(services: Services, ratings: dict[str, int], code: str,
        current_code: str | None = None, model: str = "level-aware") -> list[dict[str, Any]]:
    """Per-skill contributions to ``code``'s scores: the "why this match" table.

    ``current_code`` is accepted for callers' convenience; the per-skill table does not
    depend on it."""
    from desktop.domain.recommend import why as contributions
    from desktop.domain.scoring import rating_vector, score

    _check(model, 0, None, None)
    code = casework.require_occupation(services, code)
    matrix = profiles(services, "skills")
    row = matrix.row(code)
    if row is None:
        raise NotFound(f"O*NET publishes no skill ratings for {code}")
    vector = rating_vector(matrix, ratings)
    return contributions(matrix, score(model, matrix, vector), vector, row)
