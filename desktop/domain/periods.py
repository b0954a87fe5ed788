"""Reporting periods: the last 30 or 90 days, this year, all time, or custom days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.errors import InvalidArgument

PERIODS = {"30d": "Last 30 days", "90d": "Last 90 days", "year": "This year",
           "all": "All time", "custom": "Custom"}


@dataclass(frozen=True)
class Period:
    """Days ``since``..``until`` (inclusive; None: unbounded) and how to name them."""

    since: date | None = None
    until: date | None = None
    label: str = "All time"

    @property
    def bounds(self) -> tuple[str | None, str | None]:
        """ISO dates for SQL: created on or after ``since``, before the day after ``until``."""
        return (self.since.isoformat() if self.since else None,
                (self.until + timedelta(days=1)).isoformat() if self.until else None)

    def describe(self) -> str:
        if self.since is None and self.until is None:
            return self.label
        span = f"{long_date(self.since) if self.since else '…'} – " \
               f"{long_date(self.until) if self.until else '…'}"
        return span if self.label == PERIODS["custom"] else f"{self.label} ({span})"


ALL_TIME = Period()


def period(choice: str, today: date, since: date | None = None, until: date | None = None
           ) -> Period:
    """A period by name (``PERIODS``); "custom" takes ``since`` and ``until``."""
    if choice == "all":
        return ALL_TIME
    if choice in ("30d", "90d"):
        return Period(today - timedelta(days=int(choice[:-1]) - 1), today, PERIODS[choice])
    if choice == "year":
        return Period(today.replace(month=1, day=1), today, PERIODS[choice])
    if choice == "custom":
        if since and until and since > until:
            raise InvalidArgument(f"the period starts ({since}) after it ends ({until})")
        return Period(since, until, PERIODS["custom"])
    raise InvalidArgument(f"period must be one of {', '.join(PERIODS)}")


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def long_date(day: date) -> str:
    """``3 Nov 2025``: day, month and year, whatever the system's locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
