"""Reporting periods: names, bounds for SQL, and dates written with month and year."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import InvalidArgument
from desktop.domain.periods import ALL_TIME, long_date, period

TODAY = date(2026, 3, 10)


def test_named_periods_end_today_and_include_it():
    assert period("30d", TODAY).bounds == ("2026-02-09", "2026-03-11")
    assert period("90d", TODAY).since == date(2025, 12, 11)
    assert period("year", TODAY).bounds == ("2026-01-01", "2026-03-11")
    assert period("all", TODAY) is ALL_TIME and ALL_TIME.bounds == (None, None)


def test_descriptions_name_the_days():
    assert period("30d", TODAY).describe() == "Last 30 days (9 Feb 2026 – 10 Mar 2026)"
    assert period("custom", TODAY, date(2025, 11, 3), None).describe() == "3 Nov 2025 – …"
    assert ALL_TIME.describe() == "All time"
    assert long_date(date(2025, 1, 5)) == "5 Jan 2025"


def test_a_custom_period_ending_before_it_starts_is_refused():
    with pytest.raises(InvalidArgument, match=r"starts \(2026-03-10\) after it ends"):
        period("custom", TODAY, TODAY, date(2026, 3, 1))
    with pytest.raises(InvalidArgument, match="period must be one of"):
        period("week", TODAY)
