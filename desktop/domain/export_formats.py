"""Export formats: the seed user-skills layout, spreadsheet-safe cells, private titles.

Pure functions over rows and values; the store produces the rows, the services write files.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from itertools import groupby
from typing import Any

from desktop.domain.errors import InvalidArgument

# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_ESCAPE = "'"  # prefixed to such text cells; numbers are never touched

FORMATS = ("csv", "json", "xlsx")
EXCEL_ES = "csv-es"  # CSV for Excel in Spanish: ';' between fields, decimal comma, UTF-8 BOM
TABLE_FORMATS = (*FORMATS, EXCEL_ES)  # the counselling tables (gaps, recommendations, caseload)
TITLE_MODES = ("keep", "redact", "hash")
SOURCES = ("explored", "pipeline")

# Seed 000's CSV columns, in this order.
USER_SKILLS_COLUMNS = [
    "session_id", "user_id", "user_created_at", "session_timestamp", "experience_uuid",
    "experience_title", "skill_rank", "skill_uuid", "skill_model_id", "skill_preferred_label",
]

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_MASK = "[email removed]"
# A phone number: "+" or "00" and 8–15 digits, or 9–15 digits, with spaces, dots, dashes or
# brackets between them; never inside a word, an identifier or a date (see mask_contacts).
PHONE = re.compile(r"(?<![\w+\-./])(?:\+|00|\()?\d(?:[ ().-]{0,2}\d){7,14}(?![\w\-])")
PHONE_MASK = "[phone removed]"
MIN_PHONE_DIGITS = 8  # fewer digits in a text: it holds no phone number
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CONTACT_MODES = ("mask", "keep")  # keep: for internal use only


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading quote; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return FORMULA_ESCAPE + value
    return value


def neutralise_row(row: Sequence[Any]) -> list[Any]:
    return [neutralise(value) for value in row]


def decimal_comma(value: Any) -> Any:
    """A fractional number as Excel in Spanish reads it (3.5 → "3,5"); other values as is."""
    return str(value).replace(".", ",") if isinstance(value, float) else value


def _phone(match: re.Match[str]) -> str:
    found = match.group()
    digits = sum(c.isdigit() for c in found)
    plain_number = found.isdigit() and not found.startswith("0")  # an id or an amount
    international = found.startswith(("+", "00"))
    if plain_number or ISO_DATE.search(found) or digits < MIN_PHONE_DIGITS + (not international):
        return found
    return PHONE_MASK


def mask_contacts(text: str) -> str:
    """E-mail addresses and phone numbers in free text replaced by ``[email removed]`` and
    ``[phone removed]``; text without them is returned unchanged."""
    if "@" in text:
        text = EMAIL.sub(EMAIL_MASK, text)
    if sum(c.isdigit() for c in text) >= MIN_PHONE_DIGITS:
        text = PHONE.sub(_phone, text)
    return text


@lru_cache(maxsize=65536)
def mask_cell(text: str) -> str:
    """``mask_contacts`` on a cell that may already be neutralised: a mask replacing the text
    a spreadsheet would have run drops the quote it no longer needs."""
    if text.startswith(FORMULA_ESCAPE) and text[1:].startswith(FORMULA_TRIGGERS):
        return neutralise(mask_contacts(text[1:]))  # type: ignore[no-any-return]
    return mask_contacts(text)


def mask_value(value: Any) -> Any:
    """``mask_contacts`` on text, inside lists and objects too; other values unchanged."""
    if isinstance(value, str):
        return mask_contacts(value)
    if isinstance(value, list):
        return [mask_value(v) for v in value]
    if isinstance(value, dict):
        return {k: mask_value(v) for k, v in value.items()}
    return value


def contacts_transform(mode: str) -> Callable[[Any], Any]:
    """What an export does to free text: mask contacts (the default) or keep them."""
    if mode not in CONTACT_MODES:
        raise InvalidArgument(f"contacts must be one of {', '.join(CONTACT_MODES)}")
    return mask_value if mode == "mask" else (lambda value: value)


def format_for(path: str, requested: str | None = None, allowed: Sequence[str] = FORMATS) -> str:
    """The export format: the one asked for, else the file's suffix (``csv-es`` is asked for:
    its files end in .csv)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    fmt = (requested or (name.rsplit(".", 1)[-1] if "." in name else "")).lower()
    if fmt not in allowed:
        raise InvalidArgument(f"choose a format ({' | '.join(allowed)}) with --format or "
                              f"a file name ending in one of them (got '{path}')")
    return fmt


def title_transform(mode: str, salt: str, contacts: str = "mask"
                    ) -> Callable[[str | None], str]:
    """keep (contacts masked unless ``contacts`` is "keep"), redact (empty) or hash
    (HMAC-SHA-256 with the salt).

    The salt is per installation, so the same title hashes the same way in every export
    from this installation, and common titles cannot be recovered by hashing guesses.
    """
    if mode not in TITLE_MODES:
        raise InvalidArgument(f"--titles must be one of {', '.join(TITLE_MODES)}")
    key = salt.encode()
    kept = contacts_transform(contacts)

    @lru_cache(maxsize=65536)
    def transform(title: str | None) -> str:
        if not title or mode == "redact":
            return ""
        if mode == "hash":
            return hmac.new(key, title.encode(), hashlib.sha256).hexdigest()
        return kept(title)  # type: ignore[no-any-return]

    return transform


def nest_user_skills(rows: Iterable[Sequence[Any]]) -> Iterator[dict[str, Any]]:
    """Flat rows in USER_SKILLS_COLUMNS order (sorted) -> the seed's JSON session records."""
    for (session_id, user_id, created, stamp), session_rows in groupby(
            rows, key=lambda r: (r[0], r[1], r[2], r[3])):
        experiences = []
        for (uuid, title), skill_rows in groupby(session_rows, key=lambda r: (r[4], r[5])):
            experiences.append({
                "experience_uuid": uuid,
                "experience_title": title,
                "skills": [{"skill_uuid": r[7], "skill_model_id": r[8],
                            "preferred_label": r[9], "rank": r[6]} for r in skill_rows],
            })
        yield {"session_id": session_id, "user_id": user_id, "user_created_at": created,
               "session_timestamp": stamp, "experiences": experiences}


def utc_now() -> str:
    """Export time stamps: ISO 8601 in UTC with a Z, to the millisecond."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def plain_json(value: Any) -> Any:
    """MongoDB Extended JSON ({"$oid"}, {"$date"}, {"$numberLong"}…) -> plain JSON values."""
    if isinstance(value, list):
        return [plain_json(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1:
        (key, inner), = value.items()
        if key == "$oid":
            return inner
        if key == "$date":  # relaxed (ISO text) or canonical ({"$numberLong": ms})
            if isinstance(inner, dict):
                millis = plain_json(inner)
                return datetime.fromtimestamp(millis / 1000, UTC).isoformat(
                    timespec="milliseconds").replace("+00:00", "Z")
            return inner
        if key in ("$numberLong", "$numberInt"):
            return int(inner)
        if key in ("$numberDouble", "$numberDecimal"):
            return float(inner)
    return {k: plain_json(v) for k, v in value.items()}
