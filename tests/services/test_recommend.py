"""Recommendations on the real release: tiers, order, fields, events and feedback."""

from __future__ import annotations

from dataclasses import fields

import pytest

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.readiness import Background
from desktop.domain.recommend import FEATURES
from desktop.domain.scoring import TIERS
from desktop.services import casework, recommend
from desktop.store import recommendation_log

SOFTWARE = "15-1252.00"
ITEM_FIELDS = {"code", "title", "match_score", "gap_severity", "job_zone", "job_zone_diff",
               "top_gaps", "training_suggestion", "explanation", "rank", "is_exploration"}


@pytest.fixture
def developer(release_services):
    return casework.occupation_ratings(release_services, SOFTWARE)


def test_a_software_developer_sees_computer_occupations_first(release_services, developer):
    result = recommend.recommend(release_services, developer, SOFTWARE)
    assert result.model == "level-aware"
    first = [i.code for i in result.ready_now[:10]]
    assert all(code.startswith("15-") for code in first[:8]), first
    assert {"15-1254.00", "15-1253.00"} <= set(first)
    # Computer Programmers asks one key skill more: the best Trainable one
    assert "15-1251.00" in [i.code for i in result.trainable[:3]]
    everything = recommend.recommend(release_services, developer, SOFTWARE, limit_per_bucket=0)
    tiers = everything.tiers()
    assert list(tiers) == list(TIERS) and tiers["trainable"] is everything.trainable
    shown = everything.listed()
    assert shown == [i for items in tiers.values() for i in items]
    assert SOFTWARE not in {i.code for i in shown}
    assert len(shown) == 893  # every occupation with skill ratings but the current one
    assert all(i.job_zone_diff <= 0 for i in everything.ready_now)


def test_items_carry_the_documented_fields_sorted_by_score(release_services, developer):
    result = recommend.recommend(release_services, developer, SOFTWARE, model="skillsprout",
                                 limit_per_bucket=0)
    for tier, items in result.tiers().items():
        assert [i.rank for i in items] == list(range(1, len(items) + 1))
        keys = [(-i.match_score, i.code) for i in items]  # the seed's order
        assert keys == sorted(keys)
        for item in items:
            assert {f.name for f in fields(item)} >= ITEM_FIELDS and item.tier == tier
            assert len(item.top_gaps) <= 5
            assert item.job_zone_diff == (None if item.job_zone is None
                                             else item.job_zone - 4)


def test_filters_and_limits(release_services, developer):
    result = recommend.recommend(release_services, developer, SOFTWARE, limit_per_bucket=3,
                                 job_zones=(2, 3), tiers=["trainable"])
    assert result.ready_now == [] and result.long_reskill == []
    assert len(result.trainable) == 3
    assert all(2 <= i.job_zone <= 3 for i in result.trainable)
    for bad in ({"model": "magic"}, {"limit_per_bucket": -1}, {"job_zones": (4, 2)},
                {"tiers": ["soon"]}):
        with pytest.raises(InvalidArgument):
            recommend.recommend(release_services, developer, **bad)
    with pytest.raises(NotFound):
        recommend.recommend(release_services, developer, "99-9999.00")


def test_client_recommendations_are_recorded_with_feedback(release_services):
    s = release_services
    client = casework.create_client(s, "K", current_code=SOFTWARE).id
    with pytest.raises(InvalidArgument, match="rate at least one"):
        recommend.recommend_for_client(s, client)
    casework.prefill_from_occupation(s, client, SOFTWARE)
    result = recommend.recommend_for_client(s, client, limit_per_bucket=5)
    event = result.event_id
    assert isinstance(result, recommend.Recorded) and isinstance(event, int)
    assert not any(i.is_exploration for i in result.listed())
    first = result.ready_now[0]
    code = first.code
    recommend.record_feedback(s, event, code, "apply")
    recommend.record_feedback(s, event, code, "interview")
    assert recommend.feedback_for(s, event) == {code: ["apply", "interview"]}
    (_, _, _, features), *_ = recommendation_log.outcomes(s.casework)  # the log keeps them
    assert list(features) == FEATURES and features["num_rated_skills"] == 35
    assert (features["match_score"], features["gap_severity"]) == (first.match_score,
                                                                   first.gap_severity)
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
    client = casework.create_client(s, "K", current_code=SOFTWARE).id
    casework.prefill_from_occupation(s, client, SOFTWARE)
    result = recommend.recommend_for_client(s, client)
    explored = [i for i in result.listed() if i.is_exploration]
    assert explored
    plain = recommend.recommend(s, casework.get_ratings(s, client), SOFTWARE)
    top = {i.code for i in plain.listed()}
    assert not {i.code for i in explored} & top


RETAIL, POLICE = "41-2031.00", "33-3051.00"


def test_a_retail_salesperson_sees_retail_and_service_jobs_first(release_services):
    s = release_services
    ratings = casework.occupation_ratings(s, RETAIL)
    result = recommend.recommend(s, ratings, RETAIL, limit_per_bucket=0)
    ready = result.ready_now
    assert [i.code[:2] for i in ready[:5]].count("41") >= 4  # sales occupations
    assert {"41-2011.00", "41-2021.00"} <= {i.code for i in ready[:10]}  # cashiers, counter
    assert POLICE not in {i.code for i in ready}
    assert all(i.job_zone <= 2 for i in ready)
    assert len(result.long_reskill) > 100
    service = next(i for i in result.trainable if i.code == "43-4051.00")
    assert service.rank <= 3  # Customer Service Representatives
    for item in ready + result.trainable[:20]:
        assert item.fit == item.score and 0 <= item.fit <= 100
        assert item.training_time and "Estimated time" in item.training_suggestion
        assert ("meets" in item.explanation) is False
        assert (item.key_gaps == 0) == (not item.top_gaps)


def test_stated_education_opens_one_job_zone_up_and_background_is_reported(release_services):
    s = release_services
    ratings = casework.occupation_ratings(s, RETAIL)
    assumed = recommend.recommend(s, ratings, RETAIL, limit_per_bucket=0)
    assert assumed.background == Background(education=2, experience_years=0.5, job_zone=2,
                                             education_stated=False, experience_stated=False)
    stated = recommend.recommend(s, ratings, RETAIL, limit_per_bucket=0, education=6,
                                 experience_years=5.0)
    above = [i for i in stated.ready_now if i.job_zone_diff == 1]
    assert above and not [i for i in assumed.ready_now if i.job_zone_diff > 0]
    assert all(i.job_zone_diff <= 1 for i in stated.ready_now)


def test_over_qualified_targets_come_last_in_their_tier_or_not_at_all(release_services):
    s = release_services
    nurse = "29-1141.00"
    ratings = casework.occupation_ratings(s, nurse)
    result = recommend.recommend(s, ratings, nurse, limit_per_bucket=0)
    for items in result.tiers().values():
        flags = [i.over_qualified for i in items]
        assert flags == sorted(flags)
    flagged = [i for i in result.listed() if i.over_qualified]
    assert flagged and all(i.job_zone_diff <= -2 for i in flagged)
    hidden = recommend.recommend(s, ratings, nurse, limit_per_bucket=0, over_qualified=False)
    assert not any(i.over_qualified for i in hidden.listed())


def test_without_a_current_occupation_relatedness_comes_from_the_ratings(release_services):
    s = release_services
    ratings = casework.occupation_ratings(s, SOFTWARE)
    result = recommend.recommend(s, ratings, limit_per_bucket=8, education=6)
    assert result.background.job_zone == 4  # a bachelor's degree usually leads there
    first = [i.code for i in result.ready_now]
    assert sum(code.startswith("15-") for code in first) >= 6, first
    assert "the client's skill profile" in result.ready_now[0].explanation
    unknown = recommend.recommend(s, ratings, limit_per_bucket=0)  # education: high school
    assert unknown.background.job_zone == 2
    assert all(i.job_zone <= 2 for i in unknown.ready_now)


def test_onet_related_occupations_are_marked_and_listed(release_services):
    from desktop.services import similar
    from tests.store.test_onet_import import RELATED_ROWS

    s = release_services
    assert similar.onet_related(s, RETAIL) == []  # the shared release has no such file
    with s.cache.write() as db:  # rows as the importer stores them (its test reads the file)
        db.exec_driver_sql("INSERT INTO related_occupation (code, related_code, tier, position)"
                           " VALUES (?, ?, ?, ?)",
                           [(r[0], r[2], r[4], int(r[5])) for r in RELATED_ROWS])
    listed = similar.onet_related(s, RETAIL)
    assert [(r.code, r.tier) for r in listed] == [
        ("41-2011.00", "Primary-Short"), ("43-4051.00", "Primary-Short"),
        ("41-1011.00", "Primary-Long")]
    assert listed[0].title == "Cashiers"
    result = recommend.recommend(s, casework.occupation_ratings(s, RETAIL), RETAIL,
                                 limit_per_bucket=0)
    marked = {i.code: i.onet_related for i in result.listed() if i.onet_related}
    assert marked == {"41-2011.00": "Primary-Short", "43-4051.00": "Primary-Short",
                      "41-1011.00": "Primary-Long"}
    cashiers = next(i for i in result.ready_now if i.code == "41-2011.00")
    assert cashiers.explanation.endswith("O*NET lists it as related.")


def test_the_recommendation_and_the_gap_table_share_one_key_gap_definition(release_services):
    from desktop.services import gaps

    s = release_services
    client = casework.create_client(s, "R", current_code=RETAIL).id
    casework.prefill_from_occupation(s, client, RETAIL)
    result = recommend.recommend_for_client(s, client, limit_per_bucket=0)
    for item in result.listed()[::40]:
        table = gaps.client_gap(s, client, item.code).skill_gaps
        keyed = {r.element_id for r in table if r.key_gap}
        assert len(keyed) == item.key_gaps, item.code
        assert {g.element_id for g in item.top_gaps} <= keyed
        if keyed:
            assert f"{len(keyed)} key skill gap" in item.explanation
        else:
            assert "key skill gap" not in item.explanation.replace("no key skill gap", "")
