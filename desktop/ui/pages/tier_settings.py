"""The level-aware tier thresholds (domain.readiness), editable and saved in the settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QGroupBox, QLabel, QSpinBox

from desktop.ui.i18n import QT_TRANSLATE_NOOP

# settings field, label, minimum, maximum, step, suffix
FIELDS = [
    ("ready_gap", QT_TRANSLATE_NOOP("TierThresholds", "&Ready now: gap severity at most"),
     0, 100, 1, " %"),
    ("trainable_gap_max", QT_TRANSLATE_NOOP("TierThresholds", "&Trainable: gap severity at most"),
     0, 100, 1, " %"),
    ("trainable_zones", QT_TRANSLATE_NOOP("TierThresholds", "Trainable: &Job Zones up at most"),
     0, 4, 1, ""),
    ("trainable_years", QT_TRANSLATE_NOOP("TierThresholds", "Trainable: pre&paration at most"),
     0.5, 10, 0.5, QT_TRANSLATE_NOOP("TierThresholds", " years")),
    ("over_qualified_zones", QT_TRANSLATE_NOOP("TierThresholds",
                                               "&Over-qualified: Job Zones below at least"),
     1, 4, 1, ""),
    ("related_top", QT_TRANSLATE_NOOP("TierThresholds", "Client's &field: most related"),
     1, 50, 1, QT_TRANSLATE_NOOP("TierThresholds", " % of occupations")),
]


class TierThresholds(QGroupBox):
    """Spin boxes bound to ``services.settings``; each change is saved at once."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setTitle(self.tr("Tier thresholds (level-aware model; README: Scoring models)"))
        self.page = page
        self.boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        grid = QGridLayout(self)
        for index, (name, text, low, high, step, suffix) in enumerate(FIELDS):
            box: QSpinBox | QDoubleSpinBox
            if isinstance(step, int):
                box = QSpinBox()
                box.setRange(int(low), int(high))
                box.setSingleStep(step)
            else:
                box = QDoubleSpinBox()
                box.setRange(low, high)
                box.setSingleStep(step)
            box.setSuffix(self.tr(suffix) if suffix.strip() != "%" else suffix)
            box.valueChanged.connect(lambda *_: self._save())
            label = QLabel(self.tr(text))
            label.setBuddy(box)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(box, row, 2 * column + 1)
            self.boxes[name] = box
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def load(self) -> None:
        settings = self.page.services.settings
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setValue(getattr(settings, name))
            box.blockSignals(False)

    def _save(self) -> None:
        settings = self.page.services.settings
        for name, box in self.boxes.items():
            value = box.value()
            setattr(settings, name, float(value) if isinstance(box, QDoubleSpinBox)
                    or isinstance(getattr(settings, name), float) else int(value))
        self.page.services.save_settings()
