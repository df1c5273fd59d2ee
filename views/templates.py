"""Jinja2 templates with autoescaping: the one way document text reaches HTML."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

TEMPLATES = Path(__file__).with_name("templates")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)


def render(name: str, **context: object) -> str:
    """Render ``templates/name`` with autoescape on (document text is untrusted)."""
    return environment().get_template(name).render(**context)
