"""Geocoders in geopy's shape: the offline gazetteer, and an optional online one chained after it.

``GazetteerGeocoder`` answers from memory (no socket is ever opened); its ``Location.raw`` keeps
the evidence: kind, gazetteer id, geometry, confidence and the other candidates. ``ChainGeocoder``
asks the gazetteer first and, only when the caller turned it on, an online geocoder (Nominatim
behind geopy's RateLimiter) for names the gazetteer lacks. Online answers go through a small
cache interface that the store implements; any online failure becomes a note, never an exception.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, Protocol

from geopy.exc import GeopyError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.gazetteer import Gazetteer, norm
from geo.prepared import get_gazetteer
from geo.resolve import confidence, rank
from geo.shapes import geometry


class GeocodeCache(Protocol):
    """Where online answers are kept (the store implements this; MemoryCache is for tests)."""

    def get(self, query: str) -> dict[str, Any] | None: ...

    def put(self, query: str, value: dict[str, Any]) -> None: ...


class MemoryCache:
    """A dict-backed GeocodeCache."""

    def __init__(self) -> None:
        self.data: dict[str, dict[str, Any]] = {}

    def get(self, query: str) -> dict[str, Any] | None:
        return self.data.get(query)

    def put(self, query: str, value: dict[str, Any]) -> None:
        self.data[query] = value


class GazetteerGeocoder(Geocoder):
    """The offline gazetteer as a geopy geocoder. "La Ceiba, Honduras" uses the part after the comma as context."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        super().__init__(user_agent="policy-atlas-offline")
        self._gaz = gazetteer
        self._lookup = lru_cache(maxsize=65536)(self._locations)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = get_gazetteer()
        return self._gaz

    def geocode(self, query: str, exactly_one: bool = True, timeout: Any = None, **_: Any) -> Location | list[Location] | None:
        found = self._lookup(query)
        if not found:
            return None
        return found[0] if exactly_one else list(found)

    def reverse(self, query: Any, exactly_one: bool = True, timeout: Any = None, **_: Any) -> None:
        raise NotImplementedError("the offline gazetteer does not reverse-geocode")

    def _locations(self, query: str) -> tuple[Location, ...]:
        gaz = self.gazetteer
        name, _, rest = query.partition(",")
        quals = [e for part in rest.split(",") if part.strip() for e in gaz.candidates(part)
                 if e.kind in ("country", "admin1")]
        countries = {e.country for e in quals}
        ranked = rank(gaz, norm(name), countries, quals)
        if not ranked:
            return ()
        conf = confidence(ranked)
        cands = [{"id": e.id, "name": e.name, "kind": e.kind, "lat": e.lat, "lon": e.lon, "country": e.country,
                  "population": e.population, "score": round(s, 3)} for s, e in ranked]
        out = []
        for i, (s, e) in enumerate(ranked):
            raw = {"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "source": "gazetteer",
                   "confidence": conf if i == 0 else round(min(conf, 0.5), 2), "geometry": geometry(e.id),
                   "members": [f"country:{m}" for m in e.members], "candidates": cands}
            out.append(Location(e.name, (e.lat, e.lon), raw))
        return tuple(out)


def online_geocoder(user_agent: str = "policy-atlas", min_delay_seconds: float = 1.0, timeout: float = 5.0) -> Callable[..., Any]:
    """Nominatim behind RateLimiter (the public service allows one request per second); no retries."""
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    return RateLimiter(Nominatim(user_agent=user_agent, timeout=timeout).geocode,
                       min_delay_seconds=min_delay_seconds, max_retries=0, swallow_exceptions=False)


def _to_cache(loc: Location | None) -> dict[str, Any]:
    if loc is None:
        return {"found": False}
    return {"found": True, "address": loc.address, "lat": loc.latitude, "lon": loc.longitude,
            "raw": {"source": "online", "kind": "feature", "confidence": 0.6, "online": dict(loc.raw or {})}}


def _from_cache(value: dict[str, Any]) -> Location | None:
    if not value.get("found"):
        return None
    return Location(value["address"], (value["lat"], value["lon"]), value["raw"])


class ChainGeocoder:
    """Offline first; the online geocoder only when enabled, only for misses, cached, failure-proof."""

    def __init__(self, offline: GazetteerGeocoder | None = None, online: Callable[..., Any] | None = None,
                 cache: GeocodeCache | None = None, use_online: bool = False) -> None:
        self.offline = offline or GazetteerGeocoder()
        self.online = online
        self.cache = cache if cache is not None else MemoryCache()
        self.use_online = use_online
        self.notes: list[str] = []

    def geocode(self, query: str, exactly_one: bool = True, **_: Any) -> Location | None:
        """geopy's call shape; always one answer (the chain picks, the offline raw keeps candidates)."""
        found = self.offline.geocode(query, exactly_one=True)
        if found is not None or not self.use_online:
            return found
        key = norm(query)
        cached = self.cache.get(key)
        if cached is not None:
            return _from_cache(cached)
        if self.online is None:
            self.online = online_geocoder()
        try:
            answer = self.online(query, exactly_one=True)
        except (GeopyError, OSError, ValueError) as exc:  # timeout, refusal, no network, bad answer
            self.notes.append(f"online geocoder failed for {query!r} ({type(exc).__name__}); offline result kept")
            return None
        value = _to_cache(answer)
        self.cache.put(key, value)
        return _from_cache(value)
