"""shortlist, compare, whatif, report: a client's action plan from the command line."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from desktop.cli import print_json, print_table

if TYPE_CHECKING:
    from desktop.domain.action_plan import Cell, Occupation, Unlock
    from desktop.services.context import Services

TIERS = {"ready_now": "Ready now", "trainable": "Trainable", "long_reskill": "Long reskill"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    pinned = commands.add_parser("shortlist", parents=[common],
                                 help="a client's shortlist of target occupations")
    actions = pinned.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="the shortlist, in order")
    add = actions.add_parser("add", parents=[common], help="pin a target at the end")
    remove = actions.add_parser("remove", parents=[common], help="unpin a target")
    move = actions.add_parser("move", parents=[common], help="put a target at a position")
    note = actions.add_parser("note", parents=[common], help="set a target's note")
    for parser in (listing, add, remove, move, note):
        parser.add_argument("--client", type=int, metavar="ID", required=True)
        parser.add_argument("--json", action="store_true")
    for parser in (add, remove, move, note):
        parser.add_argument("code", help="O*NET-SOC code, e.g. 41-2011.00")
    add.add_argument("--note", default="")
    move.add_argument("position", type=int, help="1 = first")
    note.add_argument("text")
    pinned.set_defaults(handler=shortlist_command)

    compare = commands.add_parser(
        "compare", parents=[common], help="a client's target occupations side by side",
        description="Skills × targets: required level (LV 0–7) and the client's deficit; per "
                    "target tier, fit, Job Zone step, education and training; then the "
                    "skills whose next rating step unlocks most.")
    compare.add_argument("--client", type=int, metavar="ID", required=True)
    compare.add_argument("--targets", metavar="A,B,…", type=_codes,
                         help="these occupations instead of the client's shortlist")
    compare.add_argument("--json", action="store_true")
    compare.set_defaults(handler=show_compare)

    whatif = commands.add_parser(
        "whatif", parents=[common], help="tiers under hypothetical ratings (nothing saved)")
    whatif.add_argument("--client", type=int, metavar="ID", required=True)
    whatif.add_argument("--set", action="append", default=[], metavar="ELEMENT=RATING",
                        required=True, help="e.g. 2.A.1.a=3 (repeatable)")
    whatif.add_argument("--targets", metavar="A,B,…", type=_codes,
                        help="follow these instead of the shortlist")
    whatif.add_argument("--keep", metavar="LABEL",
                        help="keep this scenario for the client's report under LABEL")
    whatif.add_argument("--json", action="store_true")
    whatif.set_defaults(handler=show_what_if)

    report = commands.add_parser(
        "report", parents=[common], help="the client's action plan as a PDF (1–3 pages)")
    report.add_argument("--client", type=int, metavar="ID", required=True)
    report.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    report.add_argument("--target", metavar="CODE",
                        help="the shortlisted target of the chart (default: the first)")
    report.add_argument("--paper", choices=["a4", "letter"], default="a4")
    report.add_argument("--language", choices=["en", "es"], default="en",
                        help="the client's language: the report's text (en English, es "
                             "Spanish of Argentina); occupation titles stay O*NET's")
    report.add_argument("--no-scenario", action="store_true",
                        help="leave the kept what-if scenario out")
    report.add_argument("--next-steps", default="", metavar="TEXT",
                        help="the counsellor's next steps, printed in the plan")
    # desktop.app supplies the Qt renderer (the CLI imports no Qt).
    report.set_defaults(handler=write_report, render_pdf=None)


def _codes(text: str) -> list[str]:
    return [code.strip() for code in text.split(",") if code.strip()]


def shortlist_command(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import shortlist

    if args.action == "add":
        shortlist.pin(services, args.client, args.code, args.note)
    elif args.action == "remove":
        shortlist.unpin(services, args.client, args.code)
    elif args.action == "move":
        shortlist.move(services, args.client, args.code, args.position)
    elif args.action == "note":
        shortlist.set_note(services, args.client, args.code, args.text)
    entries = shortlist.shortlist(services, args.client)
    if args.json:
        print_json(entries)
    elif entries:
        print_table(entries, ["position", "code", "title", "note"])
    else:
        print("The shortlist is empty: add a target with `shortlist add --client ID CODE`.")
    return 0


def show_compare(services: Services, args: argparse.Namespace) -> int:
    from desktop.domain.errors import InvalidArgument
    from desktop.services import action_plan

    result = action_plan.compare(services, args.client, args.targets)
    if args.json:
        print_json(result)
        return 0
    if not result.targets:
        raise InvalidArgument("nothing to compare: shortlist targets or pass --targets A,B")
    targets = result.targets
    print(f"{result.client.label}: {len(targets)} targets ({result.model})\n")
    print_table([dict(asdict(t), tier=TIERS[t.tier], n=n) for n, t in enumerate(targets, 1)],
                ["n", "code", "title", "tier", "fit", "match", "job_zone", "job_zone_step",
                 "education", "training"])
    print("\nRequired level / client's deficit (LV 0–7; '-' not required):")
    print_table([{"skill": row.name, "rating": row.client_rating,
                  **{str(n): _cell(cell) for n, cell in enumerate(row.targets, 1)}}
                 for row in result.skills],
                ["skill", "rating", *(str(n) for n in range(1, len(targets) + 1))])
    for shortlisted, title in ((True, "shortlisted targets"), (False, "all occupations")):
        print(f"\nSkills whose next rating step unlocks most {title}:")
        found = result.unlocks.shortlist if shortlisted else result.unlocks.all
        for entry in found:
            print(_unlock(entry, entry.shortlisted if shortlisted else entry.unlocked))
        if not found:
            print("  none: no single step moves one to a better tier")
    return 0


def _cell(cell: Cell) -> str:
    from desktop.domain.gaps import TOLERANCE

    if cell.required_level <= 0:
        return "-"
    short = " ok" if cell.deficit <= TOLERANCE else \
        f" short {cell.deficit:.1f}{' KEY' if cell.key_gap else ''}"
    return f"{cell.required_level:.1f}{short}"


def _unlock(entry: Unlock, jobs: list[Occupation]) -> str:
    listed = ", ".join(j.title for j in jobs[:5]) + (" …" if len(jobs) > 5 else "")
    return f"  {entry.name} {entry.rating} → {entry.raised_to}: {len(jobs)} ({listed})"


def show_what_if(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import action_plan, shortlist

    changes = action_plan.parse_changes(args.set)
    result = action_plan.what_if(services, args.client, changes, args.targets)
    kept = shortlist.keep_scenario(services, args.client, args.keep, changes) \
        if args.keep else None
    if args.json:
        print_json(dict(asdict(result), kept=kept) if kept else result)
        return 0
    print(f"Scenario for {result.client.label} (hypothetical, not saved as ratings): "
          + ", ".join(f"{k} {result.ratings.get(k, '—')} → {v}" for k, v in changes.items()))
    print("\nTier sizes now → scenario: " + ", ".join(
        f"{TIERS[t]} {a} → {b}" for t, (a, b) in result.tier_counts.items()))
    columns = ["code", "title", "tier_before", "tier_after", "fit_before", "fit_after"]
    if result.targets:
        print("\nTargets:")
        print_table([asdict(t) for t in result.targets], columns)
    print(f"\n{len(result.moved)} occupations change tier" + (":" if result.moved else "."))
    if result.moved:
        print_table([asdict(m) for m in result.moved[:25]], columns)
    if kept:
        print(f"\nKept for the report as '{kept['label']}'.")
    return 0


def write_report(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import action_plan
    from desktop.services.files import atomic_path

    data = action_plan.report(services, args.client, args.target, not args.no_scenario,
                              args.next_steps, args.language)
    with atomic_path(args.output) as temporary:
        pages = args.render_pdf(data, str(temporary), args.paper)
    print(f"Wrote {args.output} ({pages} page{'s' if pages != 1 else ''}).")
    return 0
