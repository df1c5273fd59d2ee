"""Home: the corpus at a glance — documents with titles, dates and counts; upload; downloads."""
import streamlit as st

from corpus.export import export
from corpus.summary import document_rows, totals
from ui.data import current_view
from ui.upload import upload_box
from views.documents_table import SHOWN, documents_table_html

corpus = current_view()
st.title("Policy Atlas")
st.caption("Places and actors in policy documents — every mark on the map and every link in the network "
           "leads back to the sentence that supports it.")

cols = st.columns(5)
for col, (label, value) in zip(cols, totals(corpus).items()):
    col.metric(label.capitalize(), value)

st.subheader("Documents")
rows = document_rows(corpus)
if not rows:
    st.info("No documents match the year filter.")
elif st.toggle("Sort and filter", key="home_grid", help="An interactive table of the documents"):
    st.dataframe(rows, hide_index=True, width="stretch",
                 column_order=["title", "date", "date source", "source", "excerpts", "places", "actors"],
                 column_config={"title": st.column_config.TextColumn("Title", width="large")})
else:
    st.html(documents_table_html(rows))  # drawn with the page (views.documents_table says why)
    if len(rows) > SHOWN:
        st.caption(f"The first {SHOWN} of {len(rows)} documents: “Sort and filter” or the Documents page shows "
                   "them all.")

st.subheader("Add documents")
upload_box("home_upload")

with st.expander("Download the analysed corpus (current filter)"):
    for fmt, mime, label in (("json", "application/json", "JSON (reference format)"),
                             ("csv", "application/zip", "CSV tables (zip)"),
                             ("geojson", "application/geo+json", "GeoJSON places"),
                             ("gexf", "application/xml", "GEXF network"),
                             ("graphml", "application/xml", "GraphML network")):
        st.download_button(label, data=lambda fmt=fmt: export(corpus, fmt),
                           file_name=f"policy-atlas.{'zip' if fmt == 'csv' else fmt}", mime=mime, key=f"dl_{fmt}",
                           on_click="ignore")  # a rerun racing the file's request can leave it spinning
