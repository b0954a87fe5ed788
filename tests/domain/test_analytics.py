"""Rates, recommendation order, series and one analysis' detail."""

from __future__ import annotations

from desktop.domain import analytics


def test_success_rate():
    assert analytics.success_rate(145, 150) == 96.67
    assert analytics.success_rate(0, 0) == 0


def test_recommendations_in_a_readable_order():
    rows = analytics.recommendation_rows([(None, 4), ("weak", 1), ("other", 2), ("strong", 3)])
    assert [r.recommendation for r in rows] == ["strong", "weak", "other", "unrated"]


def test_daily_series_fills_gaps_with_a_trailing_rolling_mean():
    series = analytics.daily_series([("2025-11-01", 1), ("2025-11-03", 3)])
    assert (series.unit, series.window) == ("day", 7)
    assert series.counts.tolist() == [1, 0, 3]
    assert [round(v, 6) for v in series.trend] == [1, 0.5, 1.333333]  # days so far


def test_the_trend_does_not_plunge_after_a_gap():
    """Steady 10 a day, three weeks without analyses, then 10 a day again: a least-squares
    line fell below zero at the end; the rolling mean is back at 10 within a week."""
    days = [(f"2025-10-{d:02d}", 10) for d in range(1, 15)]
    days += [(f"2025-11-{d:02d}", 10) for d in range(5, 15)]
    trend = analytics.daily_series(days).trend
    assert trend.min() >= 0 and trend[-1] == 10
    assert max(trend) == 10  # never above what was observed


def test_rolling_mean_window():
    import numpy as np

    assert analytics.rolling_mean(np.array([4, 0, 2, 6]), 2).tolist() == [4, 2, 1, 4]


def test_skill_labels_group_by_case_and_spacing():
    assert analytics.normalise_label("  Work according to\tRecipe ") == \
        "work according to recipe"
    assert analytics.normalise_label(None) == ""


def test_long_spans_are_weekly():
    series = analytics.daily_series([("2025-01-01", 2), ("2025-01-05", 1), ("2025-12-31", 4)])
    assert series.unit == "week"
    assert series.counts.tolist()[:2] == [2, 1] and series.counts[-1] == 4
    assert series.counts.sum() == 7 and len(series.counts) == 53
    assert str(series.starts[-1]) == "2025-12-25"  # the last week ends on the last day


def test_detail_sorts_gaps_by_severity_and_survives_missing_keys():
    document = {"analysis_results": {"analysis": {"gaps": [
        {"type": "b", "severity": "low"}, {"type": "a", "severity": "critical"}, "junk"]}}}
    detail = analytics.analysis_detail(document)
    assert [g.type for g in detail.gaps] == ["a", "b"]
    assert detail.milestones == [] and detail.strengths == [] == detail.weaknesses
    assert analytics.analysis_detail({}).gaps == []
