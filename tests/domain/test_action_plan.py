"""Unlocks-most and what-if on the real 30.1 release, against a direct recomputation."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.domain import action_plan
from desktop.domain.scoring import LEVEL_AWARE, SKILLSPROUT, TIERS, Thresholds, score, tier_index

RETAIL, CASHIER, SUPERVISOR = "41-2031.00", "41-2011.00", "41-1011.00"
NURSE, COOK = "29-1141.00", "35-2014.00"


@pytest.fixture(scope="module")
def matrix(imported_cache, tmp_path_factory):
    import shutil

    from desktop.services.context import open_services
    from desktop.services.profiles import profiles

    folder = tmp_path_factory.mktemp("plan-data")
    shutil.copyfile(imported_cache, folder / "cache.sqlite")
    services = open_services(folder)
    try:
        return profiles(services, "skills")
    finally:
        services.close()


def prefilled(matrix, code: str, below: int = 1) -> dict[str, int]:
    """Ratings ``below`` steps under the occupation's levels: a client with room to grow."""
    row = matrix.row(code)
    levels = np.nan_to_num(matrix.level[row])
    return {e: max(0, round(levels[j] * 4 / 7) - below)
            for j, e in enumerate(matrix.element_ids)}


def tiers_for(matrix, ratings: dict[str, int], model: str) -> np.ndarray:
    """Direct recomputation: score and tier, not through action_plan."""
    vector = np.array([ratings.get(e, 0) for e in matrix.element_ids], dtype=float)
    s = score(model, matrix, vector)
    return tier_index(s.match, s.gap, Thresholds())


@pytest.mark.parametrize(("model", "current", "below"),
                         [(LEVEL_AWARE, RETAIL, 1), (SKILLSPROUT, COOK, 0)])
def test_unlocks_matches_a_direct_recomputation(matrix, model, current, below) -> None:
    ratings = prefilled(matrix, current, below)
    targets = [CASHIER, SUPERVISOR, NURSE, COOK, RETAIL]
    found = action_plan.unlocks(matrix, ratings, model, Thresholds(), current, targets,
                                top=len(matrix.element_ids))
    before = tiers_for(matrix, ratings, model)
    expected = {}
    for element_id in matrix.element_ids:
        if ratings[element_id] >= 4:
            continue
        after = tiers_for(matrix, {**ratings, element_id: ratings[element_id] + 1}, model)
        assert (after <= before).all(), f"raising {element_id} made a tier worse"
        better = {matrix.codes[r] for r in np.flatnonzero(after < before)} - {current}
        if better:
            expected[element_id] = better
    assert expected, "some skill step must unlock something for this client"
    assert {f["element_id"]: {o["code"] for o in f["unlocked"]} for f in found["all"]} \
        == expected
    counts = [f["count"] for f in found["all"]]
    assert counts == sorted(counts, reverse=True)
    for f in found["shortlist"]:
        assert {o["code"] for o in f["shortlisted"]} == expected[f["element_id"]] & set(targets)
    assert all(f["shortlisted"] for f in found["shortlist"])


def test_raising_any_skill_never_worsens_a_tier(matrix) -> None:
    rng = np.random.default_rng(7)
    for _ in range(5):
        ratings = {e: int(rng.integers(0, 4)) for e in matrix.element_ids}
        base = action_plan.standing(matrix, ratings, LEVEL_AWARE, Thresholds())
        for element_id in matrix.element_ids:
            raised = action_plan.standing(matrix, {**ratings, element_id: 4}, LEVEL_AWARE,
                                          Thresholds())
            assert (raised.tier <= base.tier).all()
            assert (raised.match >= base.match).all()


def test_what_if_lists_exactly_the_occupations_that_change_tier(matrix) -> None:
    ratings = prefilled(matrix, RETAIL)
    changes = {"2.A.1.a": 4, "2.A.2.a": 4, "2.B.1.a": 4}  # reading, critical thinking, …
    result = action_plan.what_if(matrix, ratings, changes, LEVEL_AWARE, Thresholds(), RETAIL,
                                 [CASHIER, SUPERVISOR])
    before = tiers_for(matrix, ratings, LEVEL_AWARE)
    after = tiers_for(matrix, {**ratings, **changes}, LEVEL_AWARE)
    expected = {matrix.codes[r] for r in np.flatnonzero(after != before)} - {RETAIL}
    assert expected and {m["code"] for m in result["moved"]} == expected
    assert all(m["better"] and TIERS.index(m["tier_after"]) < TIERS.index(m["tier_before"])
               for m in result["moved"])
    assert [t["code"] for t in result["targets"]] == [CASHIER, SUPERVISOR]
    assert all(t["match_after"] >= t["match_before"] for t in result["targets"])
    assert sum(a for a, _ in result["tier_counts"].values()) == len(matrix)
    assert sum(b for _, b in result["tier_counts"].values()) == len(matrix)


def test_comparison_rows_follow_the_client_gap_table(matrix) -> None:
    from desktop.domain.gaps import client_gap

    ratings = prefilled(matrix, RETAIL)
    rows = action_plan.comparison(matrix, ratings, [matrix.row(NURSE), matrix.row(CASHIER)])
    assert [r["element_id"] for r in rows] == matrix.element_ids
    nurse = {g["element_id"]: g for g in client_gap(matrix, matrix.row(NURSE), ratings)}
    for r in rows:
        cell = r["targets"][0]
        assert cell["code"] == NURSE
        assert (cell["required_level"], cell["deficit"]) == (
            nurse[r["element_id"]]["required_level"], nurse[r["element_id"]]["deficit"])


@pytest.mark.parametrize(("level", "rating"), [(0.0, 0), (0.87, 0), (1.0, 1), (2.6, 1),
                                               (3.7, 2), (5.3, 3), (7.0, 4)])
def test_rating_needed_closes_the_gap(level, rating) -> None:
    assert action_plan.rating_needed(level) == rating
