"""recommend, client, feedback, model: casework from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli import compass_link, print_facts, print_json, print_table

if TYPE_CHECKING:
    from desktop.domain.recommend import Recommendations
    from desktop.services.context import Services

TIER_TITLES = {"ready_now": "Ready now", "trainable": "Trainable",
               "long_reskill": "Long reskill"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser],
             common: argparse.ArgumentParser) -> None:
    rec = commands.add_parser("recommend", parents=[common],
                              help="tiered occupation recommendations for a set of ratings")
    source = rec.add_mutually_exclusive_group(required=True)
    source.add_argument("--ratings", metavar="FILE",
                        help='JSON {"element_id": rating 0-4}, e.g. {"2.B.3.e": 3}')
    source.add_argument("--client", type=int, metavar="ID",
                        help="a client's ratings and current occupation (records the event)")
    rec.add_argument("--current", metavar="CODE", help="current occupation (excluded)")
    rec.add_argument("--model", choices=["level-aware", "skillsprout"])
    rec.add_argument("--limit-per-bucket", type=int, default=10, metavar="N",
                     help="items per tier (default 10; 0 = all)")
    rec.add_argument("--job-zones", metavar="LO-HI", type=_zones, help="e.g. 2-4")
    rec.add_argument("--tier", action="append", choices=list(TIER_TITLES),
                     help="only this tier (repeatable)")
    _background_options(rec)
    rec.add_argument("--hide-over-qualified", action="store_true",
                     help="leave out targets far below the client's Job Zone")
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(handler=recommend)

    client = commands.add_parser("client", parents=[common], help="manage the caseload")
    actions = client.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="a new client")
    add.add_argument("label", help="a pseudonymous label (never an e-mail address)")
    add.add_argument("--current", metavar="CODE")
    add.add_argument("--compass-user", metavar="ID")
    add.add_argument("--compass-session", metavar="ID")
    add.add_argument("--notes", default="")
    _background_options(add)
    background = actions.add_parser(
        "background", parents=[common],
        help="set highest education and years of related experience ('assume': the "
        "current occupation's typical values)")
    _background_options(background)
    listing = actions.add_parser("list", parents=[common], help="list clients")
    listing.add_argument("--all", action="store_true", help="include archived clients")
    listing.add_argument("--search", default="")
    show = actions.add_parser("show", parents=[common], help="a client and their ratings")
    rate = actions.add_parser("rate", parents=[common], help="set ratings (one undoable change)")
    rate.add_argument("--set", action="append", default=[], metavar="ELEMENT=RATING")
    rate.add_argument("--ratings", metavar="FILE", help='JSON {"element_id": rating}')
    rate.add_argument("--prefill", metavar="CODE", help="from an occupation's levels")
    rate.add_argument("--undo", action="store_true", help="undo the last change instead")
    archive = actions.add_parser("archive", parents=[common], help="archive a client")
    archive.add_argument("--restore", action="store_true", help="un-archive instead")
    for parser in (show, rate, archive, background):
        parser.add_argument("id", type=int)
    for parser in (add, listing, show, rate, archive, background):
        parser.add_argument("--json", action="store_true")
    compass_link.register_client_actions(actions, common)
    client.set_defaults(handler=client_command)

    feedback = commands.add_parser("feedback", parents=[common],
                                   help="record an outcome for a recommended occupation")
    feedback.add_argument("event", type=int, help="the recommendation event id")
    feedback.add_argument("code")
    feedback.add_argument("action", choices=["click", "save", "hide", "apply", "interview",
                                             "offer"])
    feedback.set_defaults(handler=record_feedback)

    model = commands.add_parser("model", parents=[common], help="calibration models")
    model.add_argument("action", choices=["status", "train", "activate"])
    model.add_argument("version", nargs="?", help="for activate: a version, or 'baseline'")
    model.add_argument("--json", action="store_true")
    model.set_defaults(handler=model_command)


ASSUME = "assume"


def _number_or_assume(kind: type) -> Any:
    def parse(text: str) -> Any:
        if text == ASSUME:
            return ASSUME
        try:
            return kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is neither a number nor "
                                             f"'{ASSUME}'") from None
    return parse


def _background_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--education", type=_number_or_assume(int), metavar="RL",
                        help="highest education, O*NET category 1-12 (2 high school, "
                        "3 certificate, 5 associate's, 6 bachelor's, 8 master's, 11 doctoral)")
    parser.add_argument("--experience", type=_number_or_assume(float), metavar="YEARS",
                        help="years of related work experience")


def _background(args: argparse.Namespace) -> dict[str, Any]:
    """The options given, 'assume' as None (use the current occupation's typical values)."""
    given = {"education": args.education, "experience_years": args.experience}
    return {k: None if v == ASSUME else v for k, v in given.items() if v is not None}


def _zones(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    try:
        return int(low), int(high or low)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a Job Zone range like 2-4") from None


def load_ratings(services: Services, path: str) -> dict[str, int]:
    """A ratings file, checked: anything wrong in it is bad input (exit 4), named."""
    from desktop.domain.errors import BadInput, InvalidArgument
    from desktop.services import casework

    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise BadInput(f"{path} is not valid JSON ({exc})") from None
    except RecursionError:
        raise BadInput(f"{path} nests too deeply to be a ratings file") from None
    if not isinstance(data, dict) or not data:
        raise BadInput(f'{path} must hold a JSON object {{"element_id": rating}} with at '
                       "least one rating")
    try:
        return casework.validate_ratings(services, data)
    except InvalidArgument as exc:
        raise BadInput(f"{path}: {exc}") from None


def recommend(services: Services, args: argparse.Namespace) -> int:
    from desktop.domain.errors import InvalidArgument
    from desktop.services import recommend as service

    options = {"limit_per_bucket": args.limit_per_bucket, "job_zones": args.job_zones,
               "tiers": args.tier, "over_qualified": not args.hide_over_qualified}
    result: Recommendations
    if args.client is not None:
        if args.current or _background(args):
            raise InvalidArgument("with --client, the current occupation, education and "
                                  "experience come from the client's record")
        result = service.recommend_for_client(services, args.client, args.model, **options)
    else:
        result = service.recommend(services, load_ratings(services, args.ratings),
                                   args.current, args.model or "level-aware",
                                   **_background(args), **options)
    if args.json:
        print_json(result)
        return 0
    tiers = result.tiers()
    for tier, title in TIER_TITLES.items():
        print(f"\n{title} ({len(tiers[tier])})")
        print_table(tiers[tier], ["rank", "code", "title", "fit", "match_score", "key_gaps",
                                  "job_zone", "training_time"])
    if isinstance(result, service.Recorded):
        print(f"\nRecorded as event {result.event_id}.")
    return 0


def client_command(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import casework

    result: Any
    if args.action in compass_link.ACTIONS:
        return compass_link.run(services, args)
    if args.action == "add":
        result = casework.create_client(services, args.label, args.current, args.compass_user,
                                        args.compass_session, args.notes, **_background(args))
    elif args.action == "background":
        result = casework.update_client(services, args.id, **_background(args))
    elif args.action == "list":
        result = casework.list_clients(services, args.all, args.search)
        if not args.json:
            print_table(result, ["id", "label", "current_code", "archived", "updated_at"])
            return 0
    elif args.action == "archive":
        result = casework.archive_client(services, args.id, not args.restore)
    else:
        if args.action == "rate":
            if args.undo:
                casework.undo_last_change(services, args.id)
            elif args.prefill:
                casework.prefill_from_occupation(services, args.id, args.prefill)
            else:
                from desktop.services.action_plan import parse_changes

                ratings = load_ratings(services, args.ratings) if args.ratings else {}
                casework.set_ratings(services, args.id, {**ratings, **parse_changes(args.set)})
        result = vars(casework.get_client(services, args.id)) | {
            "ratings": casework.get_ratings(services, args.id)}
    print_facts(result, args.json)
    return 0


def record_feedback(services: Services, args: argparse.Namespace) -> int:
    from desktop.services import recommend as service

    service.record_feedback(services, args.event, args.code, args.action)
    print(f"Recorded '{args.action}' for {args.code} in event {args.event}.")
    return 0


def model_command(services: Services, args: argparse.Namespace) -> int:
    from desktop.domain.errors import InvalidArgument
    from desktop.services import calibration

    if args.action == "train":
        result: Any = calibration.train_model(services)
    elif args.action == "activate":
        if not args.version:
            raise InvalidArgument("model activate needs a VERSION (or 'baseline')")
        calibration.activate(services, None if args.version == "baseline" else args.version)
        result = calibration.status(services)
    else:
        result = calibration.status(services)
    print_facts(result, args.json)
    return 0
