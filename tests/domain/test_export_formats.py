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
