"""The network URL: round trips, defaults left out, junk ignored."""
import pytest

from views.network_build import NetworkFilter
from views.network_params import DEFAULT_FILTER, KEYS, Selection, parse_params, to_params


@pytest.mark.parametrize("flt,sel,physics", [
    (NetworkFilter(), Selection(), False),
    (NetworkFilter(kinds=frozenset({"official", "agency"}), min_evidence=3, hide_isolated=True),
     Selection(actor="official:john-kerry"), True),
    (NetworkFilter(relations=frozenset({"met-with"}), focus="a-1", depth=2), Selection(edge="r:1->2"), False),
    (NetworkFilter(kinds=frozenset()), Selection(), False),
])
def test_round_trip(flt, sel, physics):
    params = {k: v for k, v in to_params(flt, sel, physics).items() if v is not None}
    assert parse_params(params) == (flt, sel, physics)
    assert set(to_params(flt, sel, physics)) == set(KEYS)


def test_defaults_write_nothing():
    assert all(v is None for v in to_params(DEFAULT_FILTER, Selection()).values())
    assert parse_params({})[0] == DEFAULT_FILTER


def test_co_mentions_are_off_by_default_and_one_value_away():
    assert "co-mentioned" not in DEFAULT_FILTER.relations
    flt = NetworkFilter(relations=DEFAULT_FILTER.relations | {"co-mentioned"})
    params = {k: v for k, v in to_params(flt, Selection()).items() if v is not None}
    assert "co-mentioned" in params["rels"] and parse_params(params)[0] == flt


def test_junk_is_ignored():
    flt, sel, physics = parse_params({"kinds": "official,<script>", "min": "lots", "depth": "9", "physics": "x"})
    assert flt.kinds == frozenset({"official"}) and flt.min_evidence == 1 and flt.depth == 2 and not physics


def test_an_edge_wins_over_an_actor():
    assert parse_params({"actor": "a", "edge": "e"})[1] == Selection(edge="e")
