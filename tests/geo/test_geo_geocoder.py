"""The offline geocoder (no network, ever) and the optional online chain (geopy mocked)."""
from __future__ import annotations

import socket

import pytest
from geopy.exc import GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable
from geopy.location import Location

from geo.geocoder import ChainGeocoder, GazetteerGeocoder, MemoryCache


@pytest.fixture(scope="module")
def offline(gaz):
    return GazetteerGeocoder(gaz)


@pytest.mark.parametrize("query, expected_id, kind", [
    ("Tegucigalpa", "geonames:3600949", "city"),
    ("Honduras", "country:HN", "country"),
    ("La Ceiba, Honduras", "geonames:3608248", "city"),
    ("Colón, Honduras", "admin1:HN-colon", "admin1"),
    ("Northern Triangle", "region:northern-triangle", "group"),
    ("U.S.", "country:US", "country"),
    ("WASHINGTON", "geonames:4140963", "city"),
])
def test_offline_geocode(offline, query, expected_id, kind):
    loc = offline.geocode(query)
    assert isinstance(loc, Location)
    assert loc.raw["id"] == expected_id and loc.raw["kind"] == kind
    assert {"geometry", "confidence", "candidates"} <= set(loc.raw)


def test_offline_many_and_miss(offline):
    assert len(offline.geocode("Colón", exactly_one=False)) > 1
    assert offline.geocode("Qwertyville") is None


def test_offline_opens_no_socket(monkeypatch, gaz):
    def refuse(*args, **kwargs):
        raise AssertionError("network used")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    chain = ChainGeocoder(GazetteerGeocoder(gaz))  # online off by default
    assert chain.geocode("San Pedro Sula").raw["country"] == "HN"
    assert chain.geocode("Qwertyville") is None
    assert chain.notes == []


class FakeOnline:
    def __init__(self, result=None, error=None):
        self.calls, self.result, self.error = [], result, error

    def __call__(self, query, exactly_one=True):
        self.calls.append(query)
        if self.error:
            raise self.error
        return self.result


def test_online_only_for_misses_and_cached(gaz):
    fake = FakeOnline(Location("Somewhere, XY", (1.5, 2.5), {"place_id": 7}))
    cache = MemoryCache()
    chain = ChainGeocoder(GazetteerGeocoder(gaz), online=fake, cache=cache, use_online=True)
    assert chain.geocode("Honduras").raw["id"] == "country:HN"
    assert fake.calls == []
    loc = chain.geocode("Qwertyville")
    assert (loc.latitude, loc.longitude) == (1.5, 2.5) and loc.raw["source"] == "online"
    assert chain.geocode("Qwertyville").latitude == 1.5
    assert fake.calls == ["Qwertyville"] and cache.get("qwertyville")["found"]


@pytest.mark.parametrize("error", [GeocoderTimedOut("slow"), GeocoderServiceError("403"), GeocoderUnavailable("down"),
                                   OSError("no network")])
def test_online_failure_becomes_note(gaz, error):
    chain = ChainGeocoder(GazetteerGeocoder(gaz), online=FakeOnline(error=error), use_online=True)
    assert chain.geocode("Qwertyville") is None
    assert len(chain.notes) == 1 and "Qwertyville" in chain.notes[0]


def test_online_disabled_never_called(gaz):
    fake = FakeOnline(Location("x", (0, 0), {}))
    assert ChainGeocoder(GazetteerGeocoder(gaz), online=fake).geocode("Qwertyville") is None
    assert fake.calls == []


def test_default_online_is_rate_limited_nominatim(monkeypatch):
    from geopy.extra.rate_limiter import RateLimiter

    from geo.geocoder import online_geocoder
    limiter = online_geocoder()
    assert isinstance(limiter, RateLimiter) and limiter.min_delay_seconds == 1.0
