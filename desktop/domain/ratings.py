"""A client's 0–4 skill ratings and O*NET's Level scale (LV, 0–7), one mapping for everyone.

Ratings: 0 none, 1 basic, 2 working, 3 advanced, 4 expert. They map linearly onto the
Level scale, so 4 (expert) meets the scale's top anchor (7) and 2 sits at its middle:
``level = rating × 7 / 4``. Prefilling from an occupation goes the other way, rounding
to the nearest rating.
"""

from __future__ import annotations

RATING_MIN, RATING_MAX = 0, 4
LEVEL_MAX = 7.0
RATING_LABELS = {0: "none", 1: "basic", 2: "working", 3: "advanced", 4: "expert"}


def rating_to_level(rating: float) -> float:
    return rating * LEVEL_MAX / RATING_MAX


def level_to_rating(level: float) -> int:
    """The nearest 0–4 rating for an LV value (half-way values round up)."""
    rating = int(level * RATING_MAX / LEVEL_MAX + 0.5)
    return max(RATING_MIN, min(RATING_MAX, rating))
