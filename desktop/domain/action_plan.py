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

import numpy as np

from desktop.domain import readiness
from desktop.domain.gaps import TOLERANCE, client_gap
from desktop.domain.profiles import ProfileMatrix
from desktop.domain.ratings import RATING_MAX
from desktop.domain.recommend import Client, Ranking, Release, rank
from desktop.domain.scoring import STEP, TIERS, Scores, Thresholds

TOP_SKILLS = 5


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


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    tier: str


@dataclass(frozen=True)
class Unlock:
    """A skill whose next rating step moves occupations to a better tier."""

    element_id: str
    name: str
    rating: int
    raised_to: int
    count: int  # occupations of all it moves (the current one left out)
    shortlisted: list[Occupation]  # the targets it moves, in their order
    unlocked: list[Occupation]  # every occupation it moves, best fit first


@dataclass(frozen=True)
class Unlocks:
    shortlist: list[Unlock]  # most shortlisted targets moved first
    all: list[Unlock]  # most occupations moved first


@dataclass(frozen=True)
class Move:
    """One occupation before and after hypothetical ratings."""

    code: str
    title: str
    tier_before: str
    tier_after: str
    better: bool
    fit_before: float
    fit_after: float
    match_before: float
    match_after: float


@dataclass(frozen=True)
class WhatIf:
    changes: dict[str, int]
    tier_counts: dict[str, list[int]]  # tier → [occupations before, after]
    moved: list[Move]  # occupations whose tier changes, better ones first
    targets: list[Move]


@dataclass(frozen=True)
class Cell:
    """One target's side of a skill row (LV scale, as in the client gap table)."""

    code: str
    required_level: float
    deficit: float
    importance: float | None
    key_gap: bool


@dataclass(frozen=True)
class SkillRow:
    element_id: str
    name: str
    client_rating: int | None
    targets: list[Cell]


def rating_needed(level: float) -> int:
    """The lowest 0–4 rating that no longer leaves a gap at a required ``level`` (LV)."""
    return max(0, min(RATING_MAX, math.ceil((level - TOLERANCE) / STEP - 1e-9)))


def _occupation(matrix: ProfileMatrix, row: int, standing: Standing) -> Occupation:
    return Occupation(matrix.codes[row], matrix.titles[row], TIERS[int(standing.tier[row])])


def unlocks(release: Release, client: Client, rules: Rules, targets: Sequence[str] = (),
            top: int = TOP_SKILLS, base: Standing | None = None) -> Unlocks:
    """The skills whose next rating step unlocks most ``targets``, and most occupations.

    Skills that unlock nothing are left out; ties go to the skill listed first in the
    matrix."""
    matrix = release.matrix
    base = base or standing(release, client, rules)
    current_row = matrix.row(client.current_code) if client.current_code else None
    eligible = np.ones(len(matrix), dtype=bool)
    if current_row is not None:
        eligible[current_row] = False
    target_rows = [row for code in targets if (row := matrix.row(code)) is not None]
    found: list[Unlock] = []
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
        found.append(Unlock(
            element_id, matrix.element_names[j], rating, rating + 1, len(better),
            [_occupation(matrix, r, raised) for r in target_rows if r in chosen],
            [_occupation(matrix, int(r), raised) for r in better]))
    by_targets = sorted((f for f in found if f.shortlisted),
                        key=lambda f: (-len(f.shortlisted), -f.count))
    by_all = sorted(found, key=lambda f: -f.count)
    return Unlocks(by_targets[:top], by_all[:top])


def what_if(release: Release, client: Client, changes: dict[str, int], rules: Rules,
            targets: Sequence[str] = (), base: Standing | None = None) -> WhatIf:
    """Hypothetical ratings (``changes`` over the client's): tier moves and fit of targets."""
    matrix = release.matrix
    base = base or standing(release, client, rules)
    after = standing(release, replace(client, ratings={**client.ratings, **changes}), rules)
    moved = np.flatnonzero(after.tier != base.tier)
    if client.current_code and (current_row := matrix.row(client.current_code)) is not None:
        moved = moved[moved != current_row]
    moved = moved[np.lexsort((-after.fit[moved], after.tier[moved] - base.tier[moved]))]

    def row(r: int) -> Move:
        return Move(matrix.codes[r], matrix.titles[r], TIERS[int(base.tier[r])],
                    TIERS[int(after.tier[r])], bool(after.tier[r] < base.tier[r]),
                    round(float(base.fit[r]), 2), round(float(after.fit[r]), 2),
                    round(float(base.match[r]), 2), round(float(after.match[r]), 2))

    counts = {name: [int((s.tier == i).sum()) for s in (base, after)]
              for i, name in enumerate(TIERS)}
    return WhatIf(dict(changes), counts, [row(int(r)) for r in moved],
                  [row(r) for code in targets if (r := matrix.row(code)) is not None])


def comparison(matrix: ProfileMatrix, ratings: dict[str, int], target_rows: list[int]
               ) -> list[SkillRow]:
    """One row per skill (matrix order): the client's rating and, per target, the required
    level and the deficit (both on the LV scale, as in the client gap table)."""
    cells = {row: {g.element_id: g for g in client_gap(matrix, row, ratings)}
             for row in target_rows}

    def cell(row: int, element_id: str) -> Cell:
        gap = cells[row][element_id]
        return Cell(matrix.codes[row], gap.required_level, gap.deficit, gap.importance,
                    gap.key_gap)

    return [SkillRow(element_id, name, ratings.get(element_id),
                     [cell(row, element_id) for row in target_rows])
            for element_id, name in zip(matrix.element_ids, matrix.element_names, strict=True)]
