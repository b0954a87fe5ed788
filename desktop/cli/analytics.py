"""analytics overview: seed 001's dashboard numbers and the Compass figures, from the cache."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli import print_json, print_table

if TYPE_CHECKING:
    from desktop.services.context import Services


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    analytics = commands.add_parser("analytics", parents=[common],
                                    help="figures over the synced CV analyses and Compass data")
    views = analytics.add_subparsers(dest="analytics_view", metavar="VIEW", required=True)
    over = views.add_parser("overview", parents=[common],
                            help="counts, success rate, per field and per recommendation")
    over.add_argument("--json", action="store_true", help="print JSON")
    over.set_defaults(handler=overview)


def overview(services: Services, args: argparse.Namespace) -> int:
    from desktop.services.analytics import overview

    figures = overview(services)
    if args.json:
        print_json(figures)
        return 0
    print(f"Analyses: {figures['total_analyses']}  completed {figures['completed']}  "
          f"errors {figures['errors']}  success rate {figures['success_rate']} %  "
          f"last 30 days {figures['recent_30_days']}")
    if figures["by_field"]:
        print()
        print_table(figures["by_field"], ["field", "count", "avg_score", "avg_likelihood"])
    if figures["by_recommendation"]:
        print()
        print_table(figures["by_recommendation"], ["recommendation", "count"])
    compass = figures["compass"]
    print(f"\nCompass: {compass['sessions']} sessions, {compass['users']} users, "
          f"{compass['experiences']} experiences, {compass['skill_extractions']} top skills")
    if compass["top_skills"]:
        print()
        print_table(compass["top_skills"], ["preferred_label", "count", "skill_uuid"])
    return 0
