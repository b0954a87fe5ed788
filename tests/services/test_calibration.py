"""Feedback → training → activation → re-ranking within tiers, on the real release."""

from __future__ import annotations

from desktop.services import calibration, casework, recommend

SOURCES = ["15-1252.00", "29-1141.00", "47-2111.00", "35-2014.00", "13-2011.00"]


def generate_feedback(s) -> None:
    """Five prefilled clients; they apply where the Job Zone is no higher than theirs."""
    for code in SOURCES:
        client = casework.create_client(s, f"K-{code}", current_code=code).id
        casework.prefill_from_occupation(s, client, code)
        result = recommend.recommend_for_client(s, client, limit_per_bucket=8)
        for item in result.listed():
            diff = item.job_zone_diff or 0
            recommend.record_feedback(s, result.event_id, item.code, "click")
            recommend.record_feedback(s, result.event_id, item.code,
                                      "apply" if diff <= 0 else "hide")


def test_feedback_trains_a_model_that_reranks_only_once_activated(release_services) -> None:
    s = release_services
    generate_feedback(s)
    x, y = calibration.training_data(s)
    assert len(y) >= 50 and x.shape == (len(y), 9)
    assert 0 < y.sum() < len(y)
    assert x[:, 6].std() > 0 and x[:, 8].min() == 35  # real rating statistics
    assert x[:, 5].max() > 0  # real sum of missing weights

    model = calibration.train_model(s)
    assert model.is_active is False and model.samples == len(y)
    assert (s.paths.models / model.artifact).exists()
    assert model.metrics["roc_auc"] > 0.8

    client = casework.list_clients(s)[0].id
    plain = recommend.recommend_for_client(s, client, limit_per_bucket=0)
    assert all(i.calibrated_score is None for i in plain.listed())

    calibration.activate(s, model.version)
    assert calibration.status(s).active == model.version
    ranked = recommend.recommend_for_client(s, client, limit_per_bucket=0)
    for tier, items in ranked.tiers().items():
        assert {i.code for i in items} == {i.code for i in plain.tiers()[tier]}
        keys = [(i.over_qualified, -i.calibrated_score, -i.score, i.code)
                for i in items]  # over-qualified last, as without calibration
        assert keys == sorted(keys)
    ready = ranked.ready_now[:20]
    assert all((i.job_zone_diff or 0) <= 0 for i in ready[:5])

    calibration.activate(s, None)
    assert calibration.status(s).active is None
