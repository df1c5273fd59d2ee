"""A child process for the kill test: ingest one batch of synthetic documents into a store.

``python -m tests.reliability.ingest_child DB SEED COUNT KB MODE [BATCH]`` — MODE "stub" replaces the
analysis with a trivial one so the run is dominated by the store's write (where a kill is most
dangerous); "real" runs the whole analysis. BATCH is the documents per transaction (default: the
ingest's own). Prints "ready" once imports are done, then "done ADDED UNCHANGED FAILED" at the end.
"""
from __future__ import annotations

import hashlib
import random
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS = ("the Secretary met the Minister in Tegucigalpa to discuss security and migration with officials "
         "of the Department of State and the Government of Honduras on Tuesday").split()


def batch(seed: int, count: int, kb: int) -> list[tuple[str, bytes]]:
    """Deterministic documents, different for every seed (so each batch adds new rows)."""
    rng = random.Random(seed)
    docs = []
    for i in range(count):
        sentences = [" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "." for _ in range(kb * 8)]
        text = f"Release {seed}-{i}\n\n" + "\n\n".join(sentences)
        docs.append((f"batch{seed}_{i:03d}.txt", text.encode()))
    return docs


def _stub_pipeline() -> None:
    from model import Document, DocumentAnalysis

    def document_id(content: bytes) -> str:
        return hashlib.sha256(content).hexdigest()[:16]

    def analyse_document(loaded):
        doc_id = document_id(loaded.content)
        return DocumentAnalysis(document=Document(id=doc_id, source=loaded.source, title=loaded.source,
                                                  text=loaded.text))

    fake = types.ModuleType("corpus.pipeline")
    fake.document_id, fake.analyse_document = document_id, analyse_document
    fake.build_corpus = lambda analyses, corrections=(): None  # not used by an ingest
    sys.modules["corpus.pipeline"] = fake


def main(db: str, seed: int, count: int, kb: int, mode: str, batch_documents: int | None = None) -> None:
    if mode == "stub":
        _stub_pipeline()
    else:
        import corpus.pipeline  # noqa: F401  (import before "ready": kills should land in the work)
    from corpus.ingest import ingest  # after the stub, so a stub run really skips the analysis
    from corpus.store import Store

    docs = batch(seed, count, kb)
    with Store(db) as store:
        print("ready", flush=True)
        report = ingest(store, docs, **({"batch_documents": batch_documents} if batch_documents else {}))
        assert not report.errors, report.errors
    print(f"done {len(report.added)} {len(report.unchanged)} {len(report.errors)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5],
         int(sys.argv[6]) if len(sys.argv) > 6 else None)
