"""Where Streamlit serves ./static (enableStaticServing), and what the map's frame loads from there: the one
spelling of these paths (no imports, so the first page can name them without loading the map's libraries)."""
STATIC_URL = "/app/static"
VENDOR_URL = f"{STATIC_URL}/vendor"
BASEMAP_URL = f"{STATIC_URL}/basemap.geojson"  # the country outlines, written there by ui/assets.py
CITIES_URL = f"{STATIC_URL}/cities.geojson"  # the basemap's major cities, written beside them
LINES_URL = f"{STATIC_URL}/basemap-lines.geojson"  # its borders, lakes and rivers (views.map_basemap), beside them

# folium's asset names (``default_js``/``default_css``) and the vendored copies ``views.map_assets.localize``
# points them at, under VENDOR_URL
LOCAL_JS = {
    "leaflet": "leaflet/leaflet.js",
    "jquery": "jquery/jquery.min.js",  # folium's Popup and keep_in_front need $ (``localize`` drops it otherwise)
    "markerclusterjs": "markercluster/leaflet.markercluster.js",
    "atlas_map_js": "atlas/atlas-map.js",  # views/map_static, the map's own behaviour
}
LOCAL_CSS = {
    "leaflet_css": "leaflet/leaflet.css",
    "markerclustercss": "markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "markercluster/MarkerCluster.Default.css",
    "atlas_map_css": "atlas/atlas-map.css",
}
# What the app's map frame loads (``asset_links`` of ``views.map_build.build_map``, in order; a test keeps
# them equal), and the data it fetches: the browser fetches them ahead of a first visit (ui.preload).
APP_MAP_JS = tuple(f"{VENDOR_URL}/{LOCAL_JS[name]}" for name in ("leaflet", "atlas_map_js", "markerclusterjs"))
APP_MAP_CSS = tuple(f"{VENDOR_URL}/{LOCAL_CSS[name]}" for name in
                    ("leaflet_css", "atlas_map_css", "markerclustercss", "markerclusterdefaultcss"))
APP_MAP_DATA = (BASEMAP_URL, LINES_URL, CITIES_URL)
