"""Documents: the list, full-text search, and a reader with places and actors highlighted and linked."""
import streamlit as st

from corpus.summary import document_rows
from ui.data import current_view
from ui.upload import upload_box
from views.components import assets
from views.reader import highlight_css, reader_html
from views.reader_search import hits_html, search

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
                      placeholder="Words that must all occur in one sentence, e.g. extradition police")
if query:
    hits = search(corpus, query)
    st.caption(f"{len(hits)} sentence{'s' if len(hits) != 1 else ''} match{'es' if len(hits) == 1 else ''}"
               + (" (first 100 shown)" if len(hits) >= 100 else ""))
    if hits:
        with st.container(height=min(420, 90 * len(hits) + 20), border=False):
            st.html(hits_html(hits))

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
