"""Tiered recommendations from scores: ordering, filters, gaps, training advice, exploration.

Every occupation with skill ratings except the current one is scored; each tier is sorted
by the model's score (ties by code), or by the calibrated probability (ties by the model's
score, then code) when an activated calibration model re-ranks. Exploration
(epsilon-greedy, seeded): each shown slot is, with probability ε, given to a random
occupation of the same tier from beyond the cut-off, and flagged ``is_exploration``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop.domain.profiles import ProfileMatrix
from desktop.domain.scoring import (
    READY_NOW,
    STEP,
    TIERS,
    TRAINABLE,
    Scores,
    Thresholds,
    rating_vector,
    score,
    tier_index,
)

TOP_GAPS = 5
OVER_QUALIFIED = 25.0
FEATURES = ["match_score", "gap_severity", "job_zone_diff", "target_job_zone",
            "num_missing_skills", "sum_missing_weights", "mean_rating", "rating_variance",
            "num_rated_skills"]
Reranker = Callable[[np.ndarray], np.ndarray]  # features (n × 9) -> P(positive)


@dataclass(frozen=True)
class Exploration:
    epsilon: float = 0.1
    seed: int = 0


def training_suggestion(tier: str, job_zone: float | None, gaps: int) -> str:
    """The seed's advice by tier, target Job Zone and number of gaps."""
    if tier == READY_NOW:
        return "Apply now; refresh with online courses or practice projects."
    plural = f"{gaps} skill gap{'s' if gaps != 1 else ''}"
    if tier == TRAINABLE:
        if job_zone is None:
            return f"Focused training to close {plural}."
        if job_zone <= 2:
            return (f"Fill {plural} via a certificate, on-the-job training or an "
                    "apprenticeship (3–12 months).")
        if job_zone == 3:
            return "Bootcamp, certificate or self-study with a portfolio (3–18 months)."
        return "Associate degree, extended bootcamp or comprehensive self-study (1–2 years)."
    if job_zone is None:
        return f"Longer-term training to close {plural}."
    if job_zone <= 2:
        return "Vocational training or an extended apprenticeship (1–2 years)."
    if job_zone == 3:
        return "Associate degree, extended bootcamp or self-study (1–3 years)."
    return "Bachelor's degree or a multi-year path (2–4 years)."


def explanation(tier: str, match: float, gap: float, gaps: int, over: float | None) -> str:
    if tier == READY_NOW:
        text = f"Strong match ({match:.0f}%): the client's skills meet this occupation's needs."
    elif tier == TRAINABLE:
        text = (f"Good foundation ({match:.0f}% match) with {gaps} key skill gap(s) to close "
                f"(gap severity {gap:.0f}%).")
    else:
        text = f"Lower match ({match:.0f}%): {gaps} skill gap(s), severity {gap:.0f}%."
    if over is not None and over >= OVER_QUALIFIED:
        text += " The client may be over-qualified."
    return text


def features(matrix: ProfileMatrix, scores: Scores, ratings: dict[str, int],
             current_row: int | None) -> np.ndarray:
    """The calibration features (``FEATURES`` order) of every occupation, all real values."""
    zones = np.nan_to_num(matrix.job_zones)
    current = zones[current_row] if current_row is not None else 0.0
    diff = np.where((zones > 0) & (current > 0), zones - current, 0.0)
    values = np.array(list(ratings.values()), dtype=float)
    mean = values.mean() if len(values) else 0.0
    variance = values.var() if len(values) > 1 else 0.0
    n = len(matrix)
    return np.column_stack([
        scores.match, scores.gap, diff, zones, scores.missing, scores.missing_weight,
        np.full(n, mean), np.full(n, variance), np.full(n, float(len(values)))])


def top_gaps(matrix: ProfileMatrix, scores: Scores, ratings: np.ndarray, row: int
             ) -> list[dict[str, Any]]:
    """Up to five gap skills, the largest weighted shortfall first (ties: higher weight)."""
    detail = scores.per_skill(row)
    gaps = np.flatnonzero(detail.is_gap)
    order = np.lexsort((-scores.weight[row, gaps], -detail.gap_points[gaps]))
    return [{"element_id": matrix.element_ids[j], "name": matrix.element_names[j],
             "importance": _value(matrix.importance[row, j]),
             "level": _value(matrix.level[row, j]), "client_rating": int(ratings[j])}
            for j in gaps[order][:TOP_GAPS]]


def why(matrix: ProfileMatrix, scores: Scores, ratings: np.ndarray, row: int
        ) -> list[dict[str, Any]]:
    """Per-skill contributions for one target, the heaviest weight first."""
    rows = []
    detail = scores.per_skill(row)
    for j in np.argsort(-scores.weight[row], kind="stable"):
        rows.append({
            "element_id": matrix.element_ids[j], "name": matrix.element_names[j],
            "importance": _value(matrix.importance[row, j]),
            "level": _value(matrix.level[row, j]),
            "not_relevant": bool(matrix.not_relevant[row, j]),
            "client_rating": int(ratings[j]), "client_level": float(ratings[j] * STEP),
            "weight": round(float(scores.weight[row, j]), 4),
            "contribution": round(float(detail.contribution[j]), 2),
            "gap_points": round(float(detail.gap_points[j]), 2),
            "is_gap": bool(detail.is_gap[j])})
    return rows


def _value(x: float) -> float | None:
    return None if np.isnan(x) else round(float(x), 2)


def _order(rows: np.ndarray, keys: list[np.ndarray], codes: np.ndarray) -> np.ndarray:
    """Highest first by each key in turn, then by code."""
    return rows[np.lexsort((codes[rows], *(-k[rows] for k in reversed(keys))))]


def recommend(matrix: ProfileMatrix, ratings: dict[str, int], model: str,
              current_code: str | None = None, thresholds: Thresholds | None = None,
              limit_per_bucket: int = 10, job_zones: tuple[int, int] | None = None,
              tiers: list[str] | None = None, reranker: Reranker | None = None,
              exploration: Exploration | None = None) -> dict[str, Any]:
    """{"model", "ready_now", "trainable", "long_reskill"}; each item carries "features"."""
    current_row = matrix.row(current_code) if current_code else None
    vector = rating_vector(matrix, ratings)
    rated = np.array([e in ratings for e in matrix.element_ids])
    scores = score(model, matrix, vector, current_row, rated)
    tier_of = tier_index(scores.match, scores.gap, thresholds or Thresholds())
    table = features(matrix, scores, ratings, current_row)
    key = np.round(100 * reranker(table), 2) if reranker else scores.score
    keys = [key, scores.score] if reranker else [key]
    codes = np.array(matrix.codes)
    keep = np.ones(len(matrix), dtype=bool)
    if current_row is not None:
        keep[current_row] = False
    if job_zones is not None:
        keep &= (matrix.job_zones >= job_zones[0]) & (matrix.job_zones <= job_zones[1])
    rng = np.random.default_rng(exploration.seed) if exploration else None
    result: dict[str, Any] = {"model": model}
    for index, tier in enumerate(TIERS):
        ranked = _order(np.flatnonzero(keep & (tier_of == index)), keys, codes)
        if tiers is not None and tier not in tiers:
            ranked = ranked[:0]
        shown, explored = _explore(ranked, limit_per_bucket, rng, exploration)
        result[tier] = [dict(_item(matrix, scores, vector, row, tier, current_row),
                             rank=rank, is_exploration=row in explored,
                             calibrated_score=round(float(key[row]), 2) if reranker else None,
                             features=dict(zip(FEATURES, table[row].tolist(), strict=True)))
                        for rank, row in enumerate(shown, start=1)]
    return result


def _explore(ranked: np.ndarray, limit: int, rng: np.random.Generator | None,
             exploration: Exploration | None) -> tuple[list[int], set[int]]:
    shown = [int(r) for r in (ranked if limit == 0 else ranked[:limit])]
    tail = [int(r) for r in ranked[len(shown):]]
    explored: set[int] = set()
    if rng is None or exploration is None:
        return shown, explored
    for slot in range(len(shown)):
        if tail and rng.random() < exploration.epsilon:
            pick = tail.pop(int(rng.integers(len(tail))))
            shown[slot] = pick
            explored.add(pick)
    return shown, explored


def _item(matrix: ProfileMatrix, scores: Scores, ratings: np.ndarray, row: int, tier: str,
          current_row: int | None) -> dict[str, Any]:
    zone = _value(matrix.job_zones[row])
    current = _value(matrix.job_zones[current_row]) if current_row is not None else None
    gaps = int(scores.missing[row])
    over = float(scores.over[row]) if scores.over is not None else None
    return {
        "code": matrix.codes[row], "title": matrix.titles[row], "tier": tier,
        "score": float(scores.score[row]), "match_score": float(scores.match[row]),
        "gap_severity": float(scores.gap[row]),
        "job_zone": None if zone is None else int(zone),
        "job_zone_diff": None if zone is None or current is None else int(zone - current),
        "relatedness": None if scores.relatedness is None
        else round(float(scores.relatedness[row]), 3),
        "over_qualification": over,
        "top_gaps": top_gaps(matrix, scores, ratings, row),
        "training_suggestion": training_suggestion(tier, zone, gaps),
        "explanation": explanation(tier, float(scores.match[row]), float(scores.gap[row]),
                                   gaps, over),
    }

