"""Train, list and activate calibration models from the feedback in the casework store.

A trained model is stored with joblib under the data folder's ``models/`` and registered
inactive; it re-ranks recommendations only after the counsellor activates it.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import insert, select, update

from desktop.domain import calibration
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.recommend import FEATURES, Reranker
from desktop.services.context import Services
from desktop.store.casework_tables import Feedback, ModelRegistry, RecommendedItem, table_of

FEEDBACK = table_of(Feedback)
ITEM = table_of(RecommendedItem)
REGISTRY = table_of(ModelRegistry)
_loaded: dict[str, Any] = {}
_lock = threading.Lock()


def training_data(services: Services) -> tuple[np.ndarray, np.ndarray]:
    """One sample per recommended occupation with an outcome: its last labelled action."""
    outcome: dict[tuple[int, str], tuple[dict[str, float], int]] = {}
    with services.casework.read() as db:
        rows = db.execute(select(FEEDBACK.c.event_id, FEEDBACK.c.code, FEEDBACK.c.action,
                                 ITEM.c.scores)
                          .join(ITEM, (ITEM.c.event_id == FEEDBACK.c.event_id)
                                & (ITEM.c.code == FEEDBACK.c.code))
                          .order_by(FEEDBACK.c.id))
        for event_id, code, action, scores in rows:
            label = calibration.label(action)
            if label is not None:
                outcome[(event_id, code)] = (json.loads(scores)["features"], label)
    x = np.array([[f[name] for name in FEATURES] for f, _ in outcome.values()], dtype=float)
    y = np.array([label for _, label in outcome.values()], dtype=int)
    return x.reshape(len(y), len(FEATURES)), y


def _row(row: Any) -> dict[str, Any]:
    model = dict(row._mapping)
    model["metrics"] = json.loads(model["metrics"])
    model["is_active"] = bool(model["is_active"])
    return model


def models(services: Services) -> list[dict[str, Any]]:
    with services.casework.read() as db:
        return [_row(r) for r in db.execute(select(REGISTRY).order_by(REGISTRY.c.trained_at))]


def active_model(services: Services) -> dict[str, Any] | None:
    return next((m for m in models(services) if m["is_active"]), None)


def status(services: Services) -> dict[str, Any]:
    _, y = training_data(services)
    active = active_model(services)
    return {"labelled_samples": len(y), "positives": int(y.sum()),
            "negatives": int(len(y) - y.sum()),
            "min_samples": services.settings.calibration_min_samples,
            "active": active["version"] if active else None, "models": models(services),
            "exploration_enabled": services.settings.exploration_enabled,
            "exploration_epsilon": services.settings.exploration_epsilon}


def train_model(services: Services) -> dict[str, Any]:
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
    with services.casework.write() as db:
        db.execute(insert(REGISTRY).values(
            version=version, trained_at=trained_at.isoformat(timespec="seconds"),
            samples=len(y), metrics=json.dumps(metrics), artifact=artifact, is_active=False))
    return next(m for m in models(services) if m["version"] == version)


def activate(services: Services, version: str | None) -> None:
    """Make ``version`` the one model that re-ranks; None goes back to the plain scores."""
    with services.casework.write() as db:
        if version is not None and db.execute(
                select(REGISTRY.c.version).where(REGISTRY.c.version == version)).first() is None:
            raise NotFound(f"no calibration model {version}")
        db.execute(update(REGISTRY).values(is_active=REGISTRY.c.version == version))


def reranker(services: Services, active: dict[str, Any] | None) -> Reranker | None:
    """P(positive outcome) from the active model, loaded once per artifact."""
    if active is None:
        return None
    path = services.paths.models / active["artifact"]
    with _lock:
        if str(path) not in _loaded:
            import joblib

            if not path.exists():
                raise NotFound(f"the calibration model file {path.name} is missing; "
                               "train a new model or deactivate it")
            _loaded[str(path)] = joblib.load(path)["model"]
        model = _loaded[str(path)]
    return lambda x: calibration.probabilities(model, x)
