"""import-onet, search, occupation, info."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli import print_facts, print_json, print_table

if TYPE_CHECKING:
    from desktop.services.context import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    imp = commands.add_parser("import-onet", parents=[common],
                              help="import an O*NET text release (db_XX_Y_text.zip or folder)")
    imp.add_argument("path", help="the release zip or its unpacked folder")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(handler=import_onet)

    find = commands.add_parser("search", parents=[common],
                               help="search occupation titles and alternate titles")
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=25)
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=search)

    show = commands.add_parser("occupation", parents=[common], help="show one occupation")
    show.add_argument("code", help="O*NET-SOC code, e.g. 15-1252.00")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=occupation)

    about = commands.add_parser("info", parents=[common], help="release and data folder in use")
    about.add_argument("--json", action="store_true")
    about.set_defaults(handler=info)


def import_onet(services: Services, args: argparse.Namespace) -> int:
    from desktop.domain.progress import TaskState
    from desktop.services import catalog

    def progress(done: int, total: int | None, message: str) -> None:
        if not args.json:
            print(f"[{done}/{total}] {message}", file=sys.stderr)

    report = catalog.import_release(services, args.path, TaskState(progress))
    if args.json:
        print_json(report.flat())
    else:
        print(f"Imported {report.title}: {report.occupations} occupations "
              f"in {report.seconds} s")
    return 0


def search(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import catalog

    results = catalog.search(services, args.query, args.limit)
    if args.json:
        print_json(results)
    elif results:
        print_table(results, ["code", "title", "job_zone", "matched"])
    else:
        close = catalog.suggestions(services, args.query)
        print(f"No occupation matches '{args.query}'."
              + (f" Did you mean: {', '.join(close)}?" if close else ""))
    return 0


def occupation(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import catalog

    detail = catalog.occupation(services, args.code)
    if args.json:
        print_json(detail)
        return 0
    print(f"{detail.code}  {detail.title}  (Job Zone {detail.job_zone or '—'})")
    print(detail.description or "")
    for heading, ratings in (("Skills", detail.skills), ("Knowledge", detail.knowledge)):
        if ratings:
            print(f"\n{heading} (importance 1–5, level 0–7):")
            print_table(ratings, ["element_id", "name", "importance", "level", "not_relevant",
                                  "suppressed"])
    return 0


def info(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import catalog

    facts = catalog.info(services)
    print_facts(facts, args.json)
    return 0
