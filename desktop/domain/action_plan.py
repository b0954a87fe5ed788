"""A client's action plan: targets side by side, "what if" ratings, the skills that unlock most.

Tiers and fit always come from the recommendation ranking (``standing`` calls
``domain.recommend.rank``), so this module follows any change to it. One rating step on a
skill never lowers a tier (match and gap are monotone in the ratings, and readiness does
not otherwise depend on them), so "unlocks" counts occupations whose tier gets strictly
better.

- ``standing``: every occupation's tier (0 ready now … 2 long reskill), fit and match for
  one client, vectorised over occupations.
- ``unlocks``: for each skill below 4, the occupations one more rating step moves to a
  better tier (35 vectorised re-scorings).
- ``what_if``: the occupations whose tier changes under hypothetical ratings, and how the
  fit of chosen targets moves.
- ``comparison``: skills × targets with the required level and the client's deficit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from desktop.domain import readiness
from desktop.domain.gaps import TOLERANCE, client_gap
from desktop.domain.profiles import ProfileMatrix
from desktop.domain.ratings import RATING_MAX
from desktop.domain.recommend import Client, Ranking, Release, rank
from desktop.domain.scoring import STEP, TIERS, Scores, Thresholds

TOP_SKILLS = 5
CELL = ("required_level", "deficit", "importance", "key_gap")  # from the client gap table


@dataclass(frozen=True)
class Standing:
    tier: np.ndarray  # index into TIERS
    fit: np.ndarray  # the within-tier order (0–100)
    match: np.ndarray
    scores: Scores
    ratings: np.ndarray  # 0–4 in the matrix's column order
    ranking: Ranking


@dataclass(frozen=True)
class Rules:
    """The model and its thresholds: what decides a tier."""

    model: str
    thresholds: Thresholds = field(default_factory=Thresholds)
    readiness: readiness.Thresholds = field(default_factory=readiness.Thresholds)


def standing(release: Release, client: Client, rules: Rules) -> Standing:
    """Tier and fit of every occupation for ``client``."""
    r = rank(release, client, rules.model, rules.thresholds, rules.readiness)
    return Standing(r.tier, r.fit, r.scores.match, r.scores, r.vector, r)


def rating_needed(level: float) -> int:
    """The lowest 0–4 rating that no longer leaves a gap at a required ``level`` (LV)."""
    return max(0, min(RATING_MAX, math.ceil((level - TOLERANCE) / STEP - 1e-9)))


def _occupation(matrix: ProfileMatrix, row: int) -> dict[str, Any]:
    return {"code": matrix.codes[row], "title": matrix.titles[row]}


def unlocks(release: Release, client: Client, rules: Rules, targets: Sequence[str] = (),
            top: int = TOP_SKILLS, base: Standing | None = None
            ) -> dict[str, list[dict[str, Any]]]:
    """{"shortlist": [...], "all": [...]}: skills whose next rating step unlocks most.

    Each entry: element_id, name, rating → raised, the ``targets`` it moves to a better tier
    (``shortlisted``), how many occupations of all it moves (``count``, the current one left
    out) and those occupations (``unlocked``, best fit first). Skills that unlock nothing are
    left out; ties go to the skill listed first in the matrix."""
    matrix = release.matrix
    base = base or standing(release, client, rules)
    current_row = matrix.row(client.current_code) if client.current_code else None
    eligible = np.ones(len(matrix), dtype=bool)
    if current_row is not None:
        eligible[current_row] = False
    target_rows = [row for code in targets if (row := matrix.row(code)) is not None]
    found: list[dict[str, Any]] = []
    for j, element_id in enumerate(matrix.element_ids):
        rating = int(base.ratings[j])
        if rating >= RATING_MAX:
            continue
        raised = standing(release, replace(client, ratings={**client.ratings,
                                                             element_id: rating + 1}), rules)
        better = np.flatnonzero((raised.tier < base.tier) & eligible)
        if not len(better):
            continue
        better = better[np.argsort(-raised.fit[better], kind="stable")]
        chosen = set(better.tolist())
        found.append({
            "element_id": element_id, "name": matrix.element_names[j],
            "rating": rating, "raised_to": rating + 1, "count": len(better),
            "shortlisted": [dict(_occupation(matrix, r), tier=TIERS[int(raised.tier[r])])
                            for r in target_rows if r in chosen],
            "unlocked": [dict(_occupation(matrix, int(r)), tier=TIERS[int(raised.tier[r])])
                         for r in better]})
    by_targets = sorted((f for f in found if f["shortlisted"]),
                        key=lambda f: (-len(f["shortlisted"]), -f["count"]))
    by_all = sorted(found, key=lambda f: -f["count"])
    return {"shortlist": by_targets[:top], "all": by_all[:top]}


def what_if(release: Release, client: Client, changes: dict[str, int], rules: Rules,
            targets: Sequence[str] = (), base: Standing | None = None) -> dict[str, Any]:
    """Hypothetical ratings (``changes`` over the client's): tier moves and fit of targets."""
    matrix = release.matrix
    base = base or standing(release, client, rules)
    after = standing(release, replace(client, ratings={**client.ratings, **changes}), rules)
    moved = np.flatnonzero(after.tier != base.tier)
    if client.current_code and (current_row := matrix.row(client.current_code)) is not None:
        moved = moved[moved != current_row]
    moved = moved[np.lexsort((-after.fit[moved], after.tier[moved] - base.tier[moved]))]

    def row(r: int) -> dict[str, Any]:
        return dict(_occupation(matrix, r),
                    tier_before=TIERS[int(base.tier[r])], tier_after=TIERS[int(after.tier[r])],
                    better=bool(after.tier[r] < base.tier[r]),
                    fit_before=round(float(base.fit[r]), 2),
                    fit_after=round(float(after.fit[r]), 2),
                    match_before=round(float(base.match[r]), 2),
                    match_after=round(float(after.match[r]), 2))

    counts = {name: [int((s.tier == i).sum()) for s in (base, after)]
              for i, name in enumerate(TIERS)}
    return {"changes": dict(changes), "tier_counts": counts,
            "moved": [row(int(r)) for r in moved],
            "targets": [row(r) for code in targets if (r := matrix.row(code)) is not None]}


def comparison(matrix: ProfileMatrix, ratings: dict[str, int], target_rows: list[int]
               ) -> list[dict[str, Any]]:
    """One row per skill (matrix order): the client's rating and, per target, the required
    level and the deficit (both on the LV scale, as in the client gap table)."""
    cells = {row: {g["element_id"]: g for g in client_gap(matrix, row, ratings)}
             for row in target_rows}
    rows = []
    for element_id, name in zip(matrix.element_ids, matrix.element_names, strict=True):
        rows.append({"element_id": element_id, "name": name,
                     "client_rating": ratings.get(element_id),
                     "targets": [{"code": matrix.codes[row],
                                  **{key: cells[row][element_id][key] for key in CELL}}
                                 for row in target_rows]})
    return rows
