"""tour page: being built."""
import streamlit as st

st.title("tour")
st.info("This page is being built.")
