"""Analytics overview, charts data and the analyses list against hand-computed values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.analytics import Milestone, RecommendationCount
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.services import analytics
from desktop.services.analytics import FieldSummary, TopSkill
from desktop.store.analytics import ExperienceSizes, FieldStatuses
from tests.cache_rows import add_analysis, analysis_document, compass_scenario

NOW = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def filled(services):
    with services.cache.write() as db:
        add_analysis(db, "a1", score=80, likelihood=0.7, recommendation="strong",
                     created_at="2025-11-30T12:00:00Z", document=analysis_document())
        add_analysis(db, "a2", score=60, likelihood=0.5, recommendation="moderate",
                     created_at="2025-11-21T12:00:00.000Z")
        add_analysis(db, "a3", field="arts_culture", score=90, likelihood=0.9,
                     recommendation="strong", created_at="2025-10-22T12:00:00Z")
        add_analysis(db, "a4", field="arts_culture", status="error",
                     created_at="2025-11-29T12:00:00Z", error_message="LLM timeout")
        add_analysis(db, "a5", field="science_research", likelihood=0.3,
                     created_at="2025-08-23T12:00:00Z")
        # 29 days 23 hours before NOW, written with an offset: still within 30 days
        add_analysis(db, "a6", score=70, likelihood=0.6, recommendation="weak",
                     created_at="2025-11-01T14:00:00+01:00")
        compass_scenario(db)
    return services


def test_overview_matches_hand_computed_values(filled):
    figures = analytics.overview(filled, now=NOW)
    assert figures.total_analyses == 6
    assert (figures.completed, figures.errors) == (5, 1)
    assert figures.success_rate == 83.33  # 5 / 6
    assert figures.by_field == [
        FieldSummary("digital_technology", count=3, avg_score=70.0, avg_likelihood=0.6,
                     scored=3, with_likelihood=3),
        FieldSummary("arts_culture", count=1, avg_score=90.0, avg_likelihood=0.9, scored=1,
                     with_likelihood=1),
        FieldSummary("science_research", count=1, avg_score=None, avg_likelihood=0.3,
                     scored=0, with_likelihood=1),
    ]
    assert (figures.scored, figures.period.label) == (4, "All time")
    assert figures.by_recommendation == [
        RecommendationCount("strong", 2), RecommendationCount("moderate", 1),
        RecommendationCount("weak", 1), RecommendationCount("unrated", 1)]
    assert figures.recent_30_days == 4  # a1, a2, a4, a6


def test_compass_figures(filled):
    compass = analytics.overview(filled, now=NOW).compass
    # sessions 100-400; users u1-u3; kept explored experiences e5, e1, e4, e6
    assert (compass.sessions, compass.users, compass.experiences) == (4, 3, 4)
    assert compass.skill_extractions == 6
    assert compass.top_skills[0] == TopSkill("s5", "hornear", 2)
    assert len(compass.top_skills) == 5


def test_empty_cache_gives_zeros_not_errors(services):
    figures = analytics.overview(services)
    assert (figures.total_analyses, figures.success_rate, figures.by_field) == (0, 0, [])
    assert figures.compass.top_skills == []


def test_chart_data(filled):
    data = analytics.chart_data(filled)
    assert data.per_field[0] == FieldStatuses("digital_technology", completed=3, errors=0,
                                              other=0)
    assert data.per_field[1].errors == 1
    # scores 80, 60, 90, 70 -> bins 6, 7, 8, 9
    assert data.score_histogram.tolist() == [0, 0, 0, 0, 0, 0, 1, 1, 1, 1]
    # likelihoods 0.7 0.5 0.9 0.3 0.6 -> bins 7 5 9 3 6
    assert data.likelihood_histogram.tolist() == [0, 0, 0, 1, 0, 1, 1, 1, 0, 1]
    assert data.skills_per_experience == [ExperienceSizes(1, 2), ExperienceSizes(2, 2)]
    series = data.over_time
    assert series.unit == "day" and series.counts.sum() == 6
    assert str(series.starts[0]) == "2025-08-23" and len(series.counts) == 100


def test_list_analyses_filters_and_pages(filled):
    page = analytics.list_analyses(filled, field="digital_technology", status="completed",
                                   offset=1, limit=1)
    assert page.total == 3
    assert [a.id for a in page.analyses] == ["a2"]  # newest first: a1, a2, a6
    everything = analytics.list_analyses(filled)
    assert everything.total == 6 and len(everything.analyses) == 6
    assert analytics.filters(filled) == analytics.Filters(
        fields=["arts_culture", "digital_technology", "science_research"],
        statuses=["completed", "error"])


def test_list_analyses_has_a_maximum_page(filled):
    with pytest.raises(InvalidArgument):
        analytics.list_analyses(filled, limit=10_000)


def test_analysis_detail_from_the_document(filled):
    record = analytics.analysis(filled, "a1")
    detail = record.detail
    assert detail.strengths == ["Strong CV"]
    assert detail.gaps[0].severity == "critical"
    assert detail.milestones == [Milestone("Find recommenders", "Find recommenders…",
                                           duration_weeks=2, priority="critical")]
    assert record.likelihood == 0.7 and record.derived == ["likelihood"]
    assert analytics.analysis(filled, "a4").detail.error == "LLM timeout"
    with pytest.raises(NotFound):
        analytics.analysis(filled, "nope")
