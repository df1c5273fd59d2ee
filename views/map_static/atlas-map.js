/* Policy Atlas map behaviour: a click picks every place under the pointer (a chooser when marks
 * overlap), names are laid out without collisions (most-mentioned first), far places are listed.
 * Loaded as a file (views.map_elements.MapBehaviour.default_js), and inlined in the slideshow for
 * its city names; document text only ever reaches the page through textContent, never as markup. */
(function () {
    "use strict";
    if (window.AtlasMap) { return; }
    var places = [];   // L.GeoJSON layers whose features can be picked
    var named = [];    // {layer, feature} candidates for permanent names
    var bases = [];    // the offline basemap (transparent while online tiles are on)

    function leaves(group, out) {
        group.eachLayer(function (l) { if (l.eachLayer && !l.feature) { leaves(l, out); } else { out.push(l); } });
        return out;
    }

    function inRing(ll, ring) {
        var inside = false, x = ll.lng, y = ll.lat;
        for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            var xi = ring[i].lng, yi = ring[i].lat, xj = ring[j].lng, yj = ring[j].lat;
            if (((yi > y) !== (yj > y)) && (x < (xj - xi) * (y - yi) / (yj - yi) + xi)) { inside = !inside; }
        }
        return inside;
    }

    function inPolygon(ll, rings) {  // rings: [outer, hole, ...] or [[outer, hole], [outer], ...]
        if (!rings.length) { return false; }
        if (rings[0] instanceof L.LatLng) { return inRing(ll, rings); }
        if (rings[0].length && rings[0][0] instanceof L.LatLng) {
            var n = 0;
            rings.forEach(function (r) { if (inRing(ll, r)) { n += 1; } });
            return n % 2 === 1;
        }
        return rings.some(function (p) { return inPolygon(ll, p); });
    }

    /* How big a mark is on screen (smaller marks are listed first: they are the precise ones). */
    function size(map, layer) {
        if (layer instanceof L.CircleMarker && !(layer instanceof L.Circle)) { return layer.getRadius(); }
        var b = layer.getBounds(), p = map.latLngToLayerPoint(b.getSouthWest()), q = map.latLngToLayerPoint(b.getNorthEast());
        return Math.abs(p.x - q.x) * Math.abs(p.y - q.y) + 1000;
    }

    function hit(map, layer, ll, pt) {
        if (layer instanceof L.Circle) { return map.distance(ll, layer.getLatLng()) <= layer.getRadius(); }
        if (layer instanceof L.CircleMarker) {
            return map.latLngToLayerPoint(layer.getLatLng()).distanceTo(pt) <= layer.getRadius() + 4;
        }
        if (layer instanceof L.Polygon) { return layer.getBounds().contains(ll) && inPolygon(ll, layer.getLatLngs()); }
        if (layer instanceof L.Polyline) {
            var c = layer.closestLayerPoint(pt);
            return !!c && c.distance <= (layer.options.weight || 3) / 2 + 7;
        }
        return false;
    }

    /* Every pickable place under a point, once each, smallest first. */
    function placesAt(map, ll) {
        var pt = map.latLngToLayerPoint(ll), seen = {}, found = [];
        places.forEach(function (group) {
            leaves(group, []).forEach(function (layer) {
                var f = layer.feature;
                if (!f || !f.properties || !f.properties.id || seen[f.properties.id] || !map.hasLayer(layer)) { return; }
                if (hit(map, layer, ll, pt)) {
                    seen[f.properties.id] = true;
                    found.push({layer: layer, size: size(map, layer)});
                }
            });
        });
        found.sort(function (a, b) { return a.size - b.size; });
        return found.map(function (f) { return f.layer; });
    }

    /* Select a place: its click goes to whoever listens (st_folium sends it to Python), and a
     * popup, where there is one (the downloaded map), opens. */
    function select(map, layer, ll) {
        map.closePopup();
        layer.fire("click", {latlng: ll, layer: layer}, true);
        if (layer.getPopup && layer.getPopup()) { layer.openPopup(ll); }
    }

    function chooser(map, hits, ll) {
        var box = L.DomUtil.create("div", "atlas-chooser");
        var head = L.DomUtil.create("div", "atlas-chooser-head", box);
        head.textContent = hits.length + " places here — choose one:";
        hits.forEach(function (layer) {
            var p = layer.feature.properties;
            var b = L.DomUtil.create("button", "atlas-choice", box);
            b.type = "button";
            b.setAttribute("data-id", p.id);
            var name = L.DomUtil.create("span", "atlas-choice-name", b);
            name.textContent = p.name;
            var kind = L.DomUtil.create("span", "atlas-choice-kind", b);
            kind.textContent = (p.kind || "") + " · " + p.mentions;
            L.DomEvent.on(b, "click", function (e) { L.DomEvent.stop(e); select(map, layer, ll); });
        });
        L.DomEvent.disableClickPropagation(box);
        L.popup({className: "atlas-chooser-popup", maxWidth: 360, autoPanPadding: [20, 20]})
            .setLatLng(ll).setContent(box).openOn(map);
    }

    /* Clicks on the map are taken before Leaflet's own hit test (which only sees the top shape):
     * controls, popups and cluster icons keep their own clicks, and drags are not clicks. */
    function pickOnClick(map) {
        var c = map.getContainer(), down = null;
        c.addEventListener("mousedown", function (e) { down = [e.clientX, e.clientY]; }, true);
        c.addEventListener("click", function (e) {
            var t = e.target;
            if (!t.closest || !t.closest(".leaflet-map-pane") || t.closest(".leaflet-popup")
                || t.closest(".leaflet-marker-icon")) { return; }
            if (down && Math.abs(down[0] - e.clientX) + Math.abs(down[1] - e.clientY) > 6) { return; }
            var ll = map.mouseEventToLatLng(e), hits = placesAt(map, ll);
            if (!hits.length) { return; }
            e.stopPropagation();
            e.preventDefault();
            if (hits.length === 1) { select(map, hits[0], ll); } else { chooser(map, hits, ll); }
        }, true);
    }

    /* Permanent names: most-mentioned first; a name that would overlap one already placed waits
     * for a closer zoom. */
    function layoutNames(map, pane) {
        var size = map.getSize(), origin = map.getContainer().getBoundingClientRect();
        // names stay clear of the controls and of a focused place's own label (no second "Honduras" under it)
        var placed = [].map.call(map.getContainer().querySelectorAll(".leaflet-control, .leaflet-tooltip.atlas-label"), function (c) {
            var r = c.getBoundingClientRect();
            return {l: r.left - origin.left - 4, t: r.top - origin.top - 4, r: r.right - origin.left + 4, b: r.bottom - origin.top + 4};
        });
        named.sort(function (a, b) { return b.priority - a.priority; });
        var view = map.getBounds().pad(0.2), shown = [];
        named.forEach(function (n) {
            if (!n.el || n.el.parentNode !== pane) { return; }  // another map's name (st_folium re-runs the script)
            var show = map.hasLayer(n.layer) && view.contains(n.anchor);
            n.el.style.display = show ? "" : "none";
            if (show) { shown.push(n); }
        });
        // measured together (one reflow), and every time: sizes depend on the style sheet, which may load late
        shown.forEach(function (n) { n.w = n.el.offsetWidth; n.h = n.el.offsetHeight; });
        shown.forEach(function (n) {
            var p = map.latLngToContainerPoint(n.anchor), w = n.w, h = n.h;
            var y = n.point ? p.y - n.offset - h : p.y - h / 2;
            var box = {l: p.x - w / 2, t: y, r: p.x + w / 2, b: y + h};
            var clash = box.l < 0 || box.t < 0 || box.r > size.x || box.b > size.y || placed.some(function (q) {
                return box.l < q.r && box.r > q.l && box.t < q.b && box.b > q.t;
            });
            if (clash) { n.el.style.display = "none"; return; }
            placed.push(box);
            L.DomUtil.setPosition(n.el, map.containerPointToLayerPoint(L.point(box.l, box.t)).round());
        });
    }

    function names(map) {
        var pane = map.getPane("atlas-names") || map.createPane("atlas-names");
        pane.style.zIndex = 470;
        pane.style.pointerEvents = "none";
        function build() {
            named.forEach(function (n) {
                if (n.el || !map.hasLayer(n.layer)) { return; }  // made once shown (a clustered point waits)
                n.el = L.DomUtil.create("div", "atlas-name atlas-name-" + (n.kind === "cities" ? "city" : n.point ? "point" : "area"), pane);
                n.el.style.position = "absolute";  // as the style sheet says, before it has loaded
                n.el.style.whiteSpace = "nowrap";
                n.el.textContent = n.text;
            });
            layoutNames(map, pane);
        }
        map.on("zoomstart", function () { pane.style.visibility = "hidden"; });
        map.on("zoomend", function () { pane.style.visibility = ""; });
        var queued = false;  // one layout per frame, however many layers were added (a basemap adds ~1,000)
        map.on("zoomend moveend layeradd layerremove resize", function () {
            if (!queued) { queued = true; window.requestAnimationFrame(function () { queued = false; build(); }); }
        });
        map.whenReady(function () { window.setTimeout(build, 0); window.setTimeout(build, 1000); });  // again once styled
    }

    function placeById(map, id) {
        var found = null;
        places.forEach(function (group) {
            leaves(group, []).forEach(function (l) { if (!found && l.feature && l.feature.properties.id === id) { found = l; } });
        });
        return found;
    }

    /* Places mentioned outside the first view (an outlier such as Washington): named in a folded
     * list; choosing one shows it and selects it. */
    function elsewhere(map, outside) {
        if (!outside || !outside.length) { return; }
        var control = L.control({position: "bottomright"});
        control.onAdd = function () {
            var box = L.DomUtil.create("details", "atlas-elsewhere");
            var summary = L.DomUtil.create("summary", "", box);
            summary.textContent = "Also mentioned, outside this view (" + outside.length + ")";
            outside.forEach(function (o) {
                var b = L.DomUtil.create("button", "atlas-choice", box);
                b.type = "button";
                b.setAttribute("data-id", o[0]);
                L.DomUtil.create("span", "atlas-choice-name", b).textContent = o[1];
                L.DomUtil.create("span", "atlas-choice-kind", b).textContent = String(o[2]);
                L.DomEvent.on(b, "click", function (e) {
                    L.DomEvent.stop(e);
                    var layer = placeById(map, o[0]);
                    if (!layer) { return; }
                    var b2 = layer.getBounds ? layer.getBounds() : L.latLngBounds([layer.getLatLng(), layer.getLatLng()]);
                    fitTo(map, b2.pad(0.1), 7, false);
                    select(map, layer, layer.getLatLng ? layer.getLatLng() : b2.getCenter());
                    box.open = false;
                });
            });
            L.DomEvent.disableClickPropagation(box);
            L.DomEvent.disableScrollPropagation(box);
            return box;
        };
        control.addTo(map);
    }

    /* Online tiles that fail (no network) say so, and the offline basemap is filled in again. */
    function watchTiles(map) {
        var failed = false;
        function fail() {
            if (failed) { return; }
            failed = true;
            bases.forEach(function (b) {
                b.setStyle({fillOpacity: 1});
                b.on("layeradd", function (e) { if (e.layer.setStyle) { e.layer.setStyle({fillOpacity: 1}); } });
            });
            var note = L.control({position: "topleft"});
            note.onAdd = function () {
                var div = L.DomUtil.create("div", "atlas-tiles-failed");
                div.setAttribute("role", "status");
                div.textContent = "Online map tiles did not load (no network?): showing the offline basemap.";
                return div;
            };
            note.addTo(map);
        }
        function watch(layer) { if (layer instanceof L.TileLayer) { layer.on("tileerror", fail); } }
        map.eachLayer(watch);
        map.on("layeradd", function (e) { watch(e.layer); });
    }

    /* Close in (a city, a department), a country's or region's tint would hide the basemap's borders,
     * rivers and lakes under it: the fills fade (their outlines stay), so the place reads on a map. */
    var CLOSE_ZOOM = 6.5;
    function fadeAreasClose(map) {
        var c = map.getContainer();
        function update() { c.classList.toggle("atlas-close", map.getZoom() >= CLOSE_ZOOM); }
        map.on("zoomend", update);
        map.whenReady(update);
    }

    function fitTo(map, bounds, maxZoom, animate) {
        var b = L.latLngBounds(bounds);
        if (animate) { map.flyToBounds(b, {padding: [40, 40], maxZoom: maxZoom, duration: 0.8}); }
        else { map.fitBounds(b, {padding: [40, 40], maxZoom: maxZoom, animate: false}); }
    }

    window.AtlasMap = {
        placesAt: placesAt,
        select: select,
        fitTo: fitTo,
        /* A places layer: pickable by click; its features with a name get a permanent name. */
        register: function (layer, opts) {
            opts = opts || {};
            if (opts.pick) { places.push(layer); }
            if (opts.base) { bases.push(layer); }
            if (opts.names) {
                leaves(layer, []).forEach(function (l) {
                    var p = l.feature && l.feature.properties;
                    if (!p || !p.name || l._atlasNamed || !(p.anchor || l.getLatLng)) { return; }
                    var at = p.anchor ? L.latLng(p.anchor[0], p.anchor[1]) : l.getLatLng();
                    l._atlasNamed = true;
                    // mentioned places first (by mentions), then basemap cities (by population)
                    var priority = p.layer === "cities" ? (p.population || 0) / 1e9 - 1 : (p.mentions || 0);
                    named.push({layer: l, text: p.name, priority: priority, anchor: at,
                                point: p.layer !== "countries" && p.layer !== "regions", kind: p.layer,
                                offset: (p.style && p.style.radius) || (p.layer === "cities" ? 3 : 0)});
                });
            }
        },
        init: function (map, opts) {
            opts = opts || {};
            places.length = 0;  // a new map (st_folium runs the script again on changes): its layers follow
            named.length = 0;
            bases.length = 0;
            pickOnClick(map);
            if (opts.names) { names(map); }
            elsewhere(map, opts.outside);
            watchTiles(map);
            fadeAreasClose(map);
            window.atlasMap = map;
        },
        names: function () { return named; }
    };
})();
