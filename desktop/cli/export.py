"""export user-skills | analyses: the seed formats, to CSV, JSON or XLSX files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import export_formats as fmt
from desktop.domain.export_formats import FORMATS, SOURCES, TABLE_FORMATS, TITLE_MODES

if TYPE_CHECKING:
    from desktop.domain.progress import TaskState
    from desktop.services.context import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help="export data to CSV, JSON or XLSX files",
        description="CSV files get a sidecar <file>.meta.json naming what was exported, "
                    "when, and from which O*NET release; text a spreadsheet would run as a "
                    "formula (starting with = + - @, tab or CR) gets a leading single quote.")
    kinds = export.add_subparsers(dest="export_kind", metavar="WHAT", required=True)

    def kind(name: str, help_text: str, formats: tuple[str, ...] = FORMATS
             ) -> argparse.ArgumentParser:
        parser = kinds.add_parser(name, parents=[common], help=help_text)
        parser.add_argument("--format", choices=formats,
                            help="file format (default: from the --output suffix); csv-es: "
                                 "CSV for Excel in Spanish (';' and decimal comma)"
                            if fmt.EXCEL_ES in formats else
                            "file format (default: from the --output suffix)")
        parser.add_argument("--output", "-o", required=True, metavar="FILE")
        parser.add_argument("--keep-contacts", dest="contacts", action="store_const",
                            const="keep", default="mask",
                            help="keep e-mail addresses and phone numbers found in free text "
                                 "(masked by default; for internal use only)")
        return parser

    skills = kind("user-skills", "Compass sessions, experiences and top skills (seed 000)")
    skills.add_argument("--titles", choices=TITLE_MODES, default="keep",
                        help="experience titles: keep (e-mails masked), redact (empty) or hash "
                             "(salted SHA-256, stable for this installation)")
    skills.add_argument("--source", choices=SOURCES, default="explored",
                        help="explored: what the user saw and kept (default); pipeline: the "
                             "unedited pipeline output, as the upstream scripts exported")
    skills.set_defaults(handler=user_skills)

    analyses = kind("analyses", "CV analyses (seed 001's dataset: every completed one)")
    analyses.add_argument("--field", help="only this field (default: all)")
    analyses.add_argument("--status", default="completed",
                          help="only this processing status; 'all' for every status "
                               "(default: completed)")
    analyses.set_defaults(handler=analyses_export)

    gap = kind("gap", "the skill-gap table between two occupations", TABLE_FORMATS)
    gap.add_argument("--from", dest="from_code", required=True, metavar="CODE")
    gap.add_argument("--to", dest="to_code", required=True, metavar="CODE")
    gap.set_defaults(handler=table_export, table="gap")

    recommendations = kind("recommendations", "tiered recommendations for a set of ratings",
                           TABLE_FORMATS)
    recommendations.add_argument("--ratings", required=True, metavar="FILE",
                                 help='JSON {"element_id": rating 0-4}')
    recommendations.add_argument("--current", metavar="CODE", help="current occupation")
    recommendations.add_argument("--model", choices=["level-aware", "skillsprout"],
                                 default="level-aware")
    recommendations.add_argument("--limit-per-bucket", type=int, default=10, metavar="N",
                                 help="items per tier (default 10; 0 = all)")
    recommendations.set_defaults(handler=table_export, table="recommendations")

    caseload = kind("caseload", "the clients of this installation", TABLE_FORMATS)
    caseload.add_argument("--active-only", action="store_true", help="leave archived out")
    caseload.set_defaults(handler=table_export, table="caseload")


def cli_progress() -> TaskState:
    from desktop.domain.progress import TaskState

    def report(done: int, total: int | None, message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{message}" + (f" of {total:,}" if total else ""), end="", file=sys.stderr)

    return TaskState(report)


def output_format(args: argparse.Namespace, allowed: tuple[str, ...] = FORMATS) -> str:
    from desktop.domain.export_formats import format_for

    return format_for(args.output, args.format, allowed)


def done(count: int, what: str, path: str) -> int:
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Exported {count:,} {what} to {path}")
    return 0


def user_skills(services: Services, args: argparse.Namespace) -> int:
    from desktop.services.exports import export_user_skills

    report = export_user_skills(services, args.output, output_format(args), args.titles,
                                args.source, cli_progress(), args.contacts)
    return done(report.count, "skill rows", args.output)


def analyses_export(services: Services, args: argparse.Namespace) -> int:
    from desktop.services.exports import export_analyses

    status = None if args.status == "all" else args.status
    report = export_analyses(services, args.output, output_format(args), cli_progress(),
                             args.contacts, args.field, status)
    return done(report.count, "analyses", args.output)


def table_export(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import exports

    file_format = output_format(args, TABLE_FORMATS)
    if args.table == "gap":
        table = exports.gap_table(services, args.from_code, args.to_code)
    elif args.table == "recommendations":
        from desktop.cli.casework import load_ratings

        table = exports.recommendations_table(services, load_ratings(services, args.ratings),
                                              args.current, args.model, args.limit_per_bucket,
                                              Path(args.ratings).name)
    else:
        table = exports.caseload_table(services, include_archived=not args.active_only)
    count = exports.write_table(table, args.output, file_format, cli_progress(), args.contacts)
    return done(count, "rows", args.output)
