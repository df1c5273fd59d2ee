"""Documents: the list, full-text search, and a reader with places and actors highlighted and linked."""
import streamlit as st

from corpus.filters import YearFilter
from corpus.search_index import Facets
from corpus.summary import document_rows
from ui import search as search_index
from ui.data import current_view
from ui.text import plain
from ui.upload import upload_box
from views.components import assets
from views.reader import highlight_css, reader_html
from views.reader_search import FACETS, hits_html, search

st.title("Documents")
with st.expander("Add documents (.txt, .md, .html, .pdf) — they appear on every page at once"):
    upload_box("documents_upload")
corpus = current_view()  # read after the upload box, so new documents are listed in this same run

rows = document_rows(corpus)
ids = [r["id"] for r in rows]
table_pick = (st.session_state.get("doc_table") or {}).get("selection", {}).get("rows", [])
if table_pick and table_pick != st.session_state.get("doc_last_pick"):
    st.session_state.doc_last_pick = table_pick
    if table_pick[0] < len(ids):
        st.query_params["doc"] = ids[table_pick[0]]
        st.query_params.pop("excerpt", None)
doc = corpus.document(st.query_params.get("doc", ""))
excerpt = st.query_params.get("excerpt")

query = st.text_input("Search the text of every document", key="doc_query",
                      placeholder='e.g. extradition police · "irregular migration" · traffick* · police NOT army')
if query:
    flt = st.session_state.get("year_filter", YearFilter())
    chosen = {f: st.session_state.get(f"doc_facet_{f}") for f in FACETS}
    facets = Facets(years=(flt.start, flt.end), undated=flt.undated, place=chosen["place"], actor=chosen["actor"],
                    document=chosen["document"])
    if chosen["year"]:
        facets = Facets(years=(int(chosen["year"]), int(chosen["year"])), undated=False, place=facets.place,
                        actor=facets.actor, document=facets.document) if chosen["year"] != "undated" else \
            Facets(years=(0, -1), undated=True, place=facets.place, actor=facets.actor, document=facets.document)
    found = search(search_index.current_index(), corpus, query, facets)
    if found.error:
        st.warning(plain(found.error))
    else:
        st.caption(f"{found.total} sentence{'s' if found.total != 1 else ''} match{'es' if found.total == 1 else ''}"
                   + (" — none has every word, so these have some of them" if found.relaxed else "")
                   + (f" (best {len(found.items)} shown)" if found.total > len(found.items) else ""))
        cols = st.columns(len(FACETS))
        for col, (facet, label) in zip(cols, FACETS.items()):
            values = dict(found.options.get(facet, []))
            if chosen[facet] and chosen[facet] not in values:
                values[chosen[facet]] = chosen[facet]
            col.selectbox(label, list(values), format_func=values.get, index=None, key=f"doc_facet_{facet}",
                          placeholder=f"Any {label.lower()}")
        if found.items:
            with st.container(height=min(460, 95 * len(found.items) + 20), border=False):
                st.html(hits_html(found.items))

with st.expander(f"All documents ({len(rows)})", expanded=doc is None):
    if rows:
        st.dataframe(rows, hide_index=True, width="stretch", key="doc_table", on_select="rerun",
                     selection_mode="single-row",
                     column_order=["title", "date", "language", "source", "places", "actors", "excerpts"],
                     column_config={"title": st.column_config.TextColumn("Title", width="large")})
        st.caption("Select a row to read the document.")
    else:
        st.info("No documents match the year filter. Widen the years in the sidebar or add documents.")

if doc is not None:
    if excerpt and excerpt not in {e.id for e in doc.excerpts}:
        st.warning("That excerpt is not in this document any more (it may have been re-analysed).")
    reader = st.components.v2.component("policy_atlas.reader", **assets("reader"))
    reader(key="doc_reader", data={"html": reader_html(corpus, doc, excerpt), "css": highlight_css(),
                                   "height": 640})
elif st.query_params.get("doc"):
    st.warning("That document is not in the current view (check the year filter in the sidebar).")
