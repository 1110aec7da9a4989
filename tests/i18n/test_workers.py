"""Worker processes speak the language the command was given, also where they are spawned, not forked."""

from __future__ import annotations

import multiprocessing

from factcheck import batch, i18n


def options_heading(_: int) -> str:
    return i18n.gettext("Options")


def test_a_spawned_worker_speaks_the_parents_language() -> None:
    # a spawned worker imports factcheck afresh: without the language passed in it would read the locale (C)
    with multiprocessing.get_context("spawn").Pool(1, batch._quiet_worker, ("zh_TW",)) as pool:
        assert pool.map_async(options_heading, [0]).get(timeout=60) == ["選項"]
    with multiprocessing.get_context("spawn").Pool(1, batch._quiet_worker, ()) as pool:
        assert pool.map_async(options_heading, [0]).get(timeout=60) == ["Options"]
