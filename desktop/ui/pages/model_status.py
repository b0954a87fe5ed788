"""Model status: feedback collected, calibration training, hold-out metrics, activation,
the exploration switch and the tier thresholds."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.ui import dialogs
from desktop.ui.dialogs import message_for
from desktop.ui.pages import Page
from desktop.ui.pages.clients import record_view
from desktop.ui.pages.tier_settings import TierThresholds
from desktop.ui.table_models import ColumnSpec, RecordTableModel


def metric(name: str) -> Any:
    return lambda m: "" if m.get(name) is None else f"{m[name]:.3f}"


class ModelStatusPage(Page):
    title = "Model status"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.status: dict[str, Any] | None = None
        self.samples = QLabel(wordWrap=True)
        self.active = QLabel(wordWrap=True)
        self.train_button = QPushButton("&Train a calibration model")
        self.train_button.clicked.connect(self.train)
        self.models = RecordTableModel([
            ColumnSpec("version", "Version"),
            ColumnSpec("trained_at", "Trained", lambda v: v.replace("T", " ")[:16]),
            ColumnSpec("samples", "Samples", align_right=True),
            ColumnSpec("metrics", "Hold-out ROC-AUC", metric("roc_auc"), align_right=True),
            ColumnSpec("metrics", "Hold-out accuracy", metric("accuracy"), align_right=True),
            ColumnSpec("is_active", "Status", lambda v: "● active" if v else "inactive",
                       colour=lambda r: "#1b7a2f" if r["is_active"] else "#666666"),
        ])
        self.table = record_view(self.models)
        self.activate_button = QPushButton("&Activate selected model")
        self.activate_button.clicked.connect(self.activate)
        self.baseline_button = QPushButton("Use &plain scores (deactivate)")
        self.baseline_button.clicked.connect(lambda: self._activate(None))
        self.explore = QCheckBox("&Explore: now and then show an occupation from beyond the "
                                 "top ranks (flagged \"exploration\")")
        self.epsilon = QDoubleSpinBox()
        self.epsilon.setRange(0.0, 1.0)
        self.epsilon.setSingleStep(0.05)
        self.epsilon.setPrefix("ε = ")
        self.explore.toggled.connect(self._save_exploration)
        self.epsilon.valueChanged.connect(self._save_exploration)

        training = QGroupBox("Calibration from counsellors' feedback")
        training_layout = QVBoxLayout(training)
        training_layout.addWidget(QLabel(
            "Outcomes <i>applied</i>, <i>interview</i> and <i>offer</i> count as positive, "
            "<i>hide</i> as negative; <i>viewed</i> and <i>save</i> are not outcomes. A trained "
            "model re-ranks recommendations within their tiers only once you activate it.",
            wordWrap=True))
        training_layout.addWidget(self.samples)
        training_layout.addWidget(self.train_button)
        training_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.activate_button)
        buttons.addWidget(self.baseline_button)
        buttons.addStretch(1)
        training_layout.addLayout(buttons)
        training_layout.addWidget(self.active)
        exploration = QGroupBox("Exploration (epsilon-greedy, off by default)")
        exploration_layout = QHBoxLayout(exploration)
        exploration_layout.addWidget(self.explore, 1)
        exploration_layout.addWidget(self.epsilon)
        layout = QVBoxLayout(self)
        layout.addWidget(training, 1)
        layout.addWidget(exploration)
        self.thresholds = TierThresholds(self)
        layout.addWidget(self.thresholds)

    def refresh(self) -> None:
        from desktop.services import calibration

        services = self.services
        self.bridge.submit(lambda _t: calibration.status(services), on_result=self._show)

    def _show(self, status: dict[str, Any]) -> None:
        self.status = status
        enough = status["labelled_samples"] >= status["min_samples"]
        self.samples.setText(
            f"<b>{status['labelled_samples']}</b> labelled outcomes "
            f"({status['positives']} positive, {status['negatives']} negative); training needs "
            f"at least {status['min_samples']}." + ("" if enough else " Keep recording outcomes."))
        self.train_button.setEnabled(enough)
        self.models.set_rows(status["models"])
        self.active.setText(f"Re-ranking with <b>{status['active']}</b>." if status["active"]
                            else "No model active: recommendations use the plain scores.")
        self.activate_button.setEnabled(bool(status["models"]))
        self.baseline_button.setEnabled(status["active"] is not None)
        for widget in (self.explore, self.epsilon):
            widget.blockSignals(True)
        self.explore.setChecked(status["exploration_enabled"])
        self.epsilon.setValue(status["exploration_epsilon"])
        for widget in (self.explore, self.epsilon):
            widget.blockSignals(False)
        self.thresholds.load()

    def train(self) -> None:
        from desktop.services import calibration

        services = self.services

        def trained(model: dict[str, Any]) -> None:
            self.window_.statusBar().showMessage(
                f"Trained {model['version']}: hold-out ROC-AUC {model['metrics']['roc_auc']:.3f}."
                " Activate it to re-rank.", 10000)
            self.refresh()

        self.window_.run_task("Training calibration model",
                              lambda _t: calibration.train_model(services), trained)

    def activate(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.models.rows):
            self._activate(self.models.row(row)["version"])

    def _activate(self, version: str | None) -> None:
        from desktop.services import calibration

        services = self.services
        self.bridge.submit(lambda _t: calibration.activate(services, version), lane="write",
                           on_result=lambda _r: self.refresh(),
                           on_error=lambda e: dialogs.show_error(self, "Model status",
                                                                 message_for(e)))

    def _save_exploration(self) -> None:
        settings = self.services.settings
        settings.exploration_enabled = self.explore.isChecked()
        settings.exploration_epsilon = round(self.epsilon.value(), 2)
        self.services.save_settings()
