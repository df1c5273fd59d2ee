"""OCR of scanned PDF pages with Tesseract, when it is installed (optional: ``apt-get install tesseract-ocr``).

A scanned page is an image; pypdf hands us the images drawn on it and Tesseract (through pytesseract)
reads each one. Nothing leaves the machine.
"""
from __future__ import annotations

import shutil

HOW_TO_ENABLE = "apt-get install tesseract-ocr, or brew install tesseract"
LANGUAGES = "eng"  # Tesseract's language packs; add "+spa" when tesseract-ocr-spa is installed
MAX_PIXELS = 40_000_000  # a page image larger than this (a 600 dpi A3 scan is 35 Mpx) is not read


def available() -> bool:
    """Is Tesseract on the PATH (and pytesseract importable)?"""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return True


def page_text(page) -> str:
    """The text Tesseract reads in the images of one pypdf page ("" when it has none it can read)."""
    import pytesseract

    texts = []
    for image in page.images:
        try:
            picture = image.image
        except Exception:  # an image pypdf cannot decode (a filter it lacks): skip it, read the others
            continue
        if picture is None or picture.width * picture.height > MAX_PIXELS:
            continue
        if picture.mode not in ("L", "RGB", "1"):
            picture = picture.convert("RGB")
        try:
            texts.append(pytesseract.image_to_string(picture, lang=LANGUAGES, timeout=120))
        except (RuntimeError, pytesseract.TesseractError):  # a timeout or a crash on one image
            continue
    return "\n\n".join(t.strip() for t in texts if t.strip())
