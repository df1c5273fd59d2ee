"""The downloaded map is one file that works from disk with no internet."""
import re

import pytest

from ui.assets import VENDOR, ensure_vendor
from views.map_build import build_map
from views.offline_html import NotInlinable, inline_assets, standalone_html


@pytest.fixture(scope="module")
def page(corpus):
    ensure_vendor()
    return standalone_html(build_map(corpus), VENDOR)


def test_no_link_to_load(page):
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+stylesheet", page)
    assert "/app/static" not in page
    # libraries mention XML namespaces ("http://www.w3.org/2000/svg") and Leaflet's attribution prefix links
    # to leafletjs.com (the control is off); nothing may be loaded from a host
    page = page.replace('href="https://leafletjs.com"', "")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//""", page, re.I)


def test_libraries_and_images_are_inline(page):
    assert "L.markerClusterGroup" in page and ".leaflet-container" in page
    assert "jQuery" not in page  # its popups are Leaflet's own: no 87 KB of jQuery in the file
    assert "data:image/png;base64," in page  # the layer-control icon


def test_a_link_outside_the_vendor_folder_is_refused(tmp_path):
    with pytest.raises(NotInlinable):
        inline_assets('<script src="/app/static/vendor/../../secret.js"></script>', tmp_path)
    with pytest.raises(NotInlinable):
        inline_assets('<script src="https://cdn.example/x.js"></script>', tmp_path)
