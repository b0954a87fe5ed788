"""A plain window start skips the command modules; everything else gets the full parser."""

from __future__ import annotations

import pytest

from desktop.cli import gui_arguments


@pytest.mark.parametrize("argv", [[], ["gui"], ["--data-dir", "usb/data"],
                                  ["gui", "--data-dir=usb/data"], ["--data", "usb/data"]])
def test_window_starts_are_recognised(argv: list[str]) -> None:
    args = gui_arguments(argv)
    assert args is not None and args.handler is None and not args.self_test
    assert getattr(args, "data_dir", None) == ("usb/data" if len(argv) > 1 else None)


@pytest.mark.parametrize("argv", [["search", "nurse"], ["--version"], ["--self-test"], ["-h"],
                                  ["gui", "--help"], ["gui", "extra"], ["--data-dir"],
                                  ["--unknown"]])
def test_anything_else_is_left_to_the_full_parser(argv: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert gui_arguments(argv) is None
    assert capsys.readouterr() == ("", "")  # the full parser does the talking
