"""analytics overview: seed 001's dashboard numbers and the Compass figures, from the cache."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from desktop.cli import print_json, print_table
from desktop.domain.periods import PERIODS

if TYPE_CHECKING:
    from desktop.services.context import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    analytics = commands.add_parser("analytics", parents=[common],
                                    help="figures over the synced CV analyses and Compass data")
    views = analytics.add_subparsers(dest="analytics_view", metavar="VIEW", required=True)
    over = views.add_parser("overview", parents=[common],
                            help="counts, success rate, per field and per recommendation")
    over.add_argument("--json", action="store_true", help="print JSON")
    over.add_argument("--period", choices=list(PERIODS), default="all",
                      help="analyses created, and Compass sessions last active, in: the last "
                           "30 or 90 days, this year, all time (default) or custom "
                           "(--since/--until)")
    over.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                      help="first day of a custom period")
    over.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                      help="last day of a custom period")
    over.set_defaults(handler=overview)


def overview(services: Services, args: argparse.Namespace) -> int:
    from desktop.domain.periods import period
    from desktop.services.analytics import overview

    if args.period != "custom" and (args.since or args.until):
        from desktop.domain.errors import InvalidArgument

        raise InvalidArgument("--since and --until need --period custom")
    chosen = period(args.period, date.today(), args.since, args.until)
    figures = overview(services, period=chosen)
    if args.json:
        print_json(figures)
        return 0
    print(f"Period: {figures.period.label}")
    print(f"Analyses: {figures.total_analyses}  completed {figures.completed} "
          f"({figures.scored} with a score)  errors {figures.errors}  success rate "
          f"{figures.success_rate} %  last 30 days {figures.recent_30_days}")
    if figures.by_field:
        print()
        print_table(figures.by_field, ["field", "count", "avg_score", "avg_likelihood"])
    if figures.by_recommendation:
        print()
        print_table(figures.by_recommendation, ["recommendation", "count"])
    compass = figures.compass
    print(f"\nCompass: {compass.sessions} sessions, {compass.users} users, "
          f"{compass.experiences} experiences kept, {compass.skill_extractions} top "
          f"skills extracted in them ({compass.unidentified_skills} without UUID or label)")
    if compass.top_skills:
        print()
        print_table([replace(s, skill_uuid=s.skill_uuid or "none: grouped by label")
                     for s in compass.top_skills], ["preferred_label", "count", "skill_uuid"])
    return 0
