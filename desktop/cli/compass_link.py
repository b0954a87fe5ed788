"""client link | suggest | accept: from a client's Compass conversation to their ratings."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli import print_facts, print_json, print_table

if TYPE_CHECKING:
    from desktop.services.compass_link import Suggestions
    from desktop.services.context import Services

ACTIONS = ("link", "suggest", "accept")


def register_client_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser],
                            common: argparse.ArgumentParser) -> None:
    link = actions.add_parser("link", parents=[common],
                              help="link a client to a synced Compass user or session")
    to = link.add_mutually_exclusive_group(required=True)
    to.add_argument("--compass-user", metavar="UID", help="all sessions of this user")
    to.add_argument("--session", metavar="SID", help="this session only")
    suggest = actions.add_parser("suggest", parents=[common],
                                 help="suggested ratings and current occupation from Compass")
    accept = actions.add_parser("accept", parents=[common],
                                help="accept suggestions (one undoable change)")
    chosen = accept.add_mutually_exclusive_group()
    chosen.add_argument("--skills", nargs="+", metavar="ELEMENT_ID",
                        help="these suggested ratings, e.g. 2.B.3.e 2.A.1.a")
    chosen.add_argument("--all", action="store_true",
                        help="every suggestion, the current occupation included")
    accept.add_argument("--current", metavar="CODE", help="set this current occupation")
    for parser in (link, suggest, accept):
        parser.add_argument("id", type=int)
        parser.add_argument("--json", action="store_true")


def run(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import compass_link

    if args.action == "link":
        print_facts(compass_link.link(services, args.id, args.compass_user, args.session),
                    args.json)
    elif args.action == "accept":
        print_facts(compass_link.accept(services, args.id, args.skills, args.current, args.all),
                    args.json)
    else:
        found = compass_link.suggestions(services, args.id)
        if args.json:
            print_json(found)
        else:
            print_suggestions(found)
    return 0


def print_suggestions(found: Suggestions) -> None:
    for note in found.notes:
        print(f"! {note}")
    for e in found.experiences:
        onet = e.onet
        linked = (f"{onet.title} ({onet.code}, {onet.confidence_label} confidence)"
                  if onet else "no O*NET occupation")
        print(f"- {e.title or '(untitled)'}, {e.span}, {e.work_type_text} → {linked}")
        for note in e.notes:
            print(f"    ! {note}")
    current = found.current
    if current:
        print(f"\nCurrent occupation: {current.title} ({current.code}), from "
              f"{current.experience}, {current.span}; {current.confidence_label} confidence")
        for other in found.current_alternatives:
            print(f"  or {other.title} ({other.code}), from {other.experience}")
    if found.skills:
        print()
        print_table(found.skills, ["element_id", "name", "rating", "current_rating",
                                   "confidence_label", "provenance_text"])
