"""The window's language and number formats: English (the source language) or Spanish
(Argentina), from the system locale or the choice under Settings ▸ Language, installed at
start-up before the window is built (a new choice applies on the next start).

Catalogue: ``resources/i18n/skillnav_es_AR.ts``, built into ``.qm`` by
``python packaging/translations.py``. The CLI never loads it: it stays English.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from desktop.paths import resources_dir

SYSTEM, SPANISH, ENGLISH = "system", "es_AR", "en"
LANGUAGES = (SYSTEM, SPANISH, ENGLISH)  # the choices in Settings ▸ Language
CATALOGUE = "skillnav_es_AR.qm"


def catalogue_dir() -> Path:
    return resources_dir() / "i18n"


def ui_locale(choice: str) -> QLocale:
    """The locale the window speaks and formats numbers in for a Settings choice."""
    if choice == SPANISH:
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Argentina)
    if choice == ENGLISH:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    system = QLocale.system()
    return ui_locale(ENGLISH) if system.language() == QLocale.Language.C else system


def install(app: QCoreApplication, choice: str) -> list[QTranslator]:
    """Make ``choice``'s locale the default and, for Spanish, load our catalogue and Qt's own
    (standard buttons, file dialogs). Returns the translators installed."""
    from PySide6.QtCore import QLibraryInfo

    locale = ui_locale(choice)
    QLocale.setDefault(locale)
    if locale.language() != QLocale.Language.Spanish:
        return []
    installed = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((CATALOGUE, str(catalogue_dir())), ("qtbase_es.qm", qt_translations)):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def translated() -> bool:
    """Whether the window speaks another language than English (the source)."""
    return QLocale().language() not in (QLocale.Language.English, QLocale.Language.C)


def uninstall(app: QCoreApplication, translators: list[QTranslator], locale: QLocale) -> None:
    """Undo ``install`` (the self-test and tests): remove the translators, restore ``locale``."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(locale)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue and return it as it is; translated where shown.
    Named as lupdate expects; PySide6's own returns it typed as ``object``."""
    return text


def translate(context: str, text: str, count: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, count)


# --- numbers and dates in the window's locale (files and the CLI keep their own formats) ---
def number(value: float | None, decimals: int = 1) -> str:
    """``3,5`` in Spanish, ``3.5`` in English; empty for None."""
    return "" if value is None else QLocale().toString(float(value), "f", decimals)


def integer(value: int) -> str:
    """Thousands grouped as the locale writes them (``12.345`` / ``12,345``)."""
    return QLocale().toString(int(value))


def percent(value: float | None, decimals: int = 0) -> str:
    """``63 %`` (the pattern is in the catalogue)."""
    if value is None:
        return ""
    return translate("Formats", "{value} %").format(value=number(value, decimals))


def date(value: str | dt.date | None) -> str:
    """A date (or the date part of an ISO timestamp): ``26/11/2026`` in Spanish, ISO
    ``2026-11-26`` in English (the pattern is in the catalogue)."""
    if not value:
        return ""
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return QDate(day.year, day.month, day.day).toString(translate("Formats", "yyyy-MM-dd"))


def date_time(value: str | None) -> str:
    """An ISO timestamp as ``26/11/2026 14:05`` in the time zone it was written in."""
    if not value:
        return ""
    moment = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return f"{date(moment.date())} {moment:%H:%M}"
