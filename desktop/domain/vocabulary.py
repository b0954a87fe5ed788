"""The counselling vocabulary in English and Spanish (es-AR), and sentences built from it.

Two catalogues in ``resources/i18n/`` hold the words and sentence templates, one per
language: ``vocabulary.en.json`` and ``vocabulary.es_AR.json``. The Spanish one is keyed by
O*NET element id and names the release it was checked against. English skill names,
descriptions, anchors and Job Zone texts are O*NET's own, as imported; everything the
Spanish catalogue lacks falls back to the English text.

A sentence is a ``Message``: an id and its parameters, rendered per language. A parameter may
be a number (decimal comma in Spanish), text (used as is: O*NET titles stay English), another
``Message``, a ``Term`` (a word of the vocabulary: a skill's name, a tier, an education
level) or a ``Join`` of those. A template is either text with ``str.format`` fields or, when
it depends on a count, ``{"one": …, "other": …}`` chosen by the parameter ``n``.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable, Sequence
from dataclasses import Field, dataclass, replace
from functools import cache, lru_cache
from typing import Any, ClassVar, Protocol, TypeVar

from desktop.domain.ratings import RATING_LABELS

ENGLISH, SPANISH = "en", "es"
LANGUAGES = {ENGLISH: "English", SPANISH: "Español (Argentina)"}
FILES = {ENGLISH: "vocabulary.en.json", SPANISH: "vocabulary.es_AR.json"}
DECIMAL_COMMA = {SPANISH}


@dataclass(frozen=True)
class Message:
    """Parameters carry their type, so equal messages render alike (``1 == 1.0``, not so
    ``"1"`` and ``"1.0"``): rendered messages are cached by value."""

    id: str
    params: tuple[tuple[str, type, Any], ...] = ()

    def render(self, language: str = ENGLISH) -> str:
        return render(self, language)


@dataclass(frozen=True)
class Term:
    """A word of the vocabulary at ``path`` in the catalogue; ``default`` where it has none."""

    path: tuple[str, ...]
    default: str = ""


@dataclass(frozen=True)
class Join:
    items: tuple[Any, ...]
    separator: str = ", "


def message(id: str, **params: Any) -> Message:
    values = params.values()
    return Message(id, tuple(zip(params, map(type, values), values, strict=True)))


def join(items: Iterable[Any], separator: str = ", ") -> Join:
    return Join(tuple(items), separator)


def skill(element_id: str, name: str) -> Term:
    """A skill's name; ``name`` is the release's (English)."""
    return Term(("skills", element_id, "name"), name)


def education(category: int) -> Term:
    """An RL education category as a phrase: "a bachelor's degree"."""
    from desktop.domain.readiness import EDUCATION_NAMES

    return Term(("education", str(category)), EDUCATION_NAMES[category])


def tier(tier_id: str) -> Term:
    return Term(("tiers", tier_id))


def rating_word(rating: int) -> Term:
    return Term(("ratings", str(rating), "word"), RATING_LABELS[rating])


# --- catalogues --------------------------------------------------------------------------------

def check_language(language: str) -> str:
    if language not in LANGUAGES:
        from desktop.domain.errors import InvalidArgument

        raise InvalidArgument(f"unknown language '{language}' (choose {' or '.join(LANGUAGES)})")
    return language


@cache
def catalogue(language: str) -> dict[str, Any]:
    from desktop.paths import resources_dir

    path = resources_dir() / "i18n" / FILES[check_language(language)]
    return json.loads(path.read_text("utf-8"))  # type: ignore[no-any-return]


def lookup(language: str, path: Sequence[str], default: Any = "") -> Any:
    """The catalogue's entry at ``path``, else English's, else ``default``."""
    for lang in dict.fromkeys((language, ENGLISH)):
        node: Any = catalogue(lang)
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        if node is not None:
            return node
    return default


def text(language: str, id: str, **params: Any) -> str:
    return render(message(id, **params), language)


# --- rendering ---------------------------------------------------------------------------------

SWAP_SEPARATORS = str.maketrans(".,", ",.")


class _Formatter(string.Formatter):
    def __init__(self, language: str) -> None:
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message | Term | Join):
            return render(value, self.language)
        formatted = format(value, format_spec)
        if self.language in DECIMAL_COMMA and isinstance(value, int | float) \
                and not isinstance(value, bool):
            formatted = formatted.translate(SWAP_SEPARATORS)
        return formatted


def render(value: Any, language: str = ENGLISH) -> str:
    """A Message, Term, Join or plain value as text in ``language``."""
    if isinstance(value, Message | Term | Join):
        return _rendered(value, language)
    return _Formatter(language).format_field(value, "")


@lru_cache(maxsize=16_384)
def _rendered(value: Message | Term | Join, language: str) -> str:
    """Cached: a list of recommendations repeats most of its phrases (durations, Job Zone
    steps, skill names), and a page shows the same list again when only a filter changes."""
    if isinstance(value, Join):
        return value.separator.join(render(item, language) for item in value.items)
    if isinstance(value, Term):
        return str(lookup(language, value.path, value.default))
    params = {name: param for name, _, param in value.params}
    template = _template(language, value.id)
    if isinstance(template, dict):
        template = template["one" if params.get("n") == 1 else "other"]
    formatter = _Formatter(language)  # str.format_map parses in C
    return template.format_map({k: _Field(formatter, v) for k, v in params.items()})


@cache
def _template(language: str, id: str) -> str | dict[str, str]:
    """Message ``id``'s template in ``language`` (the catalogues are read once, so is this)."""
    template: str | dict[str, str] = lookup(language, ("messages", id))
    if not template:
        raise KeyError(f"no template for message '{id}'")
    return template


class _Field:
    """A parameter formatted by ``formatter`` whatever its type (see ``_Formatter``)."""

    __slots__ = ("formatter", "value")

    def __init__(self, formatter: _Formatter, value: Any) -> None:
        self.formatter, self.value = formatter, value

    def __format__(self, format_spec: str) -> str:
        return self.formatter.format_field(self.value, format_spec)


def fields(template: str | dict[str, str]) -> set[str]:
    """The parameter names a template uses (every plural form's)."""
    forms = template.values() if isinstance(template, dict) else [template]
    return {name.split(".")[0].split("[")[0] for form in forms
            for _, name, _, _ in string.Formatter().parse(form) if name}


# --- the vocabulary as the pages show it -------------------------------------------------------

def skill_name(language: str, element_id: str, name: str) -> str:
    return render(skill(element_id, name), language)


def skill_description(language: str, element_id: str, description: str = "") -> str:
    return str(lookup(language, ("skills", element_id, "description"), description))


def anchors(language: str, element_id: str, published: list[tuple[int, str]]
            ) -> list[tuple[int, str]]:
    """An element's Level Scale Anchors (value, text) in ``language``."""
    translated = lookup(language, ("skills", element_id, "anchors"), {})
    return [(value, translated.get(str(value), text)) for value, text in published]


def rating_text(language: str, rating: int) -> str:
    """ "2 working" / "2 intermedio"."""
    return f"{rating} {render(rating_word(rating), language)}"


def rating_meaning(language: str, rating: int) -> str:
    return str(lookup(language, ("ratings", str(rating), "meaning")))


def tier_name(language: str, tier_id: str) -> str:
    return render(tier(tier_id), language)


def education_name(language: str, category: int) -> str:
    return render(education(category), language)


def column(language: str, header: str) -> str:
    """An export's column header in ``language``."""
    return str(lookup(language, ("columns", header), header))


JOB_ZONE_FIELDS = ("name", "experience", "education", "job_training")


class JobZoneRow(Protocol):
    """A record of a Job Zone's texts (``store.catalog.JobZoneReference``)."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def job_zone(self) -> int: ...


JobZone = TypeVar("JobZone", bound=JobZoneRow)


def job_zone(language: str, reference: JobZone) -> JobZone:
    """A Job Zone Reference row (a record with ``job_zone`` and the texts) with its name and
    texts in ``language``; what the catalogue lacks stays as the release publishes it."""
    translated = lookup(language, ("job_zones", str(reference.job_zone)), {})
    return replace(reference, **{k: translated[k] for k in JOB_ZONE_FIELDS if k in translated})


def describe_level(level: float | None, published: list[tuple[int, str]],
                   language: str = ENGLISH) -> str:
    """Explain a level number with the anchors around it (already in ``language``)."""
    if level is None or not published:
        return ""
    below = [a for a in published if a[0] <= level]
    above = [a for a in published if a[0] > level]
    parts = []
    if below:
        parts.append(text(language, "level.at_least", level=below[-1][0], anchor=below[-1][1]))
    if above:
        parts.append(text(language, "level.below", level=above[0][0], anchor=above[0][1]))
    return "; ".join(parts)
