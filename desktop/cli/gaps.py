"""gap (occupation → occupation, client → occupation) and similar."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli import print_json, print_table

if TYPE_CHECKING:
    from desktop.services.context import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    gap = commands.add_parser(
        "gap", parents=[common], help="skills a target occupation needs beyond a source",
        description="Skill gaps on the O*NET Level scale (0–7): the skills the target needs "
                    "that the source occupation, or the client, has at a lower level.")
    source = gap.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="from_code", metavar="CODE",
                        help="source occupation (O*NET-SOC code)")
    source.add_argument("--client", type=int, metavar="ID", help="a client from the caseload")
    gap.add_argument("--to", dest="to_code", metavar="CODE", required=True,
                     help="target occupation (O*NET-SOC code)")
    gap.add_argument("--json", action="store_true")
    gap.set_defaults(handler=show_gap)

    similar = commands.add_parser(
        "similar", parents=[common], help="occupations most similar to one (or to each)",
        description="Similar occupations by skills, knowledge, titles, technology, interests "
                    "and Job Zone (score 0–1).")
    target = similar.add_mutually_exclusive_group(required=True)
    target.add_argument("code", nargs="?", help="O*NET-SOC code, e.g. 15-1252.00")
    target.add_argument("--all", action="store_true",
                        help="every occupation with ratings (needs --output)")
    similar.add_argument("--top", type=int, default=10, metavar="N",
                         help="neighbours per occupation (default 10)")
    similar.add_argument("--output", metavar="FILE.csv",
                         help="with --all: CSV of code, rank, similar_code, similarity")
    similar.add_argument("--json", action="store_true")
    similar.set_defaults(handler=show_similar)


def show_gap(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import gaps

    result: gaps.ClientGap | gaps.OccupationGap
    if args.client is not None:
        result = gaps.client_gap(services, args.client, args.to_code)
        columns = ["element_id", "element_name", "importance", "required_level",
                   "client_level", "deficit", "weighted_deficit"]
        source = result.client.label or args.client
    else:
        result = gaps.occupation_gap(services, args.from_code, args.to_code)
        columns = ["element_id", "element_name", "from_level", "to_level", "deficit",
                   "importance"]
        source = f"{result.from_.code} {result.from_.title}"
    if args.json:
        print_json(result)
        return 0
    print(f"{source} → {result.to.code} {result.to.title} (Level scale 0–7)")
    if result.skill_gaps:
        print_table(result.skill_gaps, columns)
    else:
        print("No skill gaps.")
    return 0


def show_similar(services: Services, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop.domain.errors import InvalidArgument
    from desktop.domain.progress import TaskState
    from desktop.services import similar

    if args.all:
        if not args.output:
            raise InvalidArgument("similar --all needs --output FILE.csv")
        report = similar.write_all(services, args.output, args.top, TaskState())
        if args.json:
            print_json(report)
        else:
            print(f"Wrote the {report.top} most similar occupations of each of "
                  f"{report.occupations} occupations to {report.output}",
                  file=sys.stderr)
        return 0
    if args.output:
        raise InvalidArgument("--output is for similar --all; use --json for one occupation")
    found = [asdict(n) for n in similar.similar(services, args.code, args.top)]
    if args.json:
        print_json(found)
    else:
        print_table(found, ["code", "title", "similarity", "job_zone"])
    return 0
