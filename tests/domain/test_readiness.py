"""The readiness tiers: Job Zone steps, education, experience, field, over-qualification."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.domain import readiness
from desktop.domain.readiness import Background, Requirements, Thresholds, assess

READY, TRAINABLE, LONG = 0, 1, 2


def targets(zones, education, experience=None, training=None) -> Requirements:
    n = len(zones)
    return Requirements(np.array(zones, dtype=float), np.array(education),
                        np.array(experience or [1] * n), np.array(training or [1] * n))


def tiers(req: Requirements, client: Background, key_gaps=None, gap=None, field=None,
          t: Thresholds | None = None) -> list[int]:
    n = len(req.job_zone)
    result = assess(req, client, np.array(key_gaps or [0] * n), np.array(gap or [0.0] * n),
                    np.array(field if field is not None else [True] * n), t or Thresholds())
    return result.tier.tolist()


HIGH_SCHOOL = Background(education=2, experience_years=1.0, job_zone=2)


def test_job_zone_steps_decide_between_the_tiers() -> None:
    # zone 1, 2 (same), 3 (one up), 4 and 5 (two and three up); education never short
    req = targets([1, 2, 3, 4, 5], [2, 2, 2, 2, 2])
    assert tiers(req, HIGH_SCHOOL) == [READY, READY, TRAINABLE, LONG, LONG]
    wider = Thresholds(trainable_zones=2)
    assert tiers(req, HIGH_SCHOOL, t=wider) == [READY, READY, TRAINABLE, TRAINABLE, LONG]


def test_one_zone_up_is_ready_only_with_stated_education_and_experience() -> None:
    req = targets([3, 3], [2, 2], experience=[6, 8])  # 1 year, 4 years of experience
    stated = Background(education=2, experience_years=1.0, job_zone=2, education_stated=True)
    assert tiers(req, HIGH_SCHOOL) == [TRAINABLE, LONG]  # assumed education: never ready
    assert tiers(req, stated) == [READY, LONG]  # 3 years short: beyond two years
    assert tiers(req, stated, field=[False, False]) == [TRAINABLE, LONG]


def test_education_above_the_clients_costs_its_years_of_study() -> None:
    # certificate (1 year), associate's (2), bachelor's (4), doctoral (9) after high school
    req = targets([2, 2, 2, 2], [3, 5, 6, 11])
    assert tiers(req, HIGH_SCHOOL) == [TRAINABLE, TRAINABLE, LONG, LONG]
    graduate = Background(education=6, experience_years=1.0, job_zone=2)
    assert tiers(req, graduate) == [READY, READY, READY, LONG]
    result = assess(req, HIGH_SCHOOL, np.zeros(4), np.zeros(4), np.ones(4, bool), Thresholds())
    assert result.education_years.tolist() == [1.0, 2.0, 4.0, 9.0]
    assert result.education_short.tolist() == [True] * 4


def test_skills_and_field_keep_a_target_out_of_ready_now() -> None:
    req = targets([2, 2, 2, 2], [2, 2, 2, 2])
    assert tiers(req, HIGH_SCHOOL, key_gaps=[1, 0, 0, 0], gap=[5, 20, 50, 0],
                 field=[True, True, True, False]) == [TRAINABLE, TRAINABLE, LONG, TRAINABLE]


def test_far_below_the_clients_zone_is_flagged_over_qualified() -> None:
    req = targets([1, 2, 3, 4], [2, 2, 2, 2])
    client = Background(education=6, experience_years=3.0, job_zone=4)
    result = assess(req, client, np.zeros(4), np.zeros(4), np.ones(4, bool), Thresholds())
    assert result.over_qualified.tolist() == [True, True, False, False]
    assert result.zone_step.tolist() == [-3, -2, -1, 0]
    strict = assess(req, client, np.zeros(4), np.zeros(4), np.ones(4, bool),
                    Thresholds(over_qualified_zones=3))
    assert strict.over_qualified.tolist() == [True, False, False, False]


def test_experience_counts_only_in_the_clients_field() -> None:
    req = targets([2, 2], [2, 2], experience=[6, 6])  # one year expected
    result = assess(req, HIGH_SCHOOL, np.zeros(2), np.zeros(2), np.array([True, False]),
                    Thresholds())
    assert result.experience_years.tolist() == [0.0, 1.0]
    assert readiness.in_field(np.array([True, False, False]), np.array([0.1, 0.96, 0.9]),
                              Thresholds()).tolist() == [True, True, False]


def test_typical_values_and_the_clients_background() -> None:
    assert readiness.typical_category({1: 10, 2: 35, 3: 4, 6: 51}) == 6
    assert readiness.typical_category({1: 10, 2: 35, 3: 5, 6: 50}) == 3  # half reached
    assert readiness.typical_category({1: 10, 2: 45, 6: 45}) == 2
    assert readiness.typical_category({}) == 0
    req = readiness.requirements(np.array([2.0, 4.0, np.nan]), {
        readiness.EDUCATION: np.array([2, 0, 0]), readiness.EXPERIENCE: np.array([5, 0, 0]),
        readiness.TRAINING: np.array([3, 0, 0])})
    assert req.education.tolist() == [2, 6, 0]  # Job Zone 4 usually asks a bachelor's
    assumed = readiness.background(req, 0, None, None)
    assert assumed == Background(education=2, experience_years=0.5, job_zone=2)
    stated = readiness.background(req, 0, 8, 12.0)
    assert stated == Background(education=8, experience_years=12.0, job_zone=2,
                               education_stated=True, experience_stated=True)
    assert readiness.background(req, None, 6, None).job_zone == 4


@pytest.mark.parametrize(("low", "high", "text"), [
    (0, 0, "no extra preparation"), (0, 0.25, "up to 3 months"),
    (0.5, 1.25, "6 months to 1.5 years"), (4, 4.2, "4.5 years"), (2, 2, "about 2 years")])
def test_time_ranges_read_naturally(low, high, text) -> None:
    assert text in readiness.time_range(low, high).render()


@pytest.mark.parametrize(("low", "high", "text"), [
    (0, 0, "sin preparación adicional"), (0, 0.25, "hasta 3 meses"),
    (0.5, 1.25, "de 6 meses a 1,5 años"), (0, 1 / 12, "hasta 1 mes"),
    (2, 2, "alrededor de 2 años")])
def test_time_ranges_in_spanish_use_a_decimal_comma(low, high, text) -> None:
    assert readiness.time_range(low, high).render("es") == text
