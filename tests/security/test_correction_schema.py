"""One schema for corrections: any JSON is either a valid correction or refused with a message; an
import is all or nothing; a store holding bad rows (older versions, hand edits) still loads."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.ingest import ingest, load_corpus
from corpus.store import Store
from model.corrections import SCHEMA, CorrectionError, check, check_all
from tests.conftest import SHIPPED

json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                         max_size=4), max_leaves=12)
targets = st.sampled_from(sorted({t for t, _ in SCHEMA}) + ["", "nope"]) | st.text(max_size=6)
actions = st.sampled_from(sorted({a for _, a in SCHEMA}) + ["drop"]) | st.text(max_size=6)
payload_keys = st.sampled_from(["id", "ids", "into", "alias", "name", "kind", "place", "candidate", "lat", "x"])
payloads = st.dictionaries(payload_keys, json_values, max_size=4) | json_values


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(targets, actions, payloads)
def test_any_json_is_a_correction_or_refused_with_a_message(target, action, payload):
    try:
        stored = check(target, action, payload)
    except CorrectionError as exc:
        assert str(exc)
    else:
        assert json.loads(json.dumps(stored)) == stored


@pytest.mark.parametrize("target, action, payload, why", [
    ("place", "relocate", {"place": "p", "candidate": {"id": "x:2"}}, "candidate.name"),
    ("actor", "rename", {"id": "official:a", "name": 123}, "name"),
    ("place", "relocate", {"place": "p", "candidate": {"id": "x", "name": "X", "kind": "city", "lat": "north",
                                                          "lon": 1}}, "candidate.lat"),
    ("actor", "kind", {"id": "a", "kind": "wizard"}, "kind"),
    ("actor", "merge", {"ids": [], "into": "a"}, "ids"),
    ("actor", "rename", {"id": "a", "name": " \u202e "}, "empty"),
    ("place", "explode", {}, "unknown correction"),
])
def test_hostile_corrections_are_refused(target, action, payload, why):
    with pytest.raises(CorrectionError, match=why.replace(".", r"\.")):
        check(target, action, payload)


def test_import_is_all_or_nothing_and_names_each_bad_entry(tmp_path):
    good = {"target": "actor", "action": "delete", "payload": {"id": "official:x"}}
    bad = [{"target": "actor", "action": "rename", "payload": {"id": "a", "name": 123}}, "not a dict"]
    with Store(tmp_path / "a.db") as store:
        with pytest.raises(CorrectionError) as info:
            store.import_corrections([good, *bad])
        assert "entry 2" in str(info.value) and "entry 3" in str(info.value) and "2 of 3" in str(info.value)
        assert store.corrections() == []
        assert store.import_corrections([good]) == 1
    with pytest.raises(CorrectionError):
        check_all({"not": "a list"})


def test_a_store_with_bad_rows_still_loads(tmp_path):
    """Rows written before the schema (or by hand) are skipped and listed, never raised."""
    with Store(tmp_path / "a.db") as store:
        ingest(store, [(p.name, p.read_bytes()) for p in sorted(SHIPPED.iterdir())[:2]])
        store.db.execute("INSERT INTO corrections (target, action, payload, created_at) VALUES (?,?,?,?)",
                         ("place", "relocate", json.dumps({"place": "x", "candidate": {"id": "x:2"}}), "now"))
        store.db.execute("INSERT INTO corrections (target, action, payload, created_at) VALUES (?,?,?,?)",
                         ("actor", "rename", "{not json", "now"))
        corpus = load_corpus(store)
        assert corpus.documents and store.corrections() == []
        assert [i for i, _ in store.invalid_corrections()] == [1, 2]
