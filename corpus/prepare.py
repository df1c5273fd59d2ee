"""A store made ready for the app's first page, in processes of their own.

    python -m corpus.prepare STORE [--seed FOLDER]     # analyse, then save the merged corpus
    python -m corpus.prepare STORE --views             # then: search index and network layout

With ``--seed``, an empty store gets FOLDER's documents; otherwise the documents older analysis code
left are analysed again. Then the corpus is merged and saved (``corpus.snapshot``; corrections are
applied when it is read) and ``ready`` is reported. Progress goes to standard output as one JSON
object a line (``{"what": …, "done": i, "total": n}``, then ``{"ready": true}``), which the app shows
(``ui.prepare``). ``--views`` then makes the search index and the network layout from the saved
corpus (``corpus.view_data``), with no analysis code loaded. The app runs both as child processes,
one after the other, so that its server never loads the analysis (spaCy and the gazetteer, most of a
cold start's memory), the analysis gets a core of its own while the server answers the browser, and
the two never hold memory at once.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.store import Store, analysis_version

SEEDING = "Analysing the shipped documents"
REANALYSING = "Analysing the documents again (the analysis code changed)"


def prepare(path: str | Path, seed: Path | None, report: Callable[[dict[str, Any]], None]) -> None:
    """Seed (or re-analyse), save the built corpus, report ``ready``. A seed folder whose analysis was
    shipped with it (``corpus.shipped``) is stored as it is, without loading the analysis."""
    from corpus.shipped import seed as seed_shipped

    with Store(path) as store:
        if seed is None or not seed_shipped(store, seed):
            from corpus.ingest import ingest
            from corpus.warm import save_built
            from documents.load import iter_paths

            if seed is not None:
                files = list(iter_paths([seed]))
                report({"what": SEEDING, "done": 0, "total": len(files)})
                ingest(store, files, progress=lambda i, n: report({"what": SEEDING, "done": i, "total": n}),
                       warm_after=False)  # the after-ingest work is below, after "ready"
                save_built(store)
            else:
                report({"what": REANALYSING, "done": 0, "total": store.stale_count(analysis_version())})
                save_built(store, progress=lambda i, n: report({"what": REANALYSING, "done": i, "total": n}))
        report({"ready": True})


def prepare_views(path: str | Path) -> None:
    """The search index and the network layout of the corpus saved at the store's revision."""
    from corpus.snapshot import built_corpus
    from corpus.view_data import index_and_lay_out

    with Store(path) as store:
        index_and_lay_out(store, *built_corpus(store))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.prepare", description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--seed", type=Path, help="a folder of documents for an empty store")
    parser.add_argument("--views", action="store_true", help="the search index and layout of the saved corpus")
    args = parser.parse_args(argv)
    if args.views:
        prepare_views(args.store)
    else:
        prepare(args.store, args.seed, lambda event: print(json.dumps(event), flush=True))
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    os._exit(status)  # the store is closed and the output written: tearing spaCy and the gazetteer down object
    # by object would keep this process's memory (and a core) busy for half a second of the app's first page
