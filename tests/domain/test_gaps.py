"""Gap rules on hand-made profiles, computed by hand."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.domain.gaps import client_gap, importance_weight, occupation_gap
from desktop.domain.profiles import ProfileMatrix

NAN = np.nan


def matrix(level, importance, not_relevant=None, level_suppressed=None) -> ProfileMatrix:
    level, importance = np.array(level, float), np.array(importance, float)
    flags = np.zeros(level.shape, bool)
    return ProfileMatrix(
        domain="skills", codes=["11-0000.00", "22-0000.00"], titles=["Source", "Target"],
        job_zones=np.array([2.0, 3.0]), element_ids=["a", "b", "c", "d", "e"],
        element_names=["A", "B", "C", "D", "E"], importance=importance, level=level,
        not_relevant=flags if not_relevant is None else np.array(not_relevant),
        importance_suppressed=flags,
        level_suppressed=flags if level_suppressed is None else np.array(level_suppressed))


#                a     b     c     d     e
SOURCE_LV = [2.0, 3.0, 1.5, 0.0, 4.0]
TARGET_LV = [3.0, 3.0, 2.5, 2.0, 0.0]
IMPORTANCE = [[3.0, 3.0, 3.0, 2.0, 4.0], [2.5, 4.0, 4.5, 3.0, 1.0]]


def test_gaps_are_lower_or_missing_source_levels_sorted_by_deficit_then_importance():
    m = matrix([SOURCE_LV, TARGET_LV], IMPORTANCE)
    gaps = occupation_gap(m, 0, 1)
    # a: 3-2=1 (IM 2.5); c: 2.5-1.5=1 (IM 4.5); d: 2-0=2; b equal, e not needed by target
    assert [(g.element_id, g.from_level, g.to_level, g.deficit, g.importance)
            for g in gaps] == [("d", 0.0, 2.0, 2.0, 3.0), ("c", 1.5, 2.5, 1.0, 4.5),
                               ("a", 2.0, 3.0, 1.0, 2.5)]
    assert gaps[0].from_required is False and gaps[1].from_required is True


def test_not_relevant_source_counts_as_zero_and_not_relevant_target_is_no_gap():
    not_relevant = np.zeros((2, 5), bool)
    not_relevant[0, 0] = True  # the source does not need a (its LV 2 is only hypothetical)
    not_relevant[1, 1] = True  # the target does not need b
    m = matrix([SOURCE_LV, [3.0, 5.0, 2.5, 2.0, 0.0]], IMPORTANCE, not_relevant)
    gaps = {g.element_id: g for g in occupation_gap(m, 0, 1)}
    assert gaps["a"].from_level == 0.0 and gaps["a"].deficit == 3.0
    assert "b" not in gaps


def test_same_occupation_has_no_gaps_and_reverse_direction_differs():
    m = matrix([SOURCE_LV, TARGET_LV], IMPORTANCE)
    assert occupation_gap(m, 1, 1) == []
    assert [g.element_id for g in occupation_gap(m, 1, 0)] == ["e"]


def test_suppressed_values_are_kept_but_flagged():
    suppressed = np.zeros((2, 5), bool)
    suppressed[1, 3] = True
    m = matrix([SOURCE_LV, TARGET_LV], IMPORTANCE, level_suppressed=suppressed)
    flags = {g.element_id: g.low_confidence for g in occupation_gap(m, 0, 1)}
    assert flags == {"d": True, "c": False, "a": False}


def test_client_gap_weights_deficit_by_importance_and_marks_not_required():
    not_relevant = np.zeros((2, 5), bool)
    not_relevant[1, 4] = True
    m = matrix([SOURCE_LV, [3.5, 3.5, 2.5, 2.0, 1.0]], IMPORTANCE, not_relevant)
    rows = client_gap(m, 1, {"a": 1, "b": 2, "c": 4, "e": 4})  # d unrated
    by_id = {r.element_id: r for r in rows}
    # a: 3.5 - 1.75 = 1.75 × (2.5-1)/4 = 0.656; b: 3.5 - 3.5 = 0; d: 2 × 0.5 = 1.0
    assert by_id["a"].client_level == 1.75 and by_id["a"].deficit == 1.75
    assert by_id["a"].weighted_deficit == pytest.approx(0.656, abs=1e-3)
    assert by_id["d"].client_rating is None and by_id["d"].weighted_deficit == 1.0
    assert by_id["c"].deficit == 0.0 and by_id["c"].surplus == 4.5
    assert by_id["e"].required is False and by_id["e"].required_level == 0.0
    assert [r.element_id for r in rows] == ["d", "a", "c", "b", "e"]  # c, b: no deficit, by IM


def test_importance_weight_is_the_onet_0_100_transform():
    assert [importance_weight(v) for v in (1, 3, 5, None)] == [0.0, 0.5, 1.0, 0.0]
