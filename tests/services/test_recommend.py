"""Recommendations on the real release: tiers, order, fields, events and feedback."""

from __future__ import annotations

import pytest

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.scoring import TIERS
from desktop.services import casework, recommend

SOFTWARE = "15-1252.00"
ITEM_FIELDS = {"code", "title", "match_score", "gap_severity", "job_zone", "job_zone_diff",
               "top_gaps", "training_suggestion", "explanation", "rank", "is_exploration"}


@pytest.fixture
def developer(release_services):
    return casework.occupation_ratings(release_services, SOFTWARE)


def test_a_software_developer_sees_computer_occupations_first(release_services, developer):
    result = recommend.recommend(release_services, developer, SOFTWARE)
    assert result["model"] == "level-aware"
    first = [i["code"] for i in result["ready_now"][:10]]
    assert all(code.startswith("15-") for code in first[:8]), first
    assert {"15-1251.00", "15-1254.00", "15-1253.00"} <= set(first)
    everything = recommend.recommend(release_services, developer, SOFTWARE, limit_per_bucket=0)
    shown = [i for tier in TIERS for i in everything[tier]]
    assert SOFTWARE not in {i["code"] for i in shown}
    assert len(shown) == 893  # every occupation with skill ratings but the current one
    zone_one = [i for i in everything["ready_now"] if i["job_zone"] == 1]
    assert min(i["rank"] for i in zone_one) > 50


def test_items_carry_the_documented_fields_sorted_by_score(release_services, developer):
    result = recommend.recommend(release_services, developer, SOFTWARE, model="skillsprout",
                                 limit_per_bucket=0)
    for tier in TIERS:
        items = result[tier]
        assert [i["rank"] for i in items] == list(range(1, len(items) + 1))
        keys = [(-i["match_score"], i["code"]) for i in items]
        assert keys == sorted(keys)
        for item in items:
            assert set(item) >= ITEM_FIELDS and item["tier"] == tier
            assert len(item["top_gaps"]) <= 5
            assert item["job_zone_diff"] == (None if item["job_zone"] is None
                                             else item["job_zone"] - 4)


def test_filters_and_limits(release_services, developer):
    result = recommend.recommend(release_services, developer, SOFTWARE, limit_per_bucket=3,
                                 job_zones=(2, 3), tiers=["trainable"])
    assert result["ready_now"] == [] and result["long_reskill"] == []
    assert len(result["trainable"]) == 3
    assert all(2 <= i["job_zone"] <= 3 for i in result["trainable"])
    for bad in ({"model": "magic"}, {"limit_per_bucket": -1}, {"job_zones": (4, 2)},
                {"tiers": ["soon"]}):
        with pytest.raises(InvalidArgument):
            recommend.recommend(release_services, developer, **bad)
    with pytest.raises(NotFound):
        recommend.recommend(release_services, developer, "99-9999.00")


def test_client_recommendations_are_recorded_with_feedback(release_services):
    s = release_services
    client = casework.create_client(s, "K", current_code=SOFTWARE)["id"]
    with pytest.raises(InvalidArgument, match="rate at least one"):
        recommend.recommend_for_client(s, client)
    casework.prefill_from_occupation(s, client, SOFTWARE)
    result = recommend.recommend_for_client(s, client, limit_per_bucket=5)
    event = result["event_id"]
    assert not any(i["is_exploration"] for tier in TIERS for i in result[tier])
    code = result["ready_now"][0]["code"]
    recommend.record_feedback(s, event, code, "apply")
    recommend.record_feedback(s, event, code, "interview")
    assert recommend.feedback_for(s, event) == {code: ["apply", "interview"]}
    with pytest.raises(InvalidArgument):
        recommend.record_feedback(s, event, code, "like")
    with pytest.raises(NotFound):
        recommend.record_feedback(s, event + 1, code, "hide")
    with pytest.raises(NotFound):
        recommend.record_feedback(s, event, SOFTWARE, "hide")  # never recommended


def test_exploration_is_seeded_and_flagged(release_services):
    s = release_services
    s.settings.exploration_enabled = True
    s.settings.exploration_epsilon = 0.5
    client = casework.create_client(s, "K", current_code=SOFTWARE)["id"]
    casework.prefill_from_occupation(s, client, SOFTWARE)
    result = recommend.recommend_for_client(s, client)
    explored = [i for tier in TIERS for i in result[tier] if i["is_exploration"]]
    assert explored
    plain = recommend.recommend(s, casework.get_ratings(s, client), SOFTWARE)
    top = {i["code"] for tier in TIERS for i in plain[tier]}
    assert not {i["code"] for i in explored} & top
