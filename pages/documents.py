"""documents page: being built."""
import streamlit as st

st.title("documents")
st.info("This page is being built.")
