"""The one schema of analyst corrections: what each (target, action) payload holds, checked with pydantic.

Used wherever a correction enters or leaves the store: the pages that make them, ``Store.add_correction``,
``corrections import`` (every entry checked first, all or nothing), and reading stored ones back (an
entry that no longer fits is skipped and reported, never raised). The appliers (``geo.merge``,
``actors.corrections``) can then trust every payload they are given.
"""
from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr, ValidationError, field_validator

from model.entities import ACTOR_KINDS, PLACE_KINDS
from model.text import without_bidi

Id = Annotated[StrictStr, Field(min_length=1, max_length=300)]
Name = Annotated[StrictStr, Field(min_length=1, max_length=300)]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MergeActors(_Payload):
    ids: list[Id] = Field(min_length=1, max_length=1000)
    into: Id


class SplitActor(_Payload):
    id: Id
    alias: Name


class RenameActor(_Payload):
    id: Id
    name: Name

    @field_validator("name")
    @classmethod
    def _one_line(cls, value: str) -> str:
        value = " ".join(without_bidi(value).split())
        if not value:
            raise ValueError("the new name is empty")
        return value


class ChangeKind(_Payload):
    id: Id
    kind: Literal[ACTOR_KINDS]  # type: ignore[valid-type]


class DeleteActor(_Payload):
    id: Id


class CandidatePayload(_Payload):
    id: Id
    name: Name
    kind: Literal[PLACE_KINDS]  # type: ignore[valid-type]
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    country: StrictStr = ""
    population: int = Field(default=0, ge=0)
    score: float = 0.0


class RelocatePlace(_Payload):
    place: Id
    candidate: CandidatePayload


class NotAPlace(_Payload):
    place: Id


SCHEMA: dict[tuple[str, str], type[_Payload]] = {
    ("actor", "merge"): MergeActors, ("actor", "split"): SplitActor, ("actor", "rename"): RenameActor,
    ("actor", "kind"): ChangeKind, ("actor", "delete"): DeleteActor,
    ("place", "relocate"): RelocatePlace, ("place", "not-a-place"): NotAPlace,
}


class CorrectionError(ValueError):
    """A correction that does not fit the schema; the message says which value is wrong."""


def check(target: Any, action: Any, payload: Any) -> dict[str, Any]:
    """The payload as stored (validated, normalised), or CorrectionError naming what is wrong."""
    model = SCHEMA.get((target, action)) if isinstance(target, str) and isinstance(action, str) else None
    if model is None:
        known = ", ".join(f"{t} {a}" for t, a in SCHEMA)
        raise CorrectionError(f"unknown correction {str(target)[:40]!r} {str(action)[:40]!r} (known: {known})")
    try:
        return model.model_validate(payload).model_dump()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'payload'}: {e['msg']}" for e in exc.errors()[:5])
        raise CorrectionError(f"{target} {action}: {problems}") from None


def check_all(items: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """Every entry of an import checked before any is stored: the (target, action, payload) list, or one
    CorrectionError that names each invalid entry by its position and why."""
    if not isinstance(items, list):
        raise CorrectionError("a corrections file holds a JSON list of {target, action, payload} entries")
    out, problems = [], []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not {"target", "action", "payload"} <= item.keys():
            problems.append(f"entry {i + 1}: not a correction ({json.dumps(item, default=str)[:60]})")
            continue
        try:
            out.append((item["target"], item["action"], check(item["target"], item["action"], item["payload"])))
        except CorrectionError as exc:
            problems.append(f"entry {i + 1}: {exc}")
    if problems:
        raise CorrectionError(f"{len(problems)} of {len(items)} entries are invalid, nothing imported:\n"
                              + "\n".join(problems[:50]))
    return out
