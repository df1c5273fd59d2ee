"""The whole analysis in one screen: load → clean → date → excerpts → places → actors → corpus.

``analyse_document`` is a pure function of one loaded file (so it can run in any process, or on
Dask); ``build_corpus`` merges per-document results (``merge_analyses``) and applies analyst corrections
(``corpus.corrections.apply_corrections``, which needs none of the analysis code).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import actors
import geo
from actors.merge import merged_actors
from corpus.corrections import apply_corrections
from corpus.store import document_id
from documents.clean import clean_text, is_category_label
from documents.dates import find_date
from documents.excerpts import make_excerpts
from documents.language import detect_language
from documents.load import LoadedText, LoadError, iter_paths, load_path_all
from geo.merge import merged_places
from model import Corpus, Correction, Document, DocumentAnalysis
from model.nlp import tokenize


def analyse_document(loaded: LoadedText) -> DocumentAnalysis:
    """Clean, date, split into excerpts, then find places and actors — for one document."""
    cleaned = clean_text(loaded.text)
    language = detect_language(cleaned.text)
    when = find_date(loaded.text, cleaned.text, loaded.metadata, language=language)
    doc_id = document_id(loaded.content or loaded.text.encode("utf-8"))
    title = document_title(loaded.metadata.get("title"), cleaned.title, loaded.source)
    text = cleaned.text
    if title != cleaned.title and not title.startswith("Untitled") and title not in text[:len(title) + 400]:
        text = f"{title}\n\n{text}"  # the headline is text too: officials and places named there count
    tokens = tokenize(text, language)
    document = Document(
        id=doc_id, source=loaded.source, title=title, text=text, date=when.date, year=when.year,
        date_source=when.source, format=loaded.format, excerpts=make_excerpts(doc_id, tokens),
        metadata=tuple(sorted((k, v) for k, v in loaded.metadata.items() if isinstance(v, str))),
        language=language,
    )
    publisher = actors.find_publisher(loaded.text[:3000], loaded.metadata)
    found_actors, relations = actors.find_actors(document, tokens, publisher)
    people = actors.person_spans(found_actors, tokens)  # a surname is never a place
    bodies = actors.body_spans(found_actors)  # "U.S. Border Patrol": whose body, not a place
    places = geo.find_places(document, tokens, demonym_only=True, people=people, bodies=bodies,
                             acronyms=actors.acronym_spans(found_actors),  # "Pemex": the company's
                             groups=actors.group_spans(found_actors))  # "gangs such as Bagdad": a gang's
    found_actors, relations = actors.without_place_named(found_actors, relations, places, text)
    return DocumentAnalysis(document=document, places=places, actors=found_actors, relations=relations)


def build_corpus(analyses: Sequence[DocumentAnalysis], corrections: Sequence[Correction] = ()) -> Corpus:
    """Merge documents' places and actors into one corpus, corrections applied; newest first."""
    return apply_corrections(merge_analyses(analyses), corrections)


def merge_analyses(analyses: Sequence[DocumentAnalysis]) -> Corpus:
    """Documents newest first, places and actors merged across them, before any correction (places in the
    order first seen): what ``corpus.corrections.apply_corrections`` takes, and what a store saves
    (``corpus.snapshot``) so that a new correction is applied without merging again."""
    analyses = sorted(analyses, key=lambda a: (a.document.year or -1, a.document.date or "", a.document.source),
                      reverse=True)
    merged, relations = merged_actors(analyses)
    return Corpus(documents=tuple(a.document for a in analyses), places=merged_places([a.places for a in analyses]),
                  actors=merged, relations=relations)


def analyse_paths(paths: Iterable[str | Path], corrections: Sequence[Correction] = ()) -> tuple[Corpus, list[str]]:
    """Analyse files without a store: the corpus, and one message per file that could not be read."""
    analyses, errors = [], []
    for path in iter_paths(paths):
        for loaded in load_path_all(path):  # a .zip yields each member
            if isinstance(loaded, LoadError):
                errors.append(str(loaded))
                continue
            try:
                analyses.append(analyse_document(loaded))
            except Exception as exc:  # one document must never take the others down; name it and go on
                errors.append(f"{loaded.source}: analysis failed ({type(exc).__name__}: {exc})")
    return build_corpus(_unique(analyses), corrections), errors


def _unique(analyses: Iterable[DocumentAnalysis]) -> list[DocumentAnalysis]:
    seen: dict[str, DocumentAnalysis] = {}
    for a in analyses:
        seen.setdefault(a.document.id, a)
    return list(seen.values())


def document_title(declared: str | None, headline: str | None, source: str) -> str:
    """Metadata's title (front matter, <title>/og:title), else the headline; never a category label
    ("Media Note") or a body sentence. Without either, a short honest label naming the file."""
    for candidate in (declared, headline):
        line = " ".join((candidate or "").split())  # one line, whatever the metadata held
        if line and not is_category_label(line):
            return line
    return f"Untitled ({source})"
