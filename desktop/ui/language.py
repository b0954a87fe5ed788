"""The language the window speaks: Spanish when the application's locale is Spanish.

``desktop.ui.application`` sets the default QLocale from Settings or the system; the
counselling vocabulary (``desktop.domain.vocabulary``) follows it through ``current()``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.domain.vocabulary import ENGLISH, SPANISH


def current() -> str:
    return SPANISH if QLocale().language() == QLocale.Language.Spanish else ENGLISH
