"""casework check | restore BACKUP: the casework file's health and its backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import print_facts


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    casework = commands.add_parser("casework", parents=[common],
                                   help="check the casework file or restore a backup")
    actions = casework.add_subparsers(dest="action", metavar="ACTION", required=True)
    check = actions.add_parser("check", parents=[common],
                               help="quick-check casework.sqlite; name the latest good backup")
    restore = actions.add_parser("restore", parents=[common],
                                 help="put a backup in place (the current file is kept aside)")
    restore.add_argument("backup", metavar="BACKUP", help="a file in the backups folder")
    for parser in (check, restore):
        parser.add_argument("--json", action="store_true")
    casework.set_defaults(handler=casework_command, needs_services=False)


def casework_command(_services: None, args: argparse.Namespace) -> int:
    from desktop.domain.errors import StorageFailed
    from desktop.paths import DataPaths, resolve_data_dir
    from desktop.store.casework import CaseworkStore
    from desktop.store.lock import exclusive

    paths = DataPaths(resolve_data_dir(getattr(args, "data_dir", None)))
    store = CaseworkStore(paths.casework, paths.backups)
    if args.action == "restore":
        with exclusive(paths.root, "a casework restore"):
            aside = store.restore(Path(args.backup).expanduser().resolve())
        print_facts({"restored": args.backup, "previous_file_kept_as": str(aside)}, args.json)
        return 0
    health = store.health()
    print_facts(health, args.json)
    return 0 if health["status"] == "ok" else StorageFailed.exit_code
