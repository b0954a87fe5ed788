"""Both scoring models: hand-computed cases, tiers, and properties on the real release."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.profiles import ProfileMatrix
from desktop.domain.scoring import (
    MODELS,
    Thresholds,
    level_aware,
    rating_vector,
    score,
    skillsprout,
    tier_index,
)

NAN = np.nan


def matrix(importance, level, not_relevant=None, suppressed=None) -> ProfileMatrix:
    importance = np.array(importance, dtype=float)
    n, m = importance.shape
    flags = np.zeros((n, m), dtype=bool)
    return ProfileMatrix(
        "skills", [f"00-000{i}.00" for i in range(n)], [f"Job {i}" for i in range(n)],
        np.full(n, 3.0), [f"e{j}" for j in range(m)], [f"Skill {j}" for j in range(m)],
        importance, np.array(level, dtype=float),
        flags if not_relevant is None else np.array(not_relevant),
        flags, flags if suppressed is None else np.array(suppressed))


def test_skillsprout_by_hand() -> None:
    # importance (IM−1)/4·100 = 100, 50, 0 → weights 2/3, 1/3, 0; capability 1, .25, 0
    m = matrix([[5, 3, 1], [1, 1, 1], [NAN, NAN, NAN]], [[1, 1, 1]] * 3)
    s = skillsprout(m, np.array([4.0, 1.0, 0.0]))
    assert s.match[0] == 75.0  # 100 · (2/3 · 1 + 1/3 · 0.25)
    assert s.gap[0] == 33.33  # skills with capability ≤ 0.25: 1/3 + 0
    assert s.match[1] == pytest.approx(41.67) and s.gap[1] == pytest.approx(66.67)  # equal
    assert (s.match[2], s.gap[2]) == (0.0, 100.0)  # no skills
    assert list(tier_index(s.match, s.gap, Thresholds())) == [1, 2, 2]


def test_level_aware_by_hand() -> None:
    # weights ((IM−1)/4)² = 1, 0.25 → 0.8, 0.2; the third skill is not relevant, the fourth
    # has level 0: neither counts. Client levels 2·7/4 = 3.5 each; tolerance t = 0.875.
    m = matrix([[5, 3, 5, 5]], [[3.5, 7, 6, 0]], not_relevant=[[False, False, True, False]])
    s = level_aware(m, np.array([2.0, 2.0, 0.0, 0.0]))
    assert s.match[0] == 92.5  # 0.8 · 1 + 0.2 · (3.5 + 0.875)/7
    assert s.gap[0] == 20.0  # 0.2 · clip((7 − 3.5 − 0.875) / 1.75, 0, 1)
    assert list(s.per_skill(0).is_gap) == [False, True, False, False]
    assert list(s.per_skill(0).contribution) == [80.0, 12.5, 0.0, 0.0]
    assert s.over[0] == 0.0
    strong = level_aware(m, np.array([4.0, 4.0, 4.0, 4.0]))
    assert (strong.match[0], strong.gap[0]) == (100.0, 0.0)
    assert strong.over[0] == 80.0  # 0.8 · clip((7 − 3.5)/1.75 − 1/2, 0, 1)


def test_half_a_step_short_is_met_and_only_important_skills_are_key_gaps() -> None:
    # rating 2 = level 3.5: level 4.3 is within t = 0.875, level 4.5 is not.
    m = matrix([[5, 5], [5, 2.5], [5, 3]], [[4.3, 3.5], [3.5, 4.5], [3.5, 4.5]])
    s = level_aware(m, np.array([2.0, 2.0]))
    assert (s.match[0], s.gap[0], s.missing[0]) == (100.0, 0.0, 0)
    assert s.gap[1] > 0 and s.missing[1] == 0  # short, but IM 2.5 < 3: not a key gap
    assert s.missing[2] == 1  # IM 3: a key gap


def test_suppressed_values_count_half() -> None:
    m = matrix([[5, 5]], [[7, 7]], suppressed=[[False, True]])
    s = level_aware(m, np.array([4.0, 0.0]))
    assert s.match[0] == pytest.approx(100 * (2 / 3 + 1 / 3 * 0.875 / 7), abs=0.01)


def test_zero_thresholds_are_real_zeros() -> None:
    match, gap = np.array([10.0, 10.0, 0.0]), np.array([0.0, 5.0, 100.0])
    assert list(tier_index(match, gap, Thresholds(0, 0, 0, 0))) == [0, 1, 1]
    assert list(tier_index(match, gap, Thresholds(100, 0, 100, 0))) == [1, 2, 2]


def test_tier_boundaries_have_no_dead_zones() -> None:
    t = Thresholds()
    match = np.array([75.0, 74.99, 74.99, 49.99, 49.99, 30.0])
    gap = np.array([25.0, 25.0, 25.5, 55.0, 55.01, 80.0])
    assert list(tier_index(match, gap, t)) == [0, 1, 1, 1, 2, 2]


@pytest.fixture(scope="module")
def real(imported_cache):
    from desktop.store.db import make_engine
    from desktop.store.profiles import load_profiles

    engine = make_engine(imported_cache)
    with engine.connect() as db:
        loaded = load_profiles(db, "skills")
    engine.dispose()
    return loaded


ratings_strategy = st.lists(st.integers(0, 4), min_size=35, max_size=35)
thresholds_strategy = st.builds(Thresholds, *[st.integers(0, 100).map(float)] * 4)


@settings(max_examples=60, deadline=None)
@given(ratings=ratings_strategy, skill=st.integers(0, 34), model=st.sampled_from(MODELS),
       t=st.one_of(st.just(Thresholds()), thresholds_strategy))
def test_raising_a_rating_never_worsens_a_tier(real, ratings, skill, model, t) -> None:
    before = np.array(ratings, dtype=float)
    after = before.copy()
    after[skill] = min(4, after[skill] + 1)
    old, new = score(model, real, before), score(model, real, after)
    assert np.all(new.match >= old.match) and np.all(new.gap <= old.gap)
    assert np.all(tier_index(new.match, new.gap, t) <= tier_index(old.match, old.gap, t))


@settings(max_examples=40, deadline=None)
@given(ratings=ratings_strategy, model=st.sampled_from(MODELS), seed=st.integers(0, 99))
def test_scores_are_in_range_and_independent_of_rating_order(real, ratings, model, seed):
    given_ratings = dict(zip(real.element_ids, ratings, strict=True))
    shuffled = list(given_ratings.items())
    np.random.default_rng(seed).shuffle(shuffled)
    a = score(model, real, rating_vector(real, given_ratings))
    b = score(model, real, rating_vector(real, dict(shuffled)))
    assert np.array_equal(a.match, b.match) and np.array_equal(a.gap, b.gap)
    for values in (a.match, a.gap, a.score):  # level-aware's score is its match
        assert np.all((values >= 0) & (values <= 100))
    for row in (0, 100, 500):
        detail = a.per_skill(row)
        assert abs(detail.contribution.sum() - a.match[row]) < 0.006
        assert abs(detail.gap_points.sum() - a.gap[row]) < 0.006
        assert detail.is_gap.sum() == a.missing[row]


def test_a_client_prefilled_from_any_occupation_matches_it_fully(real) -> None:
    from desktop.domain.ratings import level_to_rating

    for row in range(len(real)):
        levels = np.where(real.not_relevant[row], 0.0, np.nan_to_num(real.level[row]))
        s = level_aware(real, np.array([level_to_rating(v) for v in levels], dtype=float))
        assert (s.match[row], s.gap[row], s.missing[row]) == (100.0, 0.0, 0), real.codes[row]


def test_skillsprout_agrees_with_a_calculation_from_the_raw_file(real, release_dir) -> None:
    ratings = {e: i % 5 for i, e in enumerate(real.element_ids)}
    importance: dict[str, dict[str, float]] = {}
    for line in (release_dir / "Skills.txt").read_text("utf-8").splitlines()[1:]:
        f = line.split("\t")
        if f[3] == "IM":
            importance.setdefault(f[0], {})[f[1]] = (float(f[4]) - 1) / 4 * 100
    s = skillsprout(real, rating_vector(real, ratings))
    for code in ("15-1252.00", "35-2014.00", "47-2111.00", "29-1141.00"):
        weights = importance[code]
        total = sum(weights.values())
        match = 100 * sum(w / total * ratings[e] / 4 for e, w in weights.items())
        gap = 100 * sum(w / total for e, w in weights.items() if ratings[e] / 4 <= 0.25)
        row = real.row(code)
        assert (s.match[row], s.gap[row]) == (round(match, 2), round(gap, 2))


def test_level_aware_agrees_with_a_calculation_from_the_raw_file(real, release_dir) -> None:
    ratings = {e: (3 * i) % 5 for i, e in enumerate(real.element_ids)}
    rows: dict[str, dict[str, dict[str, list[str]]]] = {}
    for line in (release_dir / "Skills.txt").read_text("utf-8").splitlines()[1:]:
        f = line.split("\t")
        rows.setdefault(f[0], {}).setdefault(f[1], {})[f[3]] = f
    s = level_aware(real, rating_vector(real, ratings))
    for code in ("15-1252.00", "35-2014.00", "47-2111.00", "11-1011.00"):
        weights, coverage, shortfall = {}, {}, {}
        for element, scales in rows[code].items():
            im, lv = scales["IM"], scales["LV"]
            level = float(lv[4])
            if lv[10] == "Y" or level <= 0:
                continue
            suppressed = "Y" in (im[9], lv[9])
            weights[element] = ((float(im[4]) - 1) / 4) ** 2 * (0.5 if suppressed else 1)
            client = ratings[element] * 7 / 4
            coverage[element] = min(1, (client + 0.875) / level)
            shortfall[element] = min(1, max(0, (level - client - 0.875) / 1.75))
        total = sum(weights.values())
        match = 100 * sum(w / total * coverage[e] for e, w in weights.items())
        gap = 100 * sum(w / total * shortfall[e] for e, w in weights.items())
        row = real.row(code)
        assert (s.match[row], s.gap[row]) == (round(match, 2), round(gap, 2)), code
