"""Formula neutralisation, format choice, title privacy, nesting and Extended JSON."""

from __future__ import annotations

import pytest

from desktop.domain import export_formats as fmt
from desktop.domain.errors import InvalidArgument


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx",
                                  "=HYPERLINK(\"http://evil\")"])
def test_formula_text_is_escaped(text):
    assert fmt.neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "a=b", "", " =1", 12, -3, 1.5, None, True])
def test_other_values_are_unchanged(value):
    assert fmt.neutralise(value) == value


def test_format_from_option_or_suffix():
    assert fmt.format_for("out.CSV") == "csv"
    assert fmt.format_for("out.data", "json") == "json"
    assert fmt.format_for("dir.v2/out.xlsx") == "xlsx"
    with pytest.raises(InvalidArgument):
        fmt.format_for("dir.v2/out")
    with pytest.raises(InvalidArgument):
        fmt.format_for("out.xlsx", allowed=("csv", "json"))


def test_title_modes():
    keep = fmt.title_transform("keep", "salt")
    assert keep("Cook, mail me at ana.b+x@mail.example.org") == "Cook, mail me at [email removed]"
    assert keep(None) == ""
    assert fmt.title_transform("redact", "salt")("Cook") == ""
    hashed = fmt.title_transform("hash", "salt")
    assert hashed("Cook") == fmt.title_transform("hash", "salt")("Cook")
    assert hashed("Cook") != fmt.title_transform("hash", "pepper")("Cook")
    assert hashed("") == ""


def test_nesting_groups_sessions_and_experiences_in_order():
    rows = [(1, "u", None, None, "e1", "A", 1, "s1", "m", "one"),
            (1, "u", None, None, "e1", "A", 2, "s2", "m", "two"),
            (1, "u", None, None, "e2", "B", 1, "s3", "m", "three"),
            (2, "v", None, None, "e3", "C", 1, "s1", "m", "one")]
    sessions = list(fmt.nest_user_skills(rows))
    assert [s["session_id"] for s in sessions] == [1, 2]
    assert [[k["rank"] for k in e["skills"]] for e in sessions[0]["experiences"]] == [[1, 2], [1]]


def test_extended_json_becomes_plain():
    assert fmt.plain_json({"_id": {"$oid": "ab"}, "n": {"$numberLong": "7"},
                           "d": {"$date": "2025-11-22T12:34:18Z"},
                           "c": {"$date": {"$numberLong": "0"}},
                           "x": [{"$numberDouble": "0.5"}]}) == {
        "_id": "ab", "n": 7, "d": "2025-11-22T12:34:18Z", "c": "1970-01-01T00:00:00.000Z",
        "x": [0.5]}


@pytest.mark.parametrize(("text", "masked"), [
    ("juan.perez@example.org", "[email removed]"),
    ("call +54 9 11 4444-5555 today", "call [phone removed] today"),
    ("tel. 011 4444 5555", "tel. [phone removed]"),
    ("(011) 4444-5555 / 0049 30 1234567", "[phone removed] / [phone removed]"),
    ("mail ana@x.es o 612.345.678", "mail [email removed] o [phone removed]"),
])
def test_contacts_are_masked(text, masked):
    assert fmt.mask_contacts(text) == masked


@pytest.mark.parametrize("text", [
    "work according to recipe 42", "2025-11-22", "2025-11-22T12:36:01.512345+00:00",
    "2025-11-22 14:30", "2019-2022", "session_20251122_123418_1d5d3bbf",
    "12345678-1234-4567-8901-234567890abc", "674200aa0f1e2d3c4b5a6978", "15-1252.00",
    "153957396055258", "citations: 1500", "https://github.com/user123456789"])
def test_dates_ids_codes_and_numbers_are_not_contacts(text):
    assert fmt.mask_contacts(text) == text


def test_contacts_inside_documents_and_the_keep_option():
    document = {"q": {"awards": "ask ana@x.org", "years": 4}, "list": ["+34 612 345 678", 1.5]}
    assert fmt.contacts_transform("mask")(document) == {
        "q": {"awards": "ask [email removed]", "years": 4}, "list": ["[phone removed]", 1.5]}
    assert fmt.contacts_transform("keep")(document) is document
    assert fmt.title_transform("keep", "salt", "keep")("Cook, ana@x.org") == "Cook, ana@x.org"
    with pytest.raises(InvalidArgument, match="contacts must be one of mask, keep"):
        fmt.contacts_transform("hide")


def test_a_neutralised_cell_is_masked_without_a_stray_quote():
    assert fmt.mask_cell("'+54 9 11 4444-5555") == "[phone removed]"
    assert fmt.mask_cell("'=HYPERLINK(\"mailto:ana@x.org\")") == \
        "'=HYPERLINK(\"mailto:[email removed]\")"
    assert fmt.mask_cell("'-10") == "'-10" and fmt.mask_cell("cook meat") == "cook meat"
