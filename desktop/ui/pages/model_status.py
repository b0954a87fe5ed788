"""Model status: feedback collected, calibration training, hold-out metrics, activation,
the exploration switch and the tier thresholds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from desktop.ui.i18n import date_time, number
from desktop.ui.pages import Page
from desktop.ui.pages.clients import record_view
from desktop.ui.pages.tier_settings import TierThresholds
from desktop.ui.table_models import ColumnSpec, RecordTableModel

if TYPE_CHECKING:
    from desktop.services.calibration import Status
    from desktop.store.recommendation_log import Model


def metric(name: str) -> Any:
    return lambda m: number(m.get(name), 3)


class ModelStatusPage(Page):
    title = "Model status"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.status: Status | None = None
        self.samples = QLabel(wordWrap=True)
        self.active = QLabel(wordWrap=True)
        self.train_button = QPushButton(self.tr("&Train a calibration model"))
        self.train_button.clicked.connect(self.train)
        self.models = RecordTableModel([
            ColumnSpec("version", self.tr("Version")),
            ColumnSpec("trained_at", self.tr("Trained"), date_time),
            ColumnSpec("samples", self.tr("Samples"), align_right=True),
            ColumnSpec("metrics", self.tr("Hold-out ROC-AUC"), metric("roc_auc"), align_right=True),
            ColumnSpec("metrics", self.tr("Hold-out accuracy"), metric("accuracy"),
                       align_right=True),
            ColumnSpec("is_active", self.tr("Status"), lambda v: "● active" if v else "inactive",
                       colour=lambda r: "#1b7a2f" if r["is_active"] else "#666666"),
        ])
        self.table = record_view(self.models)
        self.activate_button = QPushButton(self.tr("&Activate selected model"))
        self.activate_button.clicked.connect(self.activate)
        self.baseline_button = QPushButton(self.tr("Use &plain scores (deactivate)"))
        self.baseline_button.clicked.connect(lambda: self._activate(None))
        self.explore = QCheckBox(self.tr("&Explore: now and then show an occupation from beyond "
                                         "the top ranks (flagged \"exploration\")"))
        self.epsilon = QDoubleSpinBox()
        self.epsilon.setRange(0.0, 1.0)
        self.epsilon.setSingleStep(0.05)
        self.epsilon.setPrefix("ε = ")
        self.explore.toggled.connect(self._save_exploration)
        self.epsilon.valueChanged.connect(self._save_exploration)

        training = QGroupBox(self.tr("Calibration from counsellors' feedback"))
        training_layout = QVBoxLayout(training)
        training_layout.addWidget(QLabel(
            self.tr("Outcomes <i>applied</i>, <i>interview</i> and <i>offer</i> count as positive, "
            "<i>hide</i> as negative; <i>viewed</i> and <i>save</i> are not outcomes. A trained "
            "model re-ranks recommendations within their tiers only once you activate it."),
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
        exploration = QGroupBox(self.tr("Exploration (epsilon-greedy, off by default)"))
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

    def _show(self, status: Status) -> None:
        self.status = status
        enough = status.labelled_samples >= status.min_samples
        self.samples.setText(
            self.tr("<b>{count}</b> labelled outcomes ({positives} positive, {negatives} "
                    "negative); training needs at least {minimum}.").format(
                count=status.labelled_samples, positives=status.positives,
                negatives=status.negatives, minimum=status.min_samples)
            + ("" if enough else " " + self.tr("Keep recording outcomes.")))
        self.train_button.setEnabled(enough)
        self.models.set_rows([vars(model) for model in status.models])
        self.active.setText(
            self.tr("Re-ranking with <b>{model}</b>.").format(model=status.active)
            if status.active else
            self.tr("No model active: recommendations use the plain scores."))
        self.activate_button.setEnabled(bool(status.models))
        self.baseline_button.setEnabled(status.active is not None)
        for widget in (self.explore, self.epsilon):
            widget.blockSignals(True)
        self.explore.setChecked(status.exploration_enabled)
        self.epsilon.setValue(status.exploration_epsilon)
        for widget in (self.explore, self.epsilon):
            widget.blockSignals(False)
        self.thresholds.load()

    def train(self) -> None:
        from desktop.services import calibration

        services = self.services

        def trained(model: Model) -> None:
            self.window_.statusBar().showMessage(
                self.tr("Trained {model}: hold-out ROC-AUC {auc}. Activate it to re-rank.").format(
                    model=model.version, auc=number(model.metrics["roc_auc"], 3)), 10000)
            self.refresh()

        self.window_.run_task(self.tr("Training calibration model"),
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
                           on_error=lambda e: dialogs.show_error(self, self.tr("Model status"),
                                                                 message_for(e)))

    def _save_exploration(self) -> None:
        settings = self.services.settings
        settings.exploration_enabled = self.explore.isChecked()
        settings.exploration_epsilon = round(self.epsilon.value(), 2)
        self.services.save_settings()
