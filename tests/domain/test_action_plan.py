"""Unlocks-most and what-if on the real 30.1 release, against a direct recomputation."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.domain import action_plan
from desktop.domain.recommend import Client, rank
from desktop.domain.scoring import LEVEL_AWARE, SKILLSPROUT, TIERS

RETAIL, CASHIER, SUPERVISOR = "41-2031.00", "41-2011.00", "41-1011.00"
NURSE, COOK = "29-1141.00", "35-2014.00"


@pytest.fixture(scope="module")
def release(imported_cache, tmp_path_factory):
    import shutil

    from desktop.services import recommend
    from desktop.services.context import open_services

    folder = tmp_path_factory.mktemp("plan-data")
    shutil.copyfile(imported_cache, folder / "cache.sqlite")
    services = open_services(folder)
    try:
        return recommend.release(services)
    finally:
        services.close()


@pytest.fixture(scope="module")
def matrix(release):
    return release.matrix


def prefilled(matrix, code: str, below: int = 1) -> dict[str, int]:
    """Ratings ``below`` steps under the occupation's levels: a client with room to grow."""
    row = matrix.row(code)
    levels = np.nan_to_num(matrix.level[row])
    return {e: max(0, round(levels[j] * 4 / 7) - below)
            for j, e in enumerate(matrix.element_ids)}


def tiers_for(release, ratings: dict[str, int], model: str, current: str | None = None
              ) -> np.ndarray:
    """Direct recomputation: the recommendation ranking's tiers, not through action_plan."""
    return rank(release, Client(ratings, current), model).tier


@pytest.mark.parametrize(("model", "current", "below"),
                         [(LEVEL_AWARE, RETAIL, 1), (SKILLSPROUT, COOK, 0)])
def test_unlocks_matches_a_direct_recomputation(release, matrix, model, current,
                                                below) -> None:
    ratings = prefilled(matrix, current, below)
    targets = [CASHIER, SUPERVISOR, NURSE, COOK, RETAIL]
    found = action_plan.unlocks(release, Client(ratings, current), action_plan.Rules(model),
                                targets, top=len(matrix.element_ids))
    before = tiers_for(release, ratings, model, current)
    expected = {}
    for element_id in matrix.element_ids:
        if ratings[element_id] >= 4:
            continue
        after = tiers_for(release, {**ratings, element_id: ratings[element_id] + 1}, model,
                          current)
        assert (after <= before).all(), f"raising {element_id} made a tier worse"
        better = {matrix.codes[r] for r in np.flatnonzero(after < before)} - {current}
        if better:
            expected[element_id] = better
    assert expected, "some skill step must unlock something for this client"
    assert {f.element_id: {o.code for o in f.unlocked} for f in found.all} == expected
    counts = [f.count for f in found.all]
    assert counts == sorted(counts, reverse=True)
    for f in found.shortlist:
        assert {o.code for o in f.shortlisted} == expected[f.element_id] & set(targets)
    assert all(f.shortlisted for f in found.shortlist)


@pytest.mark.parametrize("current", [None, RETAIL])
def test_raising_any_skill_never_worsens_a_tier(release, matrix, current) -> None:
    rng = np.random.default_rng(7)
    rules = action_plan.Rules(LEVEL_AWARE)
    for _ in range(3):
        ratings = {e: int(rng.integers(0, 4)) for e in matrix.element_ids}
        base = action_plan.standing(release, Client(ratings, current), rules)
        for element_id in matrix.element_ids:
            raised = action_plan.standing(release, Client({**ratings, element_id: 4}, current),
                                          rules)
            assert (raised.tier <= base.tier).all()
            assert (raised.match >= base.match).all()


def test_what_if_lists_exactly_the_occupations_that_change_tier(release, matrix) -> None:
    ratings = prefilled(matrix, RETAIL)
    changes = {"2.A.1.a": 4, "2.A.2.a": 4, "2.B.1.a": 4}  # reading, critical thinking, …
    result = action_plan.what_if(release, Client(ratings, RETAIL), changes,
                                 action_plan.Rules(LEVEL_AWARE), [CASHIER, SUPERVISOR])
    before = tiers_for(release, ratings, LEVEL_AWARE, RETAIL)
    after = tiers_for(release, {**ratings, **changes}, LEVEL_AWARE, RETAIL)
    expected = {matrix.codes[r] for r in np.flatnonzero(after != before)} - {RETAIL}
    assert expected and {m.code for m in result.moved} == expected
    assert all(m.better and TIERS.index(m.tier_after) < TIERS.index(m.tier_before)
               for m in result.moved)
    assert [t.code for t in result.targets] == [CASHIER, SUPERVISOR]
    assert all(t.match_after >= t.match_before for t in result.targets)
    assert sum(a for a, _ in result.tier_counts.values()) == len(matrix)
    assert sum(b for _, b in result.tier_counts.values()) == len(matrix)


def test_comparison_rows_follow_the_client_gap_table(matrix) -> None:
    from desktop.domain.gaps import client_gap

    ratings = prefilled(matrix, RETAIL)
    rows = action_plan.comparison(matrix, ratings, [matrix.row(NURSE), matrix.row(CASHIER)])
    assert [r.element_id for r in rows] == matrix.element_ids
    nurse = {g.element_id: g for g in client_gap(matrix, matrix.row(NURSE), ratings)}
    for r in rows:
        cell = r.targets[0]
        assert cell.code == NURSE
        assert (cell.required_level, cell.deficit) == (
            nurse[r.element_id].required_level, nurse[r.element_id].deficit)


@pytest.mark.parametrize(("level", "rating"), [(0.0, 0), (0.87, 0), (1.0, 1), (2.6, 1),
                                               (3.7, 2), (5.3, 3), (7.0, 4)])
def test_rating_needed_closes_the_gap(level, rating) -> None:
    assert action_plan.rating_needed(level) == rating
