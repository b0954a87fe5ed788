"""Skill-gap tables on O*NET's Level scale (LV, 0–7).

Occupation → occupation (seed 002, done right): a target skill is *required* when its LV is
above 0 and it is not flagged Not Relevant. The source *has* a skill at its LV, or at 0 when
it does not need it (Not Relevant, LV 0 or no rating). A gap is a required target skill the
source has at a lower level; rows are sorted by deficit (to − from) descending, then target
importance (IM) descending, then element id. The same occupation on both sides has no gaps.

Client → target: every skill of the target, its importance and required level (Not Relevant
→ not required, required level 0), the client's level ``rating_to_level(rating)`` (unrated =
0) and the deficit ``max(0, required − client)``. Rows are sorted by the importance-weighted
deficit ``deficit × (IM − 1) / 4`` (O*NET's 0–100 importance transform, ÷ 100), then deficit,
importance and element id; skills the target does not require come last.

A *key gap* (``key_gap``, the one definition the recommendations, their explanations and
the gap table share): a required skill that matters — importance IM ≥ 3, O*NET's 0–100
importance ≥ 50 — where the client is short by more than half a rating step (0.875 LV),
i.e. by more than the rounding of a 0–4 rating. Smaller or less important shortfalls are
shown but not called key gaps.

Recommend Suppress: values O*NET flags as imprecise are kept (leaving them out would hide
real requirements) but every row that uses one is marked ``low_confidence``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop.domain.profiles import ProfileMatrix
from desktop.domain.ratings import rating_to_level

IMPORTANT = 3.0  # IM at or above which a skill matters for a key gap
TOLERANCE = rating_to_level(1) / 2  # half a rating step on the LV scale


def key_gap(importance: Any, required: Any, client_level: Any) -> Any:
    """True where a required skill (level > 0) with IM ≥ 3 is short by more than half a
    rating step; works on numbers and on numpy arrays (NaN importance: not key)."""
    importance = np.nan_to_num(np.asarray(importance, dtype=float))
    short = np.asarray(required, dtype=float) - np.asarray(client_level, dtype=float)
    return (np.asarray(required) > 0) & (importance >= IMPORTANT) & (short > TOLERANCE + 1e-9)


@dataclass(frozen=True, slots=True)
class OccupationGapRow:
    """A skill the target needs at a higher level than the source has it (LV 0–7)."""

    element_id: str
    element_name: str
    from_level: float  # 0 when the source does not need it
    to_level: float
    deficit: float
    importance: float | None  # the target's IM (1–5)
    from_required: bool
    low_confidence: bool


@dataclass(frozen=True, slots=True)
class ClientGapRow:
    """One skill of the target against the client's rating (LV 0–7)."""

    element_id: str
    element_name: str
    importance: float | None
    required: bool
    required_level: float  # 0 when not required
    client_rating: int | None  # 0–4, None when unrated
    client_level: float
    deficit: float
    weighted_deficit: float
    key_gap: bool
    surplus: float
    low_confidence: bool


def _value(array: np.ndarray, i: int, j: int) -> float | None:
    value = array[i, j]
    return None if np.isnan(value) else round(float(value), 2)


def _required_level(matrix: ProfileMatrix, i: int, j: int) -> float:
    """The level occupation ``i`` needs in element ``j``; 0 when it does not need it."""
    level = matrix.level[i, j]
    return 0.0 if matrix.not_relevant[i, j] or np.isnan(level) else round(float(level), 2)


def occupation_gap(matrix: ProfileMatrix, source: int, target: int
                   ) -> list[OccupationGapRow]:
    """Rows of ``matrix`` in, the target's skills the source falls short in out."""
    if source == target:
        return []
    gaps: list[OccupationGapRow] = []
    for j, element_id in enumerate(matrix.element_ids):
        to_level = _required_level(matrix, target, j)
        from_level = _required_level(matrix, source, j)
        if to_level <= 0 or from_level >= to_level:
            continue
        gaps.append(OccupationGapRow(
            element_id, matrix.element_names[j], from_level, to_level,
            deficit=round(to_level - from_level, 2),
            importance=_value(matrix.importance, target, j),
            from_required=from_level > 0,
            low_confidence=bool(
                matrix.level_suppressed[target, j] or matrix.importance_suppressed[target, j]
                or (from_level > 0 and matrix.level_suppressed[source, j]))))
    gaps.sort(key=lambda g: (-g.deficit, -(g.importance or 0), g.element_id))
    return gaps


def importance_weight(importance: float | None) -> float:
    """IM 1–5 → 0–1, the O*NET 0–100 importance transform divided by 100."""
    return 0.0 if importance is None else max(0.0, (importance - 1) / 4)


def client_gap(matrix: ProfileMatrix, target: int, ratings: Mapping[str, int]
               ) -> list[ClientGapRow]:
    """Every skill of occupation ``target`` against a client's 0–4 ratings."""
    rows: list[ClientGapRow] = []
    for j, element_id in enumerate(matrix.element_ids):
        importance = _value(matrix.importance, target, j)
        required = _required_level(matrix, target, j)
        rating = ratings.get(element_id)
        client_level = round(rating_to_level(rating or 0), 2)
        deficit = round(max(0.0, required - client_level), 2)
        rows.append(ClientGapRow(
            element_id, matrix.element_names[j], importance, required > 0, required, rating,
            client_level, deficit,
            weighted_deficit=round(deficit * importance_weight(importance), 3),
            key_gap=bool(key_gap(importance or 0.0, required, client_level)),
            surplus=round(max(0.0, client_level - required), 2) if required > 0 else 0.0,
            low_confidence=bool(required > 0 and (matrix.level_suppressed[target, j]
                                                  or matrix.importance_suppressed[target, j]))))
    rows.sort(key=lambda r: (not r.required, -r.weighted_deficit, -r.deficit,
                             -(r.importance or 0), r.element_id))
    return rows
