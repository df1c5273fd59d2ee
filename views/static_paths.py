"""Where Streamlit serves ./static (enableStaticServing): the one spelling of these paths."""
STATIC_URL = "/app/static"
VENDOR_URL = f"{STATIC_URL}/vendor"
