"""Tiered recommendations: tiers, order, explanations, training advice, exploration.

Every occupation with skill ratings except the current one is scored.

``level-aware``: tiers from ``domain.readiness`` (skills, Job Zone, education, experience).
Within a tier, over-qualified targets come last; the rest are ordered by **fit**::

    fit = 100 · (0.6 · related + 0.4 · match / 100)

where ``related`` (0–1) is the share of occupations less related to the client than the
target: related to the current occupation by the ``similar`` score (skills, knowledge,
titles, technology, interests, Job Zone), or, without a current occupation, by the skill
profile of the ratings (``scoring.relatedness``). A percentile rather than the raw score, so
"0.97" reads "more related than 97 % of occupations" whatever the release's spread of
scores. Relatedness weighs more because the tiers already sort by feasibility, and within a
tier the jobs close to the client's own are those a counsellor would check first.

``skillsprout``: the seed's tiers from match and gap, ordered by match.

An activated calibration model re-orders each tier by its probability (ties by the
model's order, then code). Exploration (epsilon-greedy, seeded): each shown slot is, with
probability ε, given to a random occupation of the same tier from beyond the cut-off, and
flagged ``is_exploration``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from desktop.domain import readiness
from desktop.domain.profiles import ProfileMatrix
from desktop.domain.scoring import (
    LEVEL_AWARE,
    READY_NOW,
    STEP,
    TIERS,
    TRAINABLE,
    Scores,
    Thresholds,
    rating_vector,
    relatedness,
    score,
    tier_index,
)
from desktop.domain.vocabulary import (
    ENGLISH,
    Message,
    education,
    join,
    message,
    render,
    skill,
)

TOP_GAPS = 5
RELATED_WEIGHT = 0.6
FEATURES = ["match_score", "gap_severity", "job_zone_diff", "target_job_zone",
            "num_missing_skills", "sum_missing_weights", "mean_rating", "rating_variance",
            "num_rated_skills"]
Reranker = Callable[[np.ndarray], np.ndarray]  # features (n × 9) -> P(positive)
Features = dict[str, dict[str, float]]  # code → FEATURES name → value


@dataclass(frozen=True)
class Exploration:
    epsilon: float = 0.1
    seed: int = 0


@dataclass(frozen=True)
class Release:
    """What every client shares, computed once per imported release (rows of ``matrix``)."""

    matrix: ProfileMatrix
    requirements: readiness.Requirements
    similarity: np.ndarray | None = None  # (n, n) ``similar`` scores, NaN diagonal
    onet_related: dict[str, dict[str, str]] = field(default_factory=dict)  # code → code → tier


@dataclass(frozen=True)
class Client:
    ratings: dict[str, int]
    current_code: str | None = None
    education: int | None = None  # RL category, None: assume the current occupation's
    experience_years: float | None = None


@dataclass(frozen=True, slots=True)
class TopGap:
    """A skill the client is short in for a target (IM 1–5, LV 0–7, rating 0–4)."""

    element_id: str
    name: str
    importance: float | None
    level: float | None
    client_rating: int


@dataclass(frozen=True, slots=True)
class SkillContribution:
    """One skill's share of a target's scores: a row of "why this match"."""

    element_id: str
    name: str
    importance: float | None
    level: float | None
    not_relevant: bool
    client_rating: int
    client_level: float
    weight: float
    contribution: float  # match points
    gap_points: float
    is_gap: bool


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A target occupation: its tier, scores, facts, advice and explanation."""

    code: str
    title: str
    tier: str
    score: float
    fit: float
    match_score: float
    gap_severity: float
    key_gaps: int
    job_zone: int | None
    job_zone_diff: int | None  # target − current occupation
    relatedness: float | None  # level-aware: the share of occupations less related
    onet_related: str | None  # O*NET's relatedness tier to the current occupation
    over_qualified: bool
    top_gaps: list[TopGap]
    education: int | None  # level-aware: the target's typical RL category
    training_time: str | None  # level-aware
    training_suggestion: str
    explanation: str
    rank: int = 0  # the position in its tier, from 1 (0: not listed)
    is_exploration: bool = False
    calibrated_score: float | None = None  # with an active calibration model


@dataclass(frozen=True, slots=True)
class Recommendations:
    """One client's recommendations, tier by tier, and the background they assume."""

    model: str
    background: readiness.Background | None  # level-aware
    ready_now: list[Recommendation]
    trainable: list[Recommendation]
    long_reskill: list[Recommendation]

    def tiers(self) -> dict[str, list[Recommendation]]:
        """Each tier's recommendations by tier name (``TIERS``), in tier order."""
        return dict(zip(TIERS, (self.ready_now, self.trainable, self.long_reskill),
                        strict=True))

    def listed(self) -> list[Recommendation]:
        """Every recommendation, tier by tier."""
        return [*self.ready_now, *self.trainable, *self.long_reskill]


def related_share(values: np.ndarray) -> np.ndarray:
    """Per entry, the share of the other (non-NaN) entries that are lower: 0–1."""
    known = ~np.isnan(values)
    ranks = np.argsort(np.argsort(np.where(known, values, -np.inf), kind="stable"),
                       kind="stable")
    below = ranks - (~known).sum()
    return np.where(known, below / max(1, known.sum() - 1), 0.0)


def seed_training_suggestion(tier: str, job_zone: float | None, gaps: int) -> Message:
    """The seed's advice by tier, target Job Zone and number of gaps (``skillsprout``)."""
    if tier == READY_NOW:
        return message("seed.advice.ready")
    kind = "trainable" if tier == TRAINABLE else "long"
    if job_zone is None:
        return message(f"seed.advice.{kind}", gaps=message("gaps.count", n=gaps))
    band = "zone12" if job_zone <= 2 else "zone3" if job_zone == 3 else "zone45"
    return message(f"seed.advice.{kind}.{band}", gaps=message("gaps.count", n=gaps))


def seed_explanation(tier: str, match: float, gap: float, gaps: int) -> Message:
    if tier == READY_NOW and gaps == 0:
        return message("seed.why.ready_no_gap", match=match)
    kind = "ready" if tier == READY_NOW else "trainable" if tier == TRAINABLE else "long"
    return message(f"seed.why.{kind}", match=match, gap=gap, gaps=gaps)


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
             ) -> list[TopGap]:
    """Up to five gap skills, the largest weighted shortfall first (ties: higher weight)."""
    detail = scores.per_skill(row)
    gaps = np.flatnonzero(detail.is_gap)
    order = np.lexsort((-scores.weight[row, gaps], -detail.gap_points[gaps]))
    return [TopGap(matrix.element_ids[j], matrix.element_names[j],
                   _value(matrix.importance[row, j]), _value(matrix.level[row, j]),
                   int(ratings[j]))
            for j in gaps[order][:TOP_GAPS]]


def why(matrix: ProfileMatrix, scores: Scores, ratings: np.ndarray, row: int
        ) -> list[SkillContribution]:
    """Per-skill contributions for one target, the heaviest weight first."""
    detail = scores.per_skill(row)
    return [SkillContribution(
        matrix.element_ids[j], matrix.element_names[j], _value(matrix.importance[row, j]),
        _value(matrix.level[row, j]), bool(matrix.not_relevant[row, j]), int(ratings[j]),
        float(ratings[j] * STEP), weight=round(float(scores.weight[row, j]), 4),
        contribution=round(float(detail.contribution[j]), 2),
        gap_points=round(float(detail.gap_points[j]), 2), is_gap=bool(detail.is_gap[j]))
        for j in np.argsort(-scores.weight[row], kind="stable")]


def _value(x: float) -> float | None:
    value = float(x)
    return None if value != value else round(value, 2)  # NaN: missing


def _order(rows: np.ndarray, keys: list[np.ndarray], codes: np.ndarray) -> np.ndarray:
    """Highest first by each key in turn, then by code."""
    return rows[np.lexsort((codes[rows], *(-k[rows] for k in reversed(keys))))]


@dataclass
class Ranking:
    """One client against every occupation: scores, tiers, fit and, for ``level-aware``,
    the readiness facts (``item`` turns a row into a recommendation)."""

    release: Release
    scores: Scores
    vector: np.ndarray
    tier: np.ndarray
    fit: np.ndarray
    related: np.ndarray | None = None
    ready: readiness.Readiness | None = None
    client: readiness.Background | None = None
    current_row: int | None = None
    current_title: str | None = None


def rank(release: Release, client: Client, model: str,
         thresholds: Thresholds | None = None,
         readiness_thresholds: readiness.Thresholds | None = None) -> Ranking:
    """Scores, tiers and the within-tier key (``fit``) of every occupation."""
    matrix = release.matrix
    current_row = matrix.row(client.current_code) if client.current_code else None
    vector = rating_vector(matrix, client.ratings)
    scores = score(model, matrix, vector)
    title = matrix.titles[current_row] if current_row is not None else None
    if model != LEVEL_AWARE:
        return Ranking(release, scores, vector, tier_index(scores.match, scores.gap,
                                                            thresholds or Thresholds()),
                        scores.match, current_row=current_row, current_title=title)
    if current_row is not None and release.similarity is not None:
        related = related_share(release.similarity[current_row])
        group = np.array([c[:4] == matrix.codes[current_row][:4] for c in matrix.codes])
    else:
        rated = np.array([e in client.ratings for e in matrix.element_ids])
        related = related_share(relatedness(matrix, vector * STEP, rated))
        group = np.zeros(len(matrix), dtype=bool)
    t = readiness_thresholds or readiness.Thresholds()
    if current_row is not None:
        group[current_row] = True
        field = readiness.in_field(group, related, t)
    else:  # the client's field is unknown: no occupation is outside it
        field = np.ones(len(matrix), dtype=bool)
    background = readiness.background(release.requirements, current_row, client.education,
                                      client.experience_years)
    ready = readiness.assess(release.requirements, background, scores.missing, scores.gap,
                             field, t)
    fit = np.round(100 * (RELATED_WEIGHT * related
                          + (1 - RELATED_WEIGHT) * scores.match / 100), 1)
    return Ranking(release, scores, vector, ready.tier, fit, related, ready, background,
                    current_row, title)


def recommend(release: Release, client: Client, model: str,
              thresholds: Thresholds | None = None,
              readiness_thresholds: readiness.Thresholds | None = None,
              limit_per_bucket: int = 10, job_zones: tuple[int, int] | None = None,
              tiers: list[str] | None = None, reranker: Reranker | None = None,
              exploration: Exploration | None = None,
              over_qualified: bool = True, language: str = ENGLISH
              ) -> tuple[Recommendations, Features]:
    """The recommendations, and the calibration features of each one listed (a recorded
    showing keeps them). ``over_qualified=False`` leaves over-qualified targets out; the
    sentences are in ``language``."""
    r = rank(release, client, model, thresholds, readiness_thresholds)
    matrix = release.matrix
    table = features(matrix, r.scores, client.ratings, r.current_row)
    key = np.round(100 * reranker(table), 2) if reranker else r.fit
    flagged = r.ready.over_qualified if r.ready is not None else np.zeros(len(matrix), bool)
    keys = [-flagged.astype(float), key, r.fit] if reranker else [-flagged.astype(float), key]
    codes = np.array(matrix.codes)
    keep = np.ones(len(matrix), dtype=bool)
    if r.current_row is not None:
        keep[r.current_row] = False
    if job_zones is not None:
        keep &= (matrix.job_zones >= job_zones[0]) & (matrix.job_zones <= job_zones[1])
    if not over_qualified:
        keep &= ~flagged
    rng = np.random.default_rng(exploration.seed) if exploration else None
    listed: list[list[Recommendation]] = []
    calibration: Features = {}
    for index, tier in enumerate(TIERS):
        ranked = _order(np.flatnonzero(keep & (r.tier == index)), keys, codes)
        if tiers is not None and tier not in tiers:
            ranked = ranked[:0]
        shown, explored = _explore(ranked, limit_per_bucket, rng, exploration)
        listed.append([item(r, row, tier, language, position, row in explored,
                            round(float(key[row]), 2) if reranker else None)
                       for position, row in enumerate(shown, start=1)])
        calibration |= {matrix.codes[row]: dict(zip(FEATURES, table[row].tolist(), strict=True))
                        for row in shown}
    ready_now, trainable, long_reskill = listed
    return Recommendations(model, r.client, ready_now, trainable, long_reskill), calibration


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


def item(r: Ranking, row: int, tier: str, language: str = ENGLISH, rank: int = 0,
         is_exploration: bool = False, calibrated_score: float | None = None
         ) -> Recommendation:
    """Occupation ``row`` as a recommendation: scores, facts, advice and explanation, its
    sentences in ``language``."""
    matrix, scores = r.release.matrix, r.scores
    zone = _value(matrix.job_zones[row])
    current = _value(matrix.job_zones[r.current_row]) if r.current_row is not None else None
    gaps = top_gaps(matrix, scores, r.vector, row)
    key_gaps = int(scores.missing[row])
    education, time_text = None, None
    if r.ready is None or r.client is None:
        suggestion = render(seed_training_suggestion(tier, zone, key_gaps), language)
        why = render(seed_explanation(tier, float(scores.match[row]), float(scores.gap[row]),
                                      key_gaps), language)
    else:
        education = int(r.release.requirements.education[row]) or None
        time = readiness.time_range(float(r.ready.years_low[row]),
                                    float(r.ready.years_high[row]))
        time_text = render(time, language)
        suggestion = render_sentences(training_suggestion(r, row, tier, gaps), language)
        why = render_sentences(explanation(r, row, tier, time), language)
    return Recommendation(
        matrix.codes[row], matrix.titles[row], tier, float(r.fit[row]), float(r.fit[row]),
        float(scores.match[row]), float(scores.gap[row]), key_gaps,
        job_zone=None if zone is None else int(zone),
        job_zone_diff=None if zone is None or current is None else int(zone - current),
        relatedness=None if r.related is None else round(float(r.related[row]), 3),
        onet_related=onet_related(r, row),
        over_qualified=bool(r.ready.over_qualified[row]) if r.ready else False,
        top_gaps=gaps, education=education, training_time=time_text,
        training_suggestion=suggestion, explanation=why, rank=rank,
        is_exploration=is_exploration, calibrated_score=calibrated_score)


def onet_related(r: Ranking, row: int) -> str | None:
    """O*NET's relatedness tier of occupation ``row`` to the client's current one."""
    if r.current_row is None:
        return None
    codes = r.release.matrix.codes
    return r.release.onet_related.get(codes[r.current_row], {}).get(codes[row])


def render_sentences(sentences: list[Message], language: str) -> str:
    return " ".join(render(sentence, language) for sentence in sentences)


def training_suggestion(r: Ranking, row: int, tier: str, gaps: list[TopGap]
                        ) -> list[Message]:
    """From the target's ETE values against what the client has, with a time range."""
    ready, req = r.ready, r.release.requirements
    assert ready is not None
    steps = []
    if ready.education_short[row]:
        steps.append(message("advice.education", education=education(int(req.education[row])),
                             study=readiness.duration(float(ready.education_years[row]))))
    if ready.experience_years[row] > 0:
        steps.append(message("advice.experience",
                             years=readiness.duration(float(ready.experience_years[row]))))
    if gaps:
        steps.append(message("advice.practice", skills=join(
            skill(g.element_id, g.name) for g in gaps[:3])))
    if tier == READY_NOW:
        sentences = [message("advice.apply")]
    else:
        sentences = [message("advice.needs", steps=join(steps, "; ")) if steps
                     else message("advice.prepare")]
    training = float(ready.training_years[row])
    if training > 0:
        sentences.append(message("advice.on_the_job", duration=readiness.duration(training)))
    time = readiness.time_range(float(ready.years_low[row]), float(ready.years_high[row]))
    return [*sentences, message("advice.estimated", time=time)]


def explanation(r: Ranking, row: int, tier: str, time: Message) -> list[Message]:
    """One sentence on why the occupation sits in its tier, then how related it is."""
    ready, client, scores = r.ready, r.client, r.scores
    assert ready is not None and client is not None
    step = int(ready.zone_step[row])
    zone = message("zone.above" if step > 0 else "zone.below", n=abs(step)) if step \
        else message("zone.same")
    gaps = int(scores.missing[row])
    gap_text = message("gaps.key", n=gaps) if gaps else message("gaps.key_none")
    if tier == READY_NOW:
        sentences = [message("why.ready", gaps=gap_text, match=float(scores.match[row]),
                             zone=zone)]
    else:
        reasons = [zone] if step > 0 else []
        if gaps:
            reasons.append(gap_text)
        elif scores.gap[row] > 0:
            reasons.append(message("why.shortfalls", gap=float(scores.gap[row])))
        if ready.education_short[row]:
            reasons.append(message("why.education", education=education(
                int(r.release.requirements.education[row]))))
        if ready.experience_years[row] > 0:
            reasons.append(message("why.experience", years=readiness.duration(
                float(ready.experience_years[row]))))
        if not ready.in_field[row]:
            reasons.append(message("why.outside_field"))
        if step == 1 and not ready.education_short[row] and not client.education_stated:
            reasons.append(message("why.assumed_education"))
        kind = "trainable" if tier == TRAINABLE else "long"
        sentences = [message(f"why.{kind}", reasons=join(reasons, "; "), time=time)]
    if ready.over_qualified[row]:
        sentences.append(message("why.over_qualified"))
    if r.related is not None:
        whom = r.current_title or message("why.skill_profile")
        sentences.append(message("why.related", whom=whom,
                                 percent=int(100 * r.related[row])))
    if onet_related(r, row):
        sentences.append(message("why.onet_related"))
    return sentences
