"""Composition root: ``skillnav`` and ``python -m desktop`` start here.

Start-up order: parse arguments (no heavy imports); a subcommand runs in the CLI, which
imports no Qt; otherwise the GUI starts, paints its window first and opens the stores and
heavy libraries afterwards, so the window appears fast.
"""

from __future__ import annotations

import logging
import os
import sys

from desktop import COMMAND

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    from desktop.cli import build_parser, gui_arguments, run_command
    from desktop.domain.errors import AppError, Cancelled, StorageFailed

    argv = sys.argv[1:] if argv is None else argv
    os.umask(0o077)  # stores, logs, backups and exports: readable by this user only
    args = gui_arguments(argv) or build_parser().parse_args(argv)
    _log_to_file(getattr(args, "data_dir", None))
    try:
        if args.self_test:
            from desktop.selftest import run_self_test

            return run_self_test()
        if getattr(args, "handler", None) is None:
            from desktop.ui.application import run_gui

            return run_gui(getattr(args, "data_dir", None))
        if hasattr(args, "render_pdf"):  # `report`: the CLI has no Qt, the UI layer renders
            from desktop.ui.report import save_pdf_offscreen

            args.render_pdf = save_pdf_offscreen
        return run_command(args)
    except AppError as exc:
        print(f"{COMMAND}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Cancelled:
        print(f"{COMMAND}: cancelled", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. `head`, which stopped reading
        sys.stderr.close()
        return 0
    except OSError as exc:  # the environment: disk full, read-only folder, permissions
        log.error("%s: %s", type(exc).__name__, exc)
        where = f": {exc.filename}" if exc.filename else ""
        print(f"{COMMAND}: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return StorageFailed.exit_code
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        # A database error carries its SQL and values (client data): keep only the cause.
        cause = getattr(exc, "orig", None)
        if cause is None:
            log.exception("unexpected error")
        else:
            log.error("unexpected database error: %s: %s", type(cause).__name__, cause)
        shown = cause if cause is not None else exc
        print(f"{COMMAND}: internal error: {type(shown).__name__}: {shown}", file=sys.stderr)
        return 1


def _log_to_file(data_dir: str | None) -> None:
    """Logs go to <data>/logs/skillnav.log, never to the terminal."""
    from desktop.paths import DataPaths, resolve_data_dir

    root = logging.getLogger()
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    try:
        logs = DataPaths(resolve_data_dir(data_dir)).logs
        logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(logs / "skillnav.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.raiseExceptions = False  # a log that cannot be written (disk full) stays silent
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request: not for users
