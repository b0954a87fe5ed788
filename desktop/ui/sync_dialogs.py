"""The Sync page's two forms: a MongoDB connection, and O*NET Web Services.

Opened only through ``desktop.ui.dialogs.ask_connection`` / ``ask_onet_api``. Secrets are
typed into password fields; "Remember in the keychain" is disabled, with the reason shown,
where no OS keychain exists (the values then serve one sync only).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.sync import MongoTarget
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

TITLES = {"compass": QT_TRANSLATE_NOOP("SyncDialogs", "Compass connection"),
          "analyses": QT_TRANSLATE_NOOP("SyncDialogs", "CV analyses connection")}


@dataclass(frozen=True)
class Connection:
    """The connection form's answer: where to read, and whether the keychain keeps it."""

    target: MongoTarget
    remember: bool


@dataclass(frozen=True)
class OnetApiRequest:
    """The O*NET Web Services form's answer (also what it shows when opened again)."""

    key: str
    base_url: str
    codes: tuple[str, ...] = ()
    remember: bool = False


class _Form(QDialog):
    def __init__(self, parent: QWidget | None, title: str, note: str, keychain: bool,
                 remember: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(note, wordWrap=True)
        intro.setStyleSheet("color: #444;")
        layout.addWidget(intro)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.remember = QCheckBox(self.tr("Remember in the OS keychain"))
        self.remember.setChecked(keychain and remember)
        self.remember.setEnabled(keychain)
        layout.addWidget(self.remember)
        if not keychain:
            warning = QLabel(self.tr("No OS keychain is available: what you type is used until "
                                     "Skill Navigator closes and is never written to disk."),
                             wordWrap=True)
            warning.setObjectName("keychainNote")
            warning.setStyleSheet("color: #8a4b00;")
            layout.addWidget(warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def field(self, label: str, value: str | None, placeholder: str = "",
              secret: bool = False) -> QLineEdit:
        edit = QLineEdit(value or "", placeholderText=placeholder)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.form.addRow(label, edit)
        return edit


class ConnectionDialog(_Form):
    def __init__(self, parent: QWidget | None, source: str, initial: MongoTarget | None,
                 keychain: bool) -> None:
        initial = initial or MongoTarget("", "")
        super().__init__(parent, self.translate_title(source),
                         self.tr("mongodb:// or mongodb+srv:// (Atlas) URI, TLS options "
                                 "included. The URI may hold a password: it is kept only in the "
                                 "OS keychain, and shown masked in messages and logs."),
                         keychain, bool(initial.uri))
        self.source = source
        self.uri = self.field("URI", initial.uri, "mongodb+srv://user:password@host/",
                              secret=True)
        self.database = self.field(self.tr("Database"), initial.database,
                                   self.tr("e.g. {name}").format(
                                       name="compass-application-dev-brujula")
                                   if source == "compass" else "proof_of_talent")
        if source == "compass":
            self.taxonomy_uri = self.field(self.tr("Taxonomy URI (optional)"),
                                           initial.taxonomy_uri, secret=True)
            self.taxonomy_database = self.field(self.tr("Taxonomy database (optional)"),
                                                initial.taxonomy_database)
        else:
            self.collection = self.field(self.tr("Collection"), initial.collection or
                                         "cv_analyses")

    def translate_title(self, source: str) -> str:
        return translate("SyncDialogs", TITLES[source]) if source in TITLES \
            else self.tr("Connection")

    def values(self) -> Connection:
        uri, database = self.uri.text().strip(), self.database.text().strip()
        if self.source == "compass":
            target = MongoTarget(uri, database, self.taxonomy_uri.text().strip() or None,
                                 self.taxonomy_database.text().strip() or None)
        else:
            target = MongoTarget(uri, database,
                                 collection=self.collection.text().strip() or "cv_analyses")
        return Connection(target, self.remember.isChecked())


class OnetApiDialog(_Form):
    def __init__(self, parent: QWidget | None, initial: OnetApiRequest | None,
                 keychain: bool) -> None:
        initial = initial or OnetApiRequest("", "")
        super().__init__(parent, "O*NET Web Services",
                         self.tr("Fetch occupations the imported release does not have (newer "
                                 "codes). The API gives importance only; levels stay unknown. "
                                 "Register for a key at services.onetcenter.org."),
                         keychain, bool(initial.key))
        self.key = self.field(self.tr("API key"), initial.key, secret=True)
        self.base_url = self.field(self.tr("Base URL"), initial.base_url)
        self.codes = self.field(self.tr("O*NET-SOC codes"), " ".join(initial.codes),
                                self.tr("e.g. {name}").format(name="15-1252.00 29-1141.00"))

    def values(self) -> OnetApiRequest:
        return OnetApiRequest(self.key.text().strip(), self.base_url.text().strip(),
                              tuple(self.codes.text().replace(",", " ").split()),
                              self.remember.isChecked())
