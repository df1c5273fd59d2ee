"""Correction payloads match what geo.merge_places applies (model.Correction)."""
from views.map_corrections import alternatives, candidate_label, not_a_place, relocate


def test_relocate_and_not_a_place_payloads(corpus):
    teguc = next(p for p in corpus.places if p.id == "geonames:3600949")
    [alt] = alternatives(teguc)
    target, action, payload = relocate(teguc, alt)
    assert (target, action, payload["place"]) == ("place", "relocate", teguc.id)
    assert payload["candidate"]["id"] == "geonames:9999" and payload["candidate"]["lat"] == 14.2
    assert not_a_place(teguc) == ("place", "not-a-place", {"place": teguc.id})
    assert candidate_label(alt).startswith("Tegucigalpa (alt), HN (city)")
