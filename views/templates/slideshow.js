// The offline slideshow: reads the stops from the page's JSON, shows one at a time, flies the map.
// Document text is only ever set with textContent. Keys: →/←, PageDown/PageUp (clickers), space,
// Home/End; Shift + arrows pan the map and + / - zoom it (Leaflet's own keyboard handling is off, so a
// plain key is never lost to the map, whatever was clicked last).
(function () {
    "use strict";
    var data = JSON.parse(document.getElementById("tour-data").textContent);
    var stops = data.stops;
    var card = document.getElementById("card");
    var map = L.map("map", { attributionControl: false, keyboard: false, zoomSnap: 0.25, worldCopyJump: true });
    L.geoJSON(data.basemap, { interactive: false,
        style: { color: "#8a96a3", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    // borders, lakes and rivers around the stops, styled by the page (views.map_basemap), under the stop
    L.geoJSON(data.lines, { interactive: false, style: function (f) { return f.properties.style; } }).addTo(map);
    var cities = L.geoJSON(data.cities, { interactive: false, pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, { radius: 2.5, color: "#6b6b6b", weight: 1, fillColor: "#fff", fillOpacity: 1,
                                        interactive: false });
    } }).addTo(map);
    var shape = L.geoJSON(null, {
        interactive: false,
        style: function () { return { color: "#FFD400", weight: 5, fillColor: "#0072B2", fillOpacity: 0.35 }; },
        pointToLayer: function (f, latlng) {
            return L.circleMarker(latlng, { radius: 14, color: "#FFD400", weight: 5, fillColor: "#D55E00", fillOpacity: 0.9 });
        }
    }).addTo(map);
    if (window.AtlasMap) {  // city names laid out as in the app: largest first, never overlapping
        AtlasMap.init(map, { names: true });
        AtlasMap.register(cities, { names: true });
    }
    var index = -1;

    function el(tag, cls, text) {
        var node = document.createElement(tag);
        if (cls) { node.className = cls; }
        if (text !== undefined) { node.textContent = text; }
        return node;
    }

    function segments(target, parts) {
        parts.forEach(function (p) {
            target.appendChild(p[1] ? el("mark", "atlas-mark", p[0]) : document.createTextNode(p[0]));
        });
        return target;
    }

    function button(label, delta) {
        var b = el("button", "", label);
        b.type = "button";
        b.addEventListener("click", function () { show(index + delta); b.blur(); });
        return b;
    }

    function show(i) {
        if (!stops.length) { card.textContent = "This tour has no stops."; return; }
        i = Math.max(0, Math.min(stops.length - 1, i));
        var first = index < 0;
        if (i === index) { return; }
        index = i;
        var s = stops[i];
        card.textContent = "";
        card.appendChild(el("div", "tour-count", "Stop " + (i + 1) + " of " + stops.length));
        card.appendChild(el("div", "tour-place", s.place));
        if (s.note) { card.appendChild(el("div", "tour-note", s.note)); }
        var quote = el("div", "tour-quote");
        if (s.cut_before) { quote.appendChild(document.createTextNode("…\u00a0")); }
        segments(quote, s.quote);
        if (s.cut_after) { quote.appendChild(document.createTextNode("\u00a0…")); }
        card.appendChild(quote);
        if (s.full.length) {
            var details = el("details", "tour-full");
            details.appendChild(el("summary", "", "Full sentence"));
            details.appendChild(segments(el("div", "tour-full-text"), s.full));
            card.appendChild(details);
        }
        card.appendChild(el("div", "tour-cite", s.title + " — " + s.when + " — " + s.source));
        var nav = el("div", "tour-nav");
        nav.appendChild(button("← Previous", -1));
        nav.appendChild(button("Next →", 1));
        card.appendChild(nav);
        shape.clearLayers();
        shape.addData(s.shape);
        var bounds = L.latLngBounds(s.bounds);
        if (first) { map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 }); }
        else { map.flyToBounds(bounds, { padding: [40, 40], maxZoom: 7, duration: 1.2 }); }
        if (history.replaceState) { history.replaceState(null, "", "#" + (i + 1)); }
    }

    var moves = { ArrowRight: 1, PageDown: 1, " ": 1, ArrowDown: 1, ArrowLeft: -1, PageUp: -1, ArrowUp: -1 };
    // The map's own keys, as in the app's tour: Shift + arrows pan it (a third of its size), + and - zoom.
    var pans = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
    var zooms = { "+": 1, "=": 1, "-": -1, "_": -1 };

    function mapKey(e) {
        var size = map.getSize();
        if (e.shiftKey && pans[e.key]) {
            map.panBy([pans[e.key][0] * size.x / 3, pans[e.key][1] * size.y / 3]);
            return true;
        }
        if (zooms[e.key]) {
            map.setZoom(map.getZoom() + zooms[e.key]);
            return true;
        }
        return false;
    }

    document.addEventListener("keydown", function (e) {
        if (e.altKey || e.ctrlKey || e.metaKey) { return; }
        if (mapKey(e)) { e.preventDefault(); return; }
        if (e.shiftKey) { return; }
        if (e.key === "Home") { e.preventDefault(); show(0); return; }
        if (e.key === "End") { e.preventDefault(); show(stops.length - 1); return; }
        var d = moves[e.key];
        if (d) { e.preventDefault(); show(index + d); }
    }, true);
    window.addEventListener("resize", function () { map.invalidateSize(); });
    var start = parseInt((location.hash || "#1").slice(1), 10);
    show(isNaN(start) ? 0 : start - 1);
}());
