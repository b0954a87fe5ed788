"""The post-build check that keeps SecantusDB (GPL-2.0) and test tools out of the bundle."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "check_bundle.py"
spec = importlib.util.spec_from_file_location("check_bundle", SCRIPT)
assert spec and spec.loader
check_bundle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_bundle)


def test_test_only_packages_are_found_as_files_or_archived_modules() -> None:
    names = [
        "_internal/secantusdb-0.7.0b3.dist-info/METADATA",
        "_internal/secantusdb.libs/libwiredtiger.so",
        "_internal/wiredtiger/_wiredtiger.so",
        "SkillNavigator:secantus.server",
        "skillnav.exe:pytest",
        "SkillNavigator:_pytest.fixtures",
    ]
    assert check_bundle.forbidden(names) == names


def test_look_alike_names_of_shipped_packages_pass() -> None:
    names = [
        "_internal/PySide6/Qt/lib/libQt6Core.so.6",
        "SkillNavigator:pydantic.v1._hypothesis_plugin",  # part of pydantic, imports nothing
        "SkillNavigator:desktop.selftest",
        "_internal/resources/demo/demo.json",
    ]
    assert check_bundle.forbidden(names) == []


def test_the_crosswalk_files_and_the_spanish_catalogue_must_be_bundled() -> None:
    names = ["_internal/resources/demo/demo.json",
             "_internal/resources/esco_onet/esco_onet_crosswalk_Nov2020.csv"]
    assert check_bundle.missing(names) == [
        "resources/esco_onet/onet_soc_2010_to_2019_crosswalk.csv",
        "resources/i18n/skillnav_es_AR.qm"]
    on_macos = [f"Contents/Resources/{path}" for path in check_bundle.REQUIRED]
    assert check_bundle.missing(on_macos) == []
