"""The one size limit for uploads and ingests (its own module: the loaders and the readers both ask)."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 2**20
CONFIG_FILE = Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml"


def max_bytes() -> int:
    """The one size limit for uploads and ingests, in bytes. Its setting is Streamlit's
    ``server.maxUploadSize`` (megabytes of 1,048,576 bytes) in ``.streamlit/config.toml``, so the upload
    box, the command line and every error say the same number; ``STREAMLIT_SERVER_MAX_UPLOAD_SIZE``
    (Streamlit's own override) or ``ATLAS_MAX_FILE_MB`` change it for both."""
    for name in ("ATLAS_MAX_FILE_MB", "STREAMLIT_SERVER_MAX_UPLOAD_SIZE"):
        try:
            return int(float(os.environ[name]) * 2**20)
        except (KeyError, ValueError):
            continue
    return int(_configured_upload_mb() * 2**20)


@lru_cache(maxsize=1)
def _configured_upload_mb() -> float:
    import tomllib

    try:
        config = tomllib.loads((CONFIG_FILE).read_text(encoding="utf-8"))
        return float(config["server"]["maxUploadSize"])
    except (OSError, KeyError, ValueError, TypeError, tomllib.TOMLDecodeError):
        return DEFAULT_MAX_BYTES / 2**20
