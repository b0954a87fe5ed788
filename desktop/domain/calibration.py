"""Calibration: learn from counsellors' feedback which recommendations turn out well.

Labels: apply, interview, offer → 1; hide → 0; click and save carry no outcome and are
ignored. Features: ``desktop.domain.recommend.FEATURES``, as recorded with each
recommendation. Model: StandardScaler + LogisticRegression(class_weight="balanced"),
evaluated on a stratified 20 % hold-out (ROC-AUC, accuracy), then refitted on every sample.
scikit-learn is imported here only, inside the functions.
"""

from __future__ import annotations

from typing import Any

import numpy as np

POSITIVE = {"apply", "interview", "offer"}
NEGATIVE = {"hide"}


def label(action: str) -> int | None:
    return 1 if action in POSITIVE else 0 if action in NEGATIVE else None


def train(x: np.ndarray, y: np.ndarray, min_samples: int, seed: int = 42
          ) -> tuple[Any, dict[str, Any]]:
    """(fitted pipeline, metrics); ValueError when the data cannot support a model."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, roc_auc_score
    from sklearn.model_selection import train_test_split
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if len(y) < min_samples:
        raise ValueError(f"{len(y)} labelled samples; training needs at least {min_samples}")
    counts = np.bincount(y.astype(int), minlength=2)
    if counts.min() < 2:
        raise ValueError("training needs at least two positive (apply, interview, offer) "
                         "and two negative (hide) outcomes")

    def pipeline() -> Any:
        return make_pipeline(StandardScaler(),
                             LogisticRegression(max_iter=1000, class_weight="balanced"))

    x_train, x_test, y_train, y_test = train_test_split(
        x, y, test_size=0.2, stratify=y, random_state=seed)
    held_out = pipeline().fit(x_train, y_train)
    metrics = {
        "roc_auc": round(float(roc_auc_score(y_test, held_out.predict_proba(x_test)[:, 1])), 4),
        "accuracy": round(float(accuracy_score(y_test, held_out.predict(x_test))), 4),
        "train_samples": len(y_train), "test_samples": len(y_test),
        "positive_rate": round(float(y.mean()), 4)}
    return pipeline().fit(x, y), metrics


def probabilities(model: Any, x: np.ndarray) -> np.ndarray:
    by_class: np.ndarray = model.predict_proba(x)
    return by_class[:, 1]
