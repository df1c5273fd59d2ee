"""The curated lexicons parse as intended: YAML flow syntax silently splits names at commas."""
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "data" / "actors"
ORG_KEYS = {"name", "acr", "aka", "kind", "country", "parent", "shared", "cased"}


def _walk(x):
    if isinstance(x, dict):
        for k, v in x.items():
            yield k, v
            yield from _walk(v)
    elif isinstance(x, list):
        for v in x:
            yield from _walk(v)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_no_null_values(path):
    """A null value means an unquoted comma split a name into keys."""
    nulls = [k for k, v in _walk(yaml.safe_load(path.read_text())) if v is None]
    assert nulls == []


def test_organizations_have_known_keys_and_names():
    entries = yaml.safe_load((DATA / "organizations.yaml").read_text())
    names = set()
    for e in entries:
        assert set(e) <= ORG_KEYS, e
        assert isinstance(e["name"], str) and len(e["name"]) > 2
        assert e["name"] not in names, f"duplicate {e['name']}"
        names.add(e["name"])
        for alias in e.get("aka") or []:
            assert isinstance(alias, str) and (len(alias.split()) > 1 or alias[:1].isupper()), (e["name"], alias)
