"""A client's shortlist of target occupations (ordered, a note each) and kept scenario."""

from __future__ import annotations

from dataclasses import replace

from desktop.domain.errors import InvalidArgument
from desktop.services import casework
from desktop.services.context import Services
from desktop.store import action_plans
from desktop.store.action_plans import Scenario, Target

MAX_TARGETS = 12
MAX_NOTE = 500


def _titles(services: Services, codes: list[str]) -> dict[str, str]:
    from desktop.services.profiles import profiles

    matrix = profiles(services, "skills")
    titles = {code: matrix.titles[row] for code in codes
              if (row := matrix.row(code)) is not None}
    return {code: titles.get(code, "(not in this release)") for code in codes}


def shortlist(services: Services, client_id: int) -> list[Target]:
    """The client's targets in the counsellor's order, with their titles."""
    targets = action_plans.shortlist(services.casework, client_id)
    titles = _titles(services, [t.code for t in targets])
    return [replace(t, title=titles[t.code]) for t in targets]


def _clean_note(note: str) -> str:
    note = " ".join((note or "").split())
    if len(note) > MAX_NOTE:
        raise InvalidArgument(f"a shortlist note holds at most {MAX_NOTE} characters")
    return note


def pin(services: Services, client_id: int, code: str, note: str = "") -> list[Target]:
    """Add ``code`` at the end of the client's shortlist (a note updates an existing entry)."""
    code = casework.require_occupation(services, code)
    action_plans.pin(services.casework, client_id, code, _clean_note(note), casework.now(),
                     MAX_TARGETS)
    return shortlist(services, client_id)


def unpin(services: Services, client_id: int, code: str) -> list[Target]:
    action_plans.unpin(services.casework, client_id, code)
    return shortlist(services, client_id)


def move(services: Services, client_id: int, code: str, position: int) -> list[Target]:
    """Put ``code`` at ``position`` (1 = first; clamped to the list)."""
    action_plans.move(services.casework, client_id, code, position)
    return shortlist(services, client_id)


def set_note(services: Services, client_id: int, code: str, note: str) -> list[Target]:
    action_plans.set_note(services.casework, client_id, code, _clean_note(note))
    return shortlist(services, client_id)


def keep_scenario(services: Services, client_id: int, label: str, changes: dict[str, int]
                  ) -> Scenario:
    """Keep one what-if per client for the report (replacing the previous one)."""
    changes = casework.validate_ratings(services, changes)
    label = " ".join((label or "").split())
    if not changes:
        raise InvalidArgument("a scenario changes at least one rating")
    if not label:
        raise InvalidArgument("name the scenario, e.g. 'after a forklift certificate'")
    scenario = Scenario(client_id, label[:200], changes, casework.now())
    action_plans.keep_scenario(services.casework, scenario)
    return scenario


def kept_scenario(services: Services, client_id: int) -> Scenario | None:
    return action_plans.kept_scenario(services.casework, client_id)


def drop_scenario(services: Services, client_id: int) -> None:
    action_plans.drop_scenario(services.casework, client_id)
