"""The bar above the pages that says what to do next: import a release, then add a client.

It also keeps the result of the last import, and one-time notes, in view until the counsellor
dismisses them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

STYLE = ("#startGuide { background: #fff3c4; border-bottom: 1px solid #e0c060; } "
         "#startGuide QLabel { color: #5c4400; } #demoBanner { font-weight: bold; }")


class StartGuide(QFrame):
    def __init__(self, import_release: Callable[[], None], add_client: Callable[[], None]
                 ) -> None:
        super().__init__()
        self.setObjectName("startGuide")
        self.setStyleSheet(STYLE)
        self.demo_banner = QLabel(self.tr("Demo data — not O*NET."))
        self.demo_banner.setObjectName("demoBanner")
        self.text = QLabel(wordWrap=True)
        self.import_button = QPushButton(self.tr("Import O*NET release…"))
        self.import_button.clicked.connect(import_release)
        self.client_button = QPushButton(self.tr("Add a client"))
        self.client_button.clicked.connect(add_client)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.demo_banner)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addLayout(words, 1)
        for button in (self.import_button, self.client_button, self.dismiss_button):
            layout.addWidget(button)
        self.imported = ""  # the last import's result, shown until dismissed
        self.notice = ""  # a one-time note (e.g. occupation titles stay English), ditto
        self.hide()

    def update_for(self, demo: bool, has_clients: bool) -> None:
        """Show the next step: import while on demo data, then add a first client."""
        steps = []
        if demo:
            steps.append(self.tr("1 · Import the O*NET release (the db_30_1_text zip, or any "
                                 "file in its folder) to work with real occupations."))
        if not has_clients:
            steps.append(self.tr("{step} · Add a client, then rate their skills and see "
                                 "recommendations.").format(step=len(steps) + 1))
        lines = [text for text in (self.notice, self.imported) if text] + steps
        self.demo_banner.setVisible(demo)
        self.text.setText("<br>".join(lines))
        self.import_button.setVisible(demo)
        self.client_button.setVisible(not has_clients)
        self.dismiss_button.setVisible(not steps)
        self.setVisible(bool(lines))

    def show_imported(self, message: str, has_clients: bool) -> None:
        self.imported = message
        self.update_for(False, has_clients)

    def dismiss(self) -> None:
        self.imported = self.notice = ""
        self.hide()
