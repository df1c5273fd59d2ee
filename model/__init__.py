"""The bottom of the house: the data every package shares, and nothing that analyses or stores it.

Frozen dataclasses for documents, excerpts, places, actors and relations (``model.entities``), the
per-corpus memo (``model.memo``) and the shared spaCy pipeline (``model.nlp``). ``documents``, ``geo`` and
``actors`` depend on this package only; ``corpus`` (pipeline, store, command line) sits above them.
"""
from model.entities import *  # noqa: F401,F403  (the model is one namespace: ``from model import Place``)
from model.entities import __all__  # noqa: F401
