"""sync compass | analyses | onet-api: bring remote data into the local cache.

Connection values come from the options, else from the environment variables the existing
systems use (Compass's export scripts: APPLICATION_MONGODB_URI, APPLICATION_DATABASE_NAME,
TAXONOMY_MONGODB_URI, TAXONOMY_DATABASE_NAME; the CV-analysis backend: MONGODB_URL,
MONGODB_DATABASE, default proof_of_talent), else from the OS keychain (URIs, API key) and the
settings (database names) saved on the Sync page.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli import print_json, print_table

if TYPE_CHECKING:
    from desktop.services.context import Services
    from desktop.sync.engine import Summary

SUMMARY_KEYS = ("source", "added", "updated", "deleted", "skipped", "skipped_ids", "seconds")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser("sync", parents=[common],
                               help="sync Compass skills, CV analyses or O*NET Web Services")
    sources = sync.add_subparsers(dest="source", metavar="SOURCE", required=True)
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--json", action="store_true",
                        help="print {source, added, updated, deleted, skipped, skipped_ids, "
                             "seconds}")
    mongo = argparse.ArgumentParser(add_help=False, parents=[output])
    mongo.add_argument("--uri", help="mongodb:// or mongodb+srv:// URI (TLS options accepted)")
    mongo.add_argument("--db", help="database name")
    mongo.add_argument("--full", action="store_true",
                       help="re-read everything; documents deleted upstream disappear")

    compass = sources.add_parser("compass", parents=[common, mongo],
                                 help="sessions, experiences and skills from Compass")
    compass.add_argument("--taxonomy-uri", help="taxonomy database URI (optional)")
    compass.add_argument("--taxonomy-db", help="taxonomy database name (optional)")
    compass.set_defaults(handler=sync_compass)

    analyses = sources.add_parser("analyses", parents=[common, mongo],
                                  help="CV analyses (proof of talent)")
    analyses.add_argument("--collection", default="cv_analyses")
    analyses.set_defaults(handler=sync_analyses)

    api = sources.add_parser("onet-api", parents=[common, output],
                             help="occupations from O*NET Web Services v2")
    api.add_argument("--key", help="API key (default: $ONET_API_KEY, then the keychain)")
    api.add_argument("--base-url", help="API base URL (default: the settings' URL)")
    api.add_argument("--search", metavar="KEYWORD", help="list occupations matching KEYWORD")
    api.add_argument("codes", nargs="*", metavar="CODE", help="O*NET-SOC codes to fetch")
    api.set_defaults(handler=sync_onet_api)


def _first(*values: str | None) -> str:
    return next((v for v in values if v), "")


def _progress(args: argparse.Namespace) -> Any:
    from desktop.domain.progress import TaskState

    def report(done: int, total: int | None, message: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{message}".ljust(60), end="", file=sys.stderr, flush=True)

    return TaskState(report)


def _print(summary: Summary, args: argparse.Namespace) -> int:
    if sys.stderr.isatty() and not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json({k: getattr(summary, k) for k in SUMMARY_KEYS})
        return 0
    print(f"{summary.source}: {summary.added} added, {summary.updated} updated, "
          f"{summary.deleted} deleted, {summary.skipped} skipped "
          f"({summary.seconds} s{', ' + summary.mode if summary.mode else ''})")
    for document_id in summary.skipped_ids:
        reason = summary.skipped_reasons.get(document_id, "")
        print(f"  skipped {document_id}{': ' + reason if reason else ''}")
    return 0


def sync_compass(services: Services, args: argparse.Namespace) -> int:
    from desktop.services.sync import MongoTarget, saved_target
    from desktop.services.sync import sync_compass as run

    env = os.environ.get
    saved = saved_target(services, "compass")
    target = MongoTarget(
        _first(args.uri, env("APPLICATION_MONGODB_URI"), saved.uri),
        _first(args.db, env("APPLICATION_DATABASE_NAME"), saved.database),
        _first(args.taxonomy_uri, env("TAXONOMY_MONGODB_URI"), saved.taxonomy_uri) or None,
        _first(args.taxonomy_db, env("TAXONOMY_DATABASE_NAME"), saved.taxonomy_database)
        or None)
    return _print(run(services, target, args.full, _progress(args)), args)


def sync_analyses(services: Services, args: argparse.Namespace) -> int:
    from desktop.services.sync import MongoTarget, saved_target
    from desktop.services.sync import sync_analyses as run

    env = os.environ.get
    saved = saved_target(services, "analyses")
    target = MongoTarget(_first(args.uri, env("MONGODB_URL"), saved.uri),
                         _first(args.db, env("MONGODB_DATABASE"), saved.database,
                                "proof_of_talent"),
                         collection=args.collection)
    return _print(run(services, target, args.full, _progress(args)), args)


def sync_onet_api(services: Services, args: argparse.Namespace) -> int:
    from desktop.domain.errors import InvalidArgument
    from desktop.services import secrets
    from desktop.services import sync as service

    key = _first(args.key, os.environ.get("ONET_API_KEY"), secrets.get(secrets.ONET_API_KEY))
    if not key:
        raise InvalidArgument("no API key: give --key, set ONET_API_KEY, or save it on the "
                              "Sync page")
    base_url = args.base_url or services.settings.onet_api_base_url
    if args.search:
        found = service.onet_search(key, args.search, base_url)
        if args.json:
            print_json(found)
        else:
            print_table(found, ["code", "title", "bright_outlook"])
        if not args.codes:
            return 0
    return _print(service.sync_onet_api(services, key, args.codes, base_url, _progress(args)),
                  args)
