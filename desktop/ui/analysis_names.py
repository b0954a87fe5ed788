"""The stored keys of CV analyses (fields, recommendations) as a counsellor reads them."""

from __future__ import annotations

from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

NAMES = {
    "digital_technology": QT_TRANSLATE_NOOP("AnalyticsPage", "Digital technology"),
    "arts_culture": QT_TRANSLATE_NOOP("AnalyticsPage", "Arts and culture"),
    "science_research": QT_TRANSLATE_NOOP("AnalyticsPage", "Science and research"),
    "unknown": QT_TRANSLATE_NOOP("AnalyticsPage", "Field not stated"),
    "strong": QT_TRANSLATE_NOOP("AnalyticsPage", "Strong"),
    "moderate": QT_TRANSLATE_NOOP("AnalyticsPage", "Moderate"),
    "weak": QT_TRANSLATE_NOOP("AnalyticsPage", "Weak"),
    "unrated": QT_TRANSLATE_NOOP("AnalyticsPage", "Unrated"),
}


def named(key: str) -> str:
    """A field or recommendation by its name; a key the app does not know, made readable."""
    return (translate("AnalyticsPage", NAMES[key]) if key in NAMES
            else key.replace("_", " ").capitalize())
