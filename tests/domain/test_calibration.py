"""Calibration on generated data: labels, sample minimum, metrics."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.domain import calibration
from desktop.domain.recommend import FEATURES


def test_labels_follow_outcomes_not_clicks() -> None:
    assert [calibration.label(a) for a in ("apply", "interview", "offer", "hide")] == [1, 1, 1, 0]
    assert calibration.label("click") is None and calibration.label("save") is None


def generated(n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, len(FEATURES)))
    y = (x[:, 0] - x[:, 2] + 0.3 * rng.normal(size=n) > 0).astype(int)
    return x, y


def test_training_learns_a_signal_and_reports_hold_out_metrics() -> None:
    x, y = generated(200)
    model, metrics = calibration.train(x, y, min_samples=50)
    assert metrics["roc_auc"] > 0.9 and metrics["accuracy"] > 0.8
    assert (metrics["train_samples"], metrics["test_samples"]) == (160, 40)
    p = calibration.probabilities(model, x)
    assert p[y == 1].mean() > p[y == 0].mean()


def test_training_refuses_too_little_or_one_sided_data() -> None:
    x, y = generated(49)
    with pytest.raises(ValueError, match="at least 50"):
        calibration.train(x, y, min_samples=50)
    x, _ = generated(60)
    with pytest.raises(ValueError, match="positive"):
        calibration.train(x, np.ones(60, dtype=int), min_samples=50)
