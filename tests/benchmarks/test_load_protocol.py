"""The load test's viewer speaks Streamlit's protocol well enough to use every page: a real server,
two viewers at once, every action answered without an exception (the numbers are the benchmark's)."""
import asyncio

import pytest

from benchmarks.load_test import run_protocol, summarise
from corpus.filters import corpus_years
from ui.server import running_app


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_app(tmp_path_factory.mktemp("load") / "atlas.db", {"STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"}) \
            as (url, _pid):
        yield url


def test_two_viewers_click_through_every_page(server, shipped_corpus):
    tallies, _ = asyncio.run(run_protocol(server, sessions=2, rounds=1, timeout=60))
    summary = summarise(tallies, 1.0, 2, 1, "protocol")
    assert summary["errors"] == 0, summary["error_examples"]
    done = summary["per_action"]
    actions = ["open", "Map", "click a place", "toggle undated", "Network", "click an actor", "Presenter tour",
               "Documents", "Corpus"]
    if len(corpus_years(shipped_corpus)) > 1:  # the year slider is shown only when there is a range to choose
        actions.append("year range")
    for action in actions:
        assert done[action]["n"] == 2, action
    assert summary["received_mb"] > 0.1  # the pages really came back (maps, network data)
