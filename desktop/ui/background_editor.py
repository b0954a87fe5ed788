"""A client's background besides skills: highest education and years of related experience.

Both are optional: "assumed" means the current occupation's typical values (O*NET ETE).
Every change is saved at once through ``casework.update_client``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from desktop.domain.readiness import EDUCATION_NAMES

if TYPE_CHECKING:
    from desktop.store.clients import Client

ASSUMED = -0.5  # the spin box's minimum, shown as "assumed"


class BackgroundEditor(QWidget):

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.client_id: int | None = None
        self.education = QComboBox()
        self.education.addItem(self.tr("assumed from the current occupation"), None)
        for category, name in EDUCATION_NAMES.items():
            self.education.addItem(name[0].upper() + name[1:] if category == 1
                                   else name.removeprefix("a ").removeprefix("an "), category)
        self.experience = QDoubleSpinBox()
        self.experience.setRange(ASSUMED, 60)
        self.experience.setSingleStep(0.5)
        self.experience.setSpecialValueText(self.tr("assumed"))
        self.experience.setSuffix(self.tr(" years"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in ((self.tr("Highest &education:"), self.education),
                             (self.tr("Related e&xperience:"), self.experience)):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.education.currentIndexChanged.connect(lambda _i: self._save())
        self.experience.editingFinished.connect(self._save)

    def show_client(self, client: Client) -> None:
        self.client_id = client.id
        for widget in (self.education, self.experience):
            widget.blockSignals(True)
        self.education.setCurrentIndex(max(0, self.education.findData(client.education)))
        years = client.experience_years
        self.experience.setValue(ASSUMED if years is None else years)
        for widget in (self.education, self.experience):
            widget.blockSignals(False)

    def values(self) -> dict[str, Any]:
        years = self.experience.value()
        return {"education": self.education.currentData(),
                "experience_years": None if years <= ASSUMED else years}

    def _save(self) -> None:
        from desktop.services import casework

        if self.client_id is None:
            return
        services, client_id, values = self.page.services, self.client_id, self.values()
        self.page.bridge.submit(lambda _t: casework.update_client(services, client_id, **values),
                                lane="write")
