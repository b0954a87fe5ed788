"""The ``skillnav`` command line: the same services as the GUI, no Qt.

Each module in ``COMMAND_MODULES`` adds its subcommands with ``register(subparsers, common)``
and sets ``handler(services, args) -> int`` on them (``needs_services=False`` for commands
that open no store). Modules import services inside their handlers: the GUI's start-up
builds this parser too, and must stay light. Exit codes: 0 ok, 2 invalid argument,
3 not found, 4 bad input data, 5 connection failure; errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from desktop import COMMAND, __version__

COMMAND_MODULES = [
    "desktop.cli.catalog",
    "desktop.cli.gaps",
    "desktop.cli.casework",
    "desktop.cli.plan",
    "desktop.cli.export",
    "desktop.cli.analytics",
    "desktop.cli.sync",
    "desktop.cli.maintenance",
]


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", default=argparse.SUPPRESS, metavar="DIR",
                        help="data folder (default: $SKILLNAV_DATA_DIR or the platform's)")
    return common


def gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain window start (none, ``gui``, ``--data-dir``), else None.

    The common start skips importing every command module (~35 ms before the first paint);
    anything else (a command, --help, --version, --self-test, a mistake) goes to
    ``build_parser``, which parses and reports it fully.
    """
    light = argparse.ArgumentParser(add_help=False, parents=[common_options()],
                                     exit_on_error=False)
    light.add_argument("command", nargs="?")
    try:
        args, rest = light.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest or args.command not in (None, "gui"):
        return None
    return argparse.Namespace(**vars(args), self_test=False, handler=None)


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog=COMMAND, parents=[common],
        description="Skill Navigator: offline career counselling over O*NET and Compass data.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check the installation end to end in a temporary folder and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.set_defaults(handler=None)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, common)
    return parser


def plain(value: Any) -> Any:
    """A record (a service's dataclass) as a dict; anything else as it is. A field named
    with PEP 8's trailing underscore (``from_``) keeps its plain name ("from")."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value, dict_factory=_named)
    return value


def _named(fields: list[tuple[str, Any]]) -> dict[str, Any]:
    return {name.removesuffix("_"): value for name, value in fields}


def print_json(value: Any) -> None:
    """JSON for programs: typed records (dataclasses) as objects, anything else as text."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=_jsonable)
    sys.stdout.write("\n")


def _jsonable(value: Any) -> Any:
    return plain(value) if dataclasses.is_dataclass(value) else str(value)


def shown(value: Any) -> str:
    """A value as text for a terminal: control characters (escape sequences) become '?'."""
    text = "" if value is None else str(value)
    return "".join("?" if unicodedata.category(c) == "Cc" else c for c in text)


def print_facts(facts: Any, as_json: bool) -> None:
    """A flat result (a dict or a record): JSON for programs, ``key: value`` lines for people."""
    facts = plain(facts)
    if as_json:
        print_json(facts)
        return
    for key, value in facts.items():
        print(f"{key}: {shown(value)}")


def print_table(rows: Sequence[Any], columns: list[str]) -> None:
    """Dicts or records as a plain aligned table for people; --json is for programs."""
    cells = [[shown(plain(r).get(c)) for c in columns] for r in rows]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def run_command(args: argparse.Namespace) -> int:
    from desktop.services.context import open_services

    if not getattr(args, "needs_services", True):
        return int(args.handler(None, args))
    services = open_services(getattr(args, "data_dir", None))
    try:
        return int(args.handler(services, args))
    finally:
        services.close()
