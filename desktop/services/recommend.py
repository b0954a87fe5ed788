"""Recommendations for a set of ratings or a client; recorded events and feedback.

What every client shares (the skill matrix, each occupation's typical education, experience
and training, the similarity matrix, O*NET's related occupations) is assembled once per
imported release (``release``) and reused, so one recommendation is a few array operations.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop.domain import readiness
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.recommend import (
    Client,
    Exploration,
    Features,
    Recommendation,
    Recommendations,
    Release,
    Reranker,
    SkillContribution,
)
from desktop.domain.recommend import recommend as build
from desktop.domain.scoring import MODELS, TIERS, Thresholds
from desktop.domain.vocabulary import ENGLISH, check_language
from desktop.services import casework
from desktop.services.context import Services
from desktop.services.profiles import profiles
from desktop.store import recommend_inputs, recommendation_log
from desktop.store.clients import Client as ClientRecord
from desktop.store.recommendation_log import Listed, Showing

ACTIONS = ("click", "save", "hide", "apply", "interview", "offer")


@dataclass(frozen=True, slots=True)
class Recorded(Recommendations):
    """Recommendations shown for a client, recorded as one event (feedback names it)."""

    event_id: int

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
              exploration: Exploration | None = None, language: str = ENGLISH
              ) -> Recommendations:
    """The recommendations for ``ratings`` (element → 0–4) by tier; ``education`` (RL 1–12)
    and ``experience_years`` default to the current occupation's typical values;
    explanations and advice in ``language``."""
    return _listing(services, ratings, current_code, model, limit_per_bucket, job_zones, tiers,
                    education, experience_years, over_qualified, reranker, exploration,
                    language)[0]


def _listing(services: Services, ratings: dict[str, int], current_code: str | None,
             model: str, limit_per_bucket: int, job_zones: tuple[int, int] | None,
             tiers: list[str] | None, education: int | None, experience_years: float | None,
             over_qualified: bool, reranker: Reranker | None,
             exploration: Exploration | None, language: str
             ) -> tuple[Recommendations, Features]:
    """``recommend``'s result and the calibration features of each listed occupation."""
    _check(model, limit_per_bucket, job_zones, tiers)
    ratings = casework.validate_ratings(services, ratings)
    if current_code:
        current_code = casework.require_occupation(services, current_code)
    client = Client(ratings, current_code, education, experience_years)
    return build(release(services), client, model, thresholds(services),
                 readiness_thresholds(services), limit_per_bucket, job_zones, tiers,
                 reranker, exploration, over_qualified, check_language(language))


def recommend_for_client(services: Services, client_id: int, model: str | None = None,
                         limit_per_bucket: int = 10, job_zones: tuple[int, int] | None = None,
                         tiers: list[str] | None = None, over_qualified: bool = True,
                         event_id: int | None = None, language: str = ENGLISH
                         ) -> Recorded:
    """Recommend from the client's ratings and record the event.

    An event is one showing of recommendations to the counsellor for a client: its ratings,
    current occupation and model. Passing the shown ``event_id`` back when only the filters
    changed (Job Zones, tiers) adds the newly listed occupations to that event instead of
    recording another; a change of ratings, occupation or model makes a new event.
    """
    from desktop.services import calibration

    client = casework.get_client(services, client_id)
    ratings = casework.get_ratings(services, client_id)
    if not ratings:
        raise InvalidArgument(f"rate at least one skill of {client.label} first")
    model = model or services.settings.scoring_model
    settings = services.settings
    seed = client_id * 100_003 + recommendation_log.showings(services.casework, client_id)
    exploration = Exploration(settings.exploration_epsilon, seed) \
        if settings.exploration_enabled else None
    active = calibration.active_model(services)
    result, features = _listing(
        services, ratings, client.current_code, model, limit_per_bucket, job_zones, tiers,
        client.education, client.experience_years, over_qualified,
        calibration.reranker(services, active), exploration, language)
    params = {"thresholds": vars(thresholds(services)),
              "readiness": vars(readiness_thresholds(services)),
              "over_qualified": over_qualified, "limit_per_bucket": limit_per_bucket,
              "job_zones": job_zones, "tiers": tiers, "ratings": ratings,
              "calibration": active.version if active else None,
              "exploration": vars(exploration) if exploration else None}
    return Recorded(result.model, result.background, result.ready_now, result.trainable,
                    result.long_reskill,
                    _record(services, client, model, params, result, features, event_id))


SCORES = ("match_score", "gap_severity", "score", "fit", "calibrated_score", "job_zone",
          "job_zone_diff")


def _scores(item: Recommendation, features: Features) -> dict[str, Any]:
    """What the log keeps of a listed occupation: its scores and calibration features."""
    return {**{k: getattr(item, k) for k in SCORES}, "features": features[item.code]}


def _record(services: Services, client: ClientRecord, model: str, params: dict[str, Any],
            result: Recommendations, features: Features, shown: int | None) -> int:
    def listing(listed: set[str]) -> list[Listed]:
        return [Listed(item.code, item.tier, item.rank, item.is_exploration,
                       _scores(item, features))
                for item in result.listed() if item.code not in listed]

    return recommendation_log.record(
        services.casework, Showing(client.id, client.current_code, model, params),
        casework.now(), shown, listing)


def record_feedback(services: Services, event_id: int, code: str, action: str) -> None:
    """Store a counsellor's outcome for one recommended occupation of an event."""
    if action not in ACTIONS:
        raise InvalidArgument(f"unknown action '{action}' (choose {', '.join(ACTIONS)})")
    recommendation_log.add_feedback(services.casework, event_id, code, action, casework.now())


def feedback_for(services: Services, event_id: int) -> dict[str, list[str]]:
    """Actions recorded so far in an event, by occupation code."""
    recorded: dict[str, list[str]] = {}
    for code, action in recommendation_log.feedback(services.casework, event_id):
        recorded.setdefault(code, []).append(action)
    return recorded


def hidden_codes(services: Services, client_id: int) -> set[str]:
    """Occupations the counsellor hid for this client, in any of its events."""
    return recommendation_log.acted_on(services.casework, client_id, "hide")


def why(services: Services, ratings: dict[str, int], code: str,
        current_code: str | None = None, model: str = "level-aware"
        ) -> list[SkillContribution]:
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
