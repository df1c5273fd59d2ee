"""Command line: ``python -m corpus ingest PATH...`` and ``python -m corpus export [PATH...] --format F``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from corpus.corrections import describe
from corpus.export import FORMATS, export
from corpus.ingest import BATCH_DOCUMENTS, ingest, load_corpus
from documents.load import iter_paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus", description="Policy Atlas corpus tools")
    parser.add_argument("--db", help="store file (default: $ATLAS_DB or ~/.local/share/policy-atlas/atlas.db)")
    sub = parser.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="analyse files or folders and add them to the store")
    ing.add_argument("paths", nargs="+")
    ing.add_argument("--engine", choices=("local", "dask"), default="local")
    ing.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster)")
    ing.add_argument("--batch-size", type=int, default=BATCH_DOCUMENTS, metavar="N",
                     help=f"documents per transaction (default {BATCH_DOCUMENTS}): a kill loses at most one batch")
    exp = sub.add_parser("export", help="export the store, or analyse PATHs without touching the store")
    exp.add_argument("paths", nargs="*")
    exp.add_argument("--format", choices=FORMATS, default="json")
    exp.add_argument("--out", help="output file (default: standard output)")
    exp.add_argument("--include-demonyms", action="store_true",
                     help="also list places named only by a demonym (e.g. 'Ecuadorian')")
    corr = sub.add_parser("corrections", help="list, undo, remove, export or import analyst corrections")
    corr.add_argument("action", choices=("list", "undo", "remove", "export", "import"),
                      help="list them; undo the last; remove ID; export [FILE]; import [FILE]")
    corr.add_argument("file", nargs="?", help="file to read (import) or write (export; default stdout); "
                                              "the correction's id for remove")
    args = parser.parse_args(argv)

    if args.command == "ingest":
        return _ingest(args)
    if args.command == "export":
        return _export(args)
    return _corrections(args)


def _ingest(args: argparse.Namespace) -> int:
    from corpus.store import Store

    paths = list(iter_paths(args.paths))
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        print(f"error: {p}: no such file or folder", file=sys.stderr)
    paths = [p for p in paths if p.exists()]
    import corpus.warm  # noqa: F401  (the command line is a program like the app: it wires in the views' after-ingest work)

    with Store(args.db) as store:
        if args.engine == "dask":
            from corpus.distributed import ingest_with_dask

            report = ingest_with_dask(store, paths, scheduler=args.scheduler)
        else:
            report = ingest(store, paths, batch_documents=args.batch_size)
        for err in report.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{len(report.added)} added, {len(report.unchanged)} unchanged, {len(report.errors)} failed; "
              f"{store.document_count()} documents in {store.path}")
    return 1 if (report.errors or missing) and not (report.added or report.unchanged) else 0


def _export(args: argparse.Namespace) -> int:
    if args.paths:
        from corpus.pipeline import analyse_paths

        corpus, errors = analyse_paths(args.paths)
        for err in errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{len(corpus.documents)} documents analysed, {len(errors)} files not read", file=sys.stderr)
    else:
        from corpus.store import Store

        with Store(args.db) as store:
            corpus = load_corpus(store)
    data = export(corpus, args.format, include_demonyms=args.include_demonyms)
    if args.out:
        Path(args.out).write_bytes(data)
    elif args.format == "csv":
        print("error: --format csv writes a zip of tables; give --out FILE.zip", file=sys.stderr)
        return 2
    else:
        sys.stdout.buffer.write(data)
    return 0


def correction_lines(store) -> list[str]:
    """One line per stored correction, oldest first, then the stored ones that no longer fit the schema."""
    lines = [f"{c.id}\t{created}\t{describe(c)}" for c, created in store.correction_log()]
    lines += [f"{i}\tskipped\tno longer fits the schema: {why}" for i, why in store.invalid_corrections()]
    return lines or ["no corrections"]


def _corrections(args: argparse.Namespace) -> int:
    from corpus.store import Store

    with Store(args.db) as store:
        if args.action == "list":
            for line in correction_lines(store):
                print(line)
            return 0
        if args.action in ("undo", "remove"):
            try:
                target = None if args.action == "undo" else int(args.file)
            except (TypeError, ValueError):
                print("error: give the id of the correction to remove (see: corrections list)", file=sys.stderr)
                return 2
            if target in dict(store.invalid_corrections()):
                store.remove_correction(target)
                print(f"removed: stored correction {target}, which no longer fit the schema")
                return 0
            removed = store.undo_correction() if target is None else store.remove_correction(target)
            if removed is None:
                print("error: no such correction" if args.action == "remove" else "no corrections to undo",
                      file=sys.stderr)
                return 1
            print(f"removed: {describe(removed)}")
            return 0
        if args.action == "export":
            data = json.dumps(store.export_corrections(), indent=1)
            Path(args.file).write_text(data) if args.file else print(data)
            return 0
        try:
            items = json.loads(Path(args.file).read_text() if args.file else sys.stdin.read())
            added = store.import_corrections(items)
        except (OSError, ValueError) as exc:  # CorrectionError is a ValueError: it lists each invalid entry
            print(f"error: cannot import corrections: {exc}", file=sys.stderr)
            return 1
        print(f"{added} corrections imported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
