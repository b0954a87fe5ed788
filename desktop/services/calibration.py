"""Train, list and activate calibration models from the feedback in the casework store.

A trained model is stored with joblib under the data folder's ``models/`` and registered
inactive; it re-ranks recommendations only after the counsellor activates it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

from desktop.domain import calibration
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.recommend import FEATURES, Reranker
from desktop.services.context import Services
from desktop.store import recommendation_log
from desktop.store.recommendation_log import Model

_loaded: dict[str, Any] = {}
_lock = threading.Lock()


def training_data(services: Services) -> tuple[np.ndarray, np.ndarray]:
    """One sample per recommended occupation with an outcome: its last labelled action."""
    outcome: dict[tuple[int, str], tuple[dict[str, float], int]] = {}
    for event_id, code, action, features in recommendation_log.outcomes(services.casework):
        label = calibration.label(action)
        if label is not None:
            outcome[(event_id, code)] = (features, label)
    x = np.array([[f[name] for name in FEATURES] for f, _ in outcome.values()], dtype=float)
    y = np.array([label for _, label in outcome.values()], dtype=int)
    return x.reshape(len(y), len(FEATURES)), y


def models(services: Services) -> list[Model]:
    return recommendation_log.models(services.casework)


def active_model(services: Services) -> Model | None:
    return next((m for m in models(services) if m.is_active), None)


@dataclass(frozen=True)
class Status:
    """What the Model status page and ``skillnav model status`` show."""

    labelled_samples: int
    positives: int
    negatives: int
    min_samples: int
    active: str | None  # the active model's version
    models: list[Model]
    exploration_enabled: bool
    exploration_epsilon: float


def status(services: Services) -> Status:
    _, y = training_data(services)
    trained = models(services)
    active = next((m.version for m in trained if m.is_active), None)
    return Status(len(y), int(y.sum()), int(len(y) - y.sum()),
                  services.settings.calibration_min_samples, active, trained,
                  services.settings.exploration_enabled, services.settings.exploration_epsilon)


def train_model(services: Services) -> Model:
    """Train on all labelled feedback and register the model (inactive)."""
    import joblib

    x, y = training_data(services)
    try:
        model, metrics = calibration.train(x, y, services.settings.calibration_min_samples)
    except ValueError as exc:
        raise InvalidArgument(f"cannot train yet: {exc}") from exc
    trained_at = datetime.now(UTC)
    version = trained_at.strftime("cal-%Y%m%dT%H%M%S%fZ")
    services.paths.models.mkdir(parents=True, exist_ok=True)
    artifact = f"{version}.joblib"
    joblib.dump({"model": model, "features": FEATURES, "version": version},
                services.paths.models / artifact)
    recommendation_log.register(services.casework, Model(
        version, trained_at.isoformat(timespec="seconds"), len(y), metrics, artifact,
        is_active=False))
    return next(m for m in models(services) if m.version == version)


def activate(services: Services, version: str | None) -> None:
    """Make ``version`` the one model that re-ranks; None goes back to the plain scores."""
    recommendation_log.activate(services.casework, version)


def reranker(services: Services, active: Model | None) -> Reranker | None:
    """P(positive outcome) from the active model, loaded once per artifact."""
    if active is None:
        return None
    path = services.paths.models / active.artifact
    with _lock:
        if str(path) not in _loaded:
            import joblib

            if not path.exists():
                raise NotFound(f"the calibration model file {path.name} is missing; "
                               "train a new model or deactivate it")
            _loaded[str(path)] = joblib.load(path)["model"]
        model = _loaded[str(path)]
    return lambda x: calibration.probabilities(model, x)
