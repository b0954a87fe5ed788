"""Rates, recommendation order, series and one analysis' detail."""

from __future__ import annotations

from desktop.domain import analytics


def test_success_rate():
    assert analytics.success_rate(145, 150) == 96.67
    assert analytics.success_rate(0, 0) == 0


def test_recommendations_in_a_readable_order():
    rows = analytics.recommendation_rows([(None, 4), ("weak", 1), ("other", 2), ("strong", 3)])
    assert [r["recommendation"] for r in rows] == ["strong", "weak", "other", "unrated"]


def test_daily_series_fills_gaps_and_fits_a_trend():
    series = analytics.daily_series([("2025-11-01", 1), ("2025-11-03", 3)])
    assert series["unit"] == "day"
    assert series["counts"].tolist() == [1, 0, 3]
    assert [round(v, 6) for v in series["trend"]] == [0.333333, 1.333333, 2.333333]


def test_long_spans_are_weekly():
    series = analytics.daily_series([("2025-01-01", 2), ("2025-01-05", 1), ("2025-12-31", 4)])
    assert series["unit"] == "week"
    assert series["counts"].tolist()[:2] == [2, 1] and series["counts"][-1] == 4
    assert series["counts"].sum() == 7 and len(series["counts"]) == 53
    assert str(series["starts"][-1]) == "2025-12-25"  # the last week ends on the last day


def test_detail_sorts_gaps_by_severity_and_survives_missing_keys():
    document = {"analysis_results": {"analysis": {"gaps": [
        {"type": "b", "severity": "low"}, {"type": "a", "severity": "critical"}, "junk"]}}}
    detail = analytics.analysis_detail(document)
    assert [g["type"] for g in detail["gaps"]] == ["a", "b"]
    assert detail["milestones"] == [] and detail["strengths"] == []
    assert analytics.analysis_detail({})["gaps"] == []
