"""The merged corpus a store saves before corrections: corrections applied to it give exactly the corpus a
full rebuild gives, for every kind of correction, so a new correction never needs the analysis again."""
from __future__ import annotations

import corpus.warm  # noqa: F401  (registers the after-ingest work: the merge saved)
from corpus.ingest import ingest, load_corpus
from corpus.snapshot import decode, encode, saved_corpus, saved_merge
from corpus.store import Store, documents_part
from documents.load import iter_paths
from tests.conftest import SHIPPED
from views.map_corrections import alternatives, not_a_place, relocate


def _corrections(built) -> list[tuple[str, str, dict]]:
    """One correction of each kind, on places and actors of the corpus itself."""
    movable = next(p for p in built.places if alternatives(p))
    dropped = next(p for p in built.places if p.id != movable.id and p.id not in {c.id for c in movable.candidates})
    officials = [a for a in built.actors if a.kind == "official" and a.mentions]
    with_alias = next(a for a in built.actors if a.aliases and a not in officials[:2])
    others = [a for a in built.actors if a not in officials[:2] and a is not with_alias]
    return [
        relocate(movable, alternatives(movable)[0]),
        not_a_place(dropped),
        ("actor", "merge", {"ids": [officials[1].id], "into": officials[0].id}),
        ("actor", "split", {"id": with_alias.id, "alias": with_alias.aliases[0]}),
        ("actor", "rename", {"id": others[0].id, "name": "A New Name"}),
        ("actor", "kind", {"id": others[1].id, "kind": "organization" if others[1].kind != "organization" else "agency"}),
        ("actor", "delete", {"id": others[2].id}),
    ]


def test_every_kind_of_correction_applied_to_the_saved_merge_equals_a_full_rebuild(tmp_store_path):
    with Store(tmp_store_path) as store:
        ingest(store, iter_paths([SHIPPED]))
        documents = store.documents_revision()
        assert saved_merge(store, documents) is not None  # the ingest saved the merge
        before = load_corpus(store)
        for correction in _corrections(before):
            store.add_correction(*correction)
            revision = store.revision()
            assert documents_part(revision) == documents  # corrections leave the documents revision alone
            from_merge = saved_corpus(store, revision)
            assert from_merge != before, correction  # each one changes what a viewer sees
            assert from_merge == load_corpus(store)  # decoded analyses, merged again, corrections applied
            before = from_merge
        assert len(store.corrections()) == 7
        assert saved_corpus(store, "an older revision") is None


def test_the_merge_survives_its_encoding(tmp_store_path):
    with Store(tmp_store_path) as store:
        ingest(store, iter_paths([SHIPPED]))
        merged = saved_merge(store, store.documents_revision())
    assert decode(encode(merged)) == merged


def test_saving_the_merge_drops_what_older_code_saved_instead(tmp_store_path):
    from corpus.store import write_snapshot

    with Store(tmp_store_path) as store:
        write_snapshot(store, "corpus", "older revision", b"older code's corrected corpus")
        ingest(store, iter_paths([SHIPPED]))
        names = [n for (n,) in store.db.execute("SELECT name FROM snapshots")]
    assert names == ["merged"]
