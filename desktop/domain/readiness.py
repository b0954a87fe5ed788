"""Readiness: what a move asks beyond skills — Job Zone, education, experience, training.

O*NET's Education, Training, and Experience (ETE) file gives, per occupation, the share of
workers in each category of Required Level of Education (RL, 12 categories), Related Work
Experience (RW, 11), and On-the-Job Training (OJ, 9). An occupation's *typical* value is
the median category: the lowest one that, with those below it, covers half the workers.
Where an occupation has no ETE data its Job Zone's usual education stands in
(``ZONE_EDUCATION``) and experience and training count as none.

A client brings a highest education (an RL category) and years of related experience;
when the counsellor has not stated them, the current occupation's typical values are used,
marked as assumed. Their Job Zone is the current occupation's, else the one their education
usually leads to.

Tiers (``Thresholds``; the defaults in brackets), with Δ = target Job Zone − client's::

    READY_NOW     no key skill gap, gap severity ≤ ready_gap [15], the client's education
                  covers the target's typical education, the target is in the client's
                  field (below), and either Δ ≤ 0, or Δ = 1 with the education *stated* by
                  the counsellor and the target's typical related experience reached
    TRAINABLE     Δ ≤ trainable_zones [1], gap severity ≤ trainable_gap [40], and the
                  fastest path (education still to earn, experience still to gain, skill
                  gaps) takes at most trainable_years [2]
    LONG_RESKILL  everything else

The client's *field*: the current occupation's SOC minor group and the related_top [5] %
of occupations most related to it (the ``similar`` score); without a current occupation it
is unknown and nothing is outside it. Only there does their related work experience count —
years as a cashier are not years in nursing — so a job outside it, however easy, asks for
related experience or on-the-job learning first and is at best Trainable. A target with
Δ ≤ −over_qualified_zones [2] is flagged *over-qualified*: it stays in its tier but is
listed after the others.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.domain.vocabulary import Message, message

EDUCATION, EXPERIENCE, TRAINING = "2.D.1", "3.A.1", "3.A.3"  # RL, RW, OJ element ids
ETE_ELEMENTS = (EDUCATION, EXPERIENCE, TRAINING)

EDUCATION_NAMES = {
    1: "less than a high-school diploma", 2: "a high-school diploma",
    3: "a post-secondary certificate", 4: "some college courses", 5: "an associate's degree",
    6: "a bachelor's degree", 7: "a post-baccalaureate certificate", 8: "a master's degree",
    9: "a post-master's certificate", 10: "a first professional degree",
    11: "a doctoral degree", 12: "post-doctoral training"}
# Years of study from finishing one RL category to the next one's typical start.
EDUCATION_YEARS = {1: 0.0, 2: 1.0, 3: 2.0, 4: 2.0, 5: 3.0, 6: 5.0, 7: 6.0, 8: 7.0, 9: 8.0,
                   10: 8.0, 11: 10.0, 12: 12.0}
# The lower bound of each RW category in years ("over 6 months, up to 1 year" → 0.5).
EXPERIENCE_YEARS = {1: 0.0, 2: 0.0, 3: 1 / 12, 4: 0.25, 5: 0.5, 6: 1.0, 7: 2.0, 8: 4.0,
                    9: 6.0, 10: 8.0, 11: 10.0}
# The upper bound of each OJ category in years (what an employer typically gives).
TRAINING_YEARS = {1: 0.0, 2: 1 / 12, 3: 0.25, 4: 0.5, 5: 1.0, 6: 2.0, 7: 4.0, 8: 10.0, 9: 10.0}
ZONE_EDUCATION = {1: 2, 2: 2, 3: 3, 4: 6, 5: 8}  # usual RL category by Job Zone
EDUCATION_ZONE = {1: 1, 2: 2, 3: 3, 4: 3, 5: 3, 6: 4, 7: 4, 8: 5, 9: 5, 10: 5, 11: 5, 12: 5}
SKILL_MONTHS = (3, 12)  # closing key skill gaps by practice and courses, months


@dataclass(frozen=True)
class Thresholds:
    ready_gap: float = 15.0
    trainable_gap: float = 40.0
    trainable_zones: int = 1
    trainable_years: float = 2.0
    over_qualified_zones: int = 2
    related_top: float = 5.0  # percent of occupations that count as the client's field


@dataclass(frozen=True)
class Requirements:
    """Per occupation (rows aligned with a ProfileMatrix): typical categories, 0 = unknown."""

    job_zone: np.ndarray  # float, NaN unknown
    education: np.ndarray  # int RL category
    experience: np.ndarray  # int RW category
    training: np.ndarray  # int OJ category


@dataclass(frozen=True, kw_only=True)
class Background:
    """What the client brings besides skills (fields in the order the JSON shows them)."""

    education: int  # RL category
    education_stated: bool = False
    experience_years: float
    experience_stated: bool = False
    job_zone: int


def typical_category(shares: dict[int, float]) -> int:
    """The median category of a percentage distribution (0 when there is none)."""
    total = sum(shares.values())
    running = 0.0
    for category in sorted(shares):
        running += shares[category]
        if total > 0 and running >= total / 2:
            return category
    return 0


def requirements(job_zones: np.ndarray, typical: dict[str, np.ndarray]) -> Requirements:
    """``typical``: element id → each occupation's typical category (0 = no data)."""
    zones = np.asarray(job_zones, dtype=float)
    education = typical[EDUCATION]
    fallback = np.array([ZONE_EDUCATION.get(int(z), 0) if z == z else 0 for z in zones])
    return Requirements(zones, np.where(education > 0, education, fallback),
                        typical[EXPERIENCE], typical[TRAINING])


def background(req: Requirements, current_row: int | None, education: int | None,
               experience_years: float | None) -> Background:
    """The client's background, filling what is not stated from the current occupation."""
    edu = education or (int(req.education[current_row]) if current_row is not None else 0) or 2
    years = experience_years
    if years is None:
        years = (EXPERIENCE_YEARS.get(int(req.experience[current_row]), 0.0)
                 if current_row is not None else 0.0)
    zone = req.job_zone[current_row] if current_row is not None else np.nan
    return Background(education=edu, education_stated=education is not None,
                      experience_years=float(years),
                      experience_stated=experience_years is not None,
                      job_zone=int(zone) if zone == zone else EDUCATION_ZONE[edu])


def _years(table: dict[int, float], categories: np.ndarray) -> np.ndarray:
    return np.array([table.get(int(c), 0.0) for c in categories.tolist()])


@dataclass(frozen=True)
class Readiness:
    """Per occupation: the tier, the facts behind it and the time to get there."""

    tier: np.ndarray  # 0 ready now, 1 trainable, 2 long reskill
    zone_step: np.ndarray  # target − client Job Zone (0 where unknown)
    education_short: np.ndarray  # bool: typical education above the client's
    education_years: np.ndarray  # study still needed
    experience_years: np.ndarray  # related experience still needed
    training_years: np.ndarray  # typical on-the-job training
    years_low: np.ndarray  # fastest path, years
    years_high: np.ndarray  # slower path, years
    over_qualified: np.ndarray  # bool
    in_field: np.ndarray  # bool: the client's related experience counts


def in_field(same_group: np.ndarray, related_share: np.ndarray, t: Thresholds) -> np.ndarray:
    """The client's field: the current occupation's SOC minor group and the ``related_top``
    percent of occupations most related to the client."""
    return same_group | (related_share >= 1 - t.related_top / 100)


def assess(req: Requirements, client: Background, key_gaps: np.ndarray, gap: np.ndarray,
           field: np.ndarray, t: Thresholds) -> Readiness:
    """Tiers for every occupation (see the module docstring); vectorised."""
    zone = np.where(np.isnan(req.job_zone), client.job_zone, req.job_zone)
    step = (zone - client.job_zone).astype(int)
    short = req.education > client.education
    study = np.maximum(0.0, _years(EDUCATION_YEARS, req.education)
                       - EDUCATION_YEARS[client.education])
    credited = np.where(field, client.experience_years, 0.0)
    experience = np.maximum(0.0, _years(EXPERIENCE_YEARS, req.experience) - credited)
    training = _years(TRAINING_YEARS, req.training)
    skills_low, skills_high = (np.where(key_gaps > 0, m / 12, 0.0) for m in SKILL_MONTHS)
    low = np.maximum.reduce([study, experience, skills_low])
    high = np.maximum(study + experience, skills_high) + training
    ready = ((key_gaps == 0) & (gap <= t.ready_gap) & ~short & field
             & ((step <= 0) | ((step == 1) & client.education_stated & (experience == 0))))
    trainable = (step <= t.trainable_zones) & (gap <= t.trainable_gap) \
        & (low <= t.trainable_years)
    return Readiness(np.where(ready, 0, np.where(trainable, 1, 2)), step, short, study,
                     experience, training, low, high, step <= -t.over_qualified_zones, field)


def duration(years: float) -> Message:
    """A readable rounding: whole months below a year, half years above."""
    if years < 1:
        return message("duration.months", n=max(1, round(years * 12)))
    return message("duration.years", n=float(np.ceil(years * 2) / 2))


def time_range(low: float, high: float) -> Message:
    """'about 3 months', '6 months to 1.5 years'; 'no extra preparation' when none."""
    if high <= 0:
        return message("time.none")
    if low <= 0:
        return message("time.up_to", duration=duration(high))
    if duration(low) == duration(high):
        return message("time.about", duration=duration(high))
    return message("time.range", low=duration(low), high=duration(high))
