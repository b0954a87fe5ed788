"""The two scoring models, vectorised over every occupation of a ``ProfileMatrix``.

A client is a vector of 0–4 ratings over the matrix's skill elements (unrated = 0).
Both models give, per occupation, a ``match`` (0–100, higher is better) and a ``gap``
severity (0–100, lower is better), both rounded to 2 decimals.

``skillsprout`` tiers come from these two alone (thresholds configurable; a threshold of 0
means 0, never "the default"); ``level-aware`` tiers come from ``domain.readiness``::

    READY_NOW     if match ≥ ready_now_match (75) and gap ≤ ready_now_gap (25)
    TRAINABLE     elif match ≥ trainable_match (50) or gap ≤ trainable_gap (55)
    LONG_RESKILL  otherwise

Match never falls and gap never rises when a rating goes up, and each test above is
monotone in them, so raising a rating never moves an occupation to a worse tier.

``skillsprout`` — the seed's baseline, exactly. Over the target's skills with an IM value:
importance_j = (IM_j − 1) / 4 × 100; w_j = importance_j / Σ importance (equal weights if
all are 0); capability_j = rating_j / 4; match = 100 · Σ w_j · capability_j;
gap = 100 · Σ w_j over skills with capability_j ≤ 0.25. No skills: match 0, gap 100.
Ordered by match.

``level-aware`` (default) — required level against the client's level on the LV scale.
client level c_j = rating_j × 7/4. Required level q_j = LV_j; a skill counts only if it is
required: LV > 0, not Not Relevant, IM and LV published. w_j = ((IM_j − 1)/4)², squared so
an occupation's core skills outweigh the generic ones every job rates middling; halved when
O*NET flags the IM or LV value for suppression (low precision); normalised to Σ w = 1.
s = 7/4 (one rating step). A 0–4 rating cannot say more precisely where in its step a
client is, so a skill within half a step of its requirement counts as met (t = s/2)::

    coverage_j = min(1, (c_j + t) / q_j)               match = 100 · Σ w_j · coverage_j
    shortfall_j = clip((q_j − c_j − t) / s, 0, 1)      gap   = 100 · Σ w_j · shortfall_j
    excess_j = clip((c_j − q_j) / s − 1/2, 0, 1)       over  = 100 · Σ w_j · excess_j

Rounding an occupation's levels to ratings (a prefill) moves each by at most t, so a client
prefilled from an occupation matches it at 100 with no gap. The gaps counted are the key
gaps of ``domain.gaps.key_gap`` (IM ≥ 3 and more than t short). ``over`` (over-qualification)
is reported, never penalised. With no required skill: match 0, gap 100. Tiers and the order
within them come from ``domain.readiness`` and ``domain.recommend``; ``score`` is the match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.domain.gaps import TOLERANCE, key_gap
from desktop.domain.profiles import ProfileMatrix
from desktop.domain.ratings import LEVEL_MAX, RATING_MAX

SKILLSPROUT, LEVEL_AWARE = "skillsprout", "level-aware"
MODELS = (LEVEL_AWARE, SKILLSPROUT)
READY_NOW, TRAINABLE, LONG_RESKILL = "ready_now", "trainable", "long_reskill"
TIERS = (READY_NOW, TRAINABLE, LONG_RESKILL)
STEP = LEVEL_MAX / RATING_MAX  # one rating step on the LV scale


@dataclass(frozen=True)
class Thresholds:
    ready_now_match: float = 75.0
    ready_now_gap: float = 25.0
    trainable_match: float = 50.0
    trainable_gap: float = 55.0


@dataclass
class Scores:
    """Per occupation (rows of the matrix); ``per_skill(row)`` details one row."""

    model: str
    match: np.ndarray
    gap: np.ndarray
    score: np.ndarray  # the within-tier order, higher first
    weight: np.ndarray  # normalised skill weights (n × m)
    missing: np.ndarray  # number of gap skills (level-aware: key gaps)
    missing_weight: np.ndarray  # 100 × total weight of the gap skills
    per_skill: Callable[[int], SkillDetail]
    over: np.ndarray | None = None


@dataclass
class SkillDetail:
    contribution: np.ndarray  # match points per skill; they sum to match
    gap_points: np.ndarray  # gap points per skill; they sum to gap
    is_gap: np.ndarray  # bool


@dataclass(frozen=True)
class Prepared:
    """Everything the models need from a matrix that does not depend on the client."""

    sprout_weight: np.ndarray
    sprout_has: np.ndarray  # float 0/1: the skill has an IM value
    sprout_empty: np.ndarray
    level: np.ndarray  # required level; 0 where not required
    required: np.ndarray
    importance: np.ndarray  # IM, 0 where missing
    inverse_level: np.ndarray  # 1 / level where required, else 0
    weight: np.ndarray
    empty: np.ndarray
    mean: np.ndarray  # each skill's mean required level over all occupations
    deviation: np.ndarray  # level − mean
    unit_deviation: np.ndarray  # rows of ``deviation`` scaled to length 1


def tier_index(match: np.ndarray, gap: np.ndarray, t: Thresholds) -> np.ndarray:
    """0 ready now, 1 trainable, 2 long reskill."""
    ready = (match >= t.ready_now_match) & (gap <= t.ready_now_gap)
    trainable = (match >= t.trainable_match) | (gap <= t.trainable_gap)
    return np.where(ready, 0, np.where(trainable, 1, 2))


def rating_vector(matrix: ProfileMatrix, ratings: dict[str, int]) -> np.ndarray:
    """Ratings in the matrix's column order; unrated and unknown elements count as 0."""
    return np.array([float(ratings.get(e, 0)) for e in matrix.element_ids])


def _normalise(weights: np.ndarray) -> np.ndarray:
    total = weights.sum(axis=1, keepdims=True)
    normalised: np.ndarray = np.divide(weights, total, out=np.zeros_like(weights),
                                       where=total > 0)
    return normalised


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    unit: np.ndarray = np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
    return unit


_prepared: dict[int, tuple[ProfileMatrix, Prepared]] = {}


def prepare(matrix: ProfileMatrix) -> Prepared:
    """The client-independent arrays of ``matrix``, computed once per matrix."""
    cached = _prepared.get(id(matrix))
    if cached is not None and cached[0] is matrix:
        return cached[1]
    has = ~np.isnan(matrix.importance)
    sprout = _normalise(np.where(has, (matrix.importance - 1) / 4 * 100, 0.0))
    all_zero = has.any(axis=1) & ~sprout.any(axis=1)
    sprout[all_zero] = _normalise(has[all_zero].astype(float))
    level = np.where(matrix.not_relevant | np.isnan(matrix.level), 0.0, matrix.level)
    required = (level > 0) & has
    level = np.where(required, level, 0.0)
    suppressed = matrix.importance_suppressed | matrix.level_suppressed
    raw = np.where(required, ((np.nan_to_num(matrix.importance) - 1) / 4) ** 2, 0.0)
    weight = _normalise(raw * np.where(suppressed, 0.5, 1.0))
    mean = level.mean(axis=0)
    inverse = np.divide(1.0, level, out=np.zeros_like(level), where=required)
    result = Prepared(sprout, has.astype(float), np.logical_not(sprout.any(axis=1)), level,
                      required, np.nan_to_num(matrix.importance), inverse, weight,
                      np.logical_not(weight.any(axis=1)),
                      mean, level - mean, _unit(level - mean))
    if len(_prepared) > 8:
        _prepared.clear()
    _prepared[id(matrix)] = (matrix, result)
    return result


def _rounded(empty: np.ndarray, match: np.ndarray, gap: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray]:
    return (np.where(empty, 0.0, np.round(match, 2)),
            np.where(empty, 100.0, np.round(gap, 2)))


def skillsprout(matrix: ProfileMatrix, ratings: np.ndarray) -> Scores:
    p = prepare(matrix)
    capability = ratings / RATING_MAX
    low = (capability <= 0.25).astype(float)
    match, gap = _rounded(p.sprout_empty, 100 * (p.sprout_weight @ capability),
                          100 * (p.sprout_weight @ low))

    def per_skill(row: int) -> SkillDetail:
        w = p.sprout_weight[row]
        return SkillDetail(100 * w * capability, 100 * w * low, (p.sprout_has[row] * low) > 0)

    return Scores(SKILLSPROUT, match, gap, match, p.sprout_weight, p.sprout_has @ low,
                  gap, per_skill)


def relatedness(matrix: ProfileMatrix, client_levels: np.ndarray,
                rated: np.ndarray | None = None) -> np.ndarray:
    """0–1 cosine similarity of distinctive skill profiles: each skill's level minus its mean
    over all occupations (what sets a profile apart, not what every job needs), compared on
    the skills the client rated (``rated`` mask); negative values clipped to 0."""
    p = prepare(matrix)
    if rated is None or rated.all():
        targets, client = p.unit_deviation, client_levels - p.mean
    else:
        targets, client = _unit(p.deviation[:, rated]), (client_levels - p.mean)[rated]
    cosine: np.ndarray = np.clip(targets @ _unit(client), 0.0, 1.0)
    return cosine


def level_aware(matrix: ProfileMatrix, ratings: np.ndarray) -> Scores:
    p = prepare(matrix)
    client = ratings * STEP
    w = p.weight
    coverage = np.where(p.required, np.minimum(1.0, (client + TOLERANCE) * p.inverse_level), 0.0)
    short = np.clip((p.level - client - TOLERANCE) / STEP, 0.0, 1.0)
    excess = np.clip((client - p.level) / STEP - 0.5, 0.0, 1.0) * p.required
    is_gap = p.required & key_gap(p.importance, p.level, client)
    match_points, gap_points = 100 * w * coverage, 100 * w * short
    match, gap = _rounded(p.empty, match_points.sum(axis=1), gap_points.sum(axis=1))

    def per_skill(row: int) -> SkillDetail:
        return SkillDetail(match_points[row], gap_points[row], is_gap[row])

    return Scores(LEVEL_AWARE, match, gap, match, w, is_gap.sum(axis=1),
                  100 * np.einsum("ij,ij->i", w, is_gap), per_skill,
                  over=np.round(100 * np.einsum("ij,ij->i", w, excess), 2))


def score(model: str, matrix: ProfileMatrix, ratings: np.ndarray) -> Scores:
    """``ratings`` in column order (unrated 0)."""
    if model == SKILLSPROUT:
        return skillsprout(matrix, ratings)
    if model == LEVEL_AWARE:
        return level_aware(matrix, ratings)
    raise ValueError(f"unknown scoring model {model!r}")
