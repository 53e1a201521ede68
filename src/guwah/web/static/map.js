/* The map page's progressive layer: draws /api/map with Leaflet over the shipped country
   outlines (no tile server). Without JavaScript the tables below the map say the same. */
(function () {
  "use strict";
  var box = document.getElementById("map");
  if (!box || !window.L || !window.fetch) { return; }
  box.hidden = false;
  var XINJIANG = [[34.3, 73.5], [49.2, 96.4]];
  var map = L.map(box, { keyboard: true, zoomSnap: 0.5, attributionControl: true, maxBounds: [[-85, -180], [85, 180]] });
  map.fitBounds(XINJIANG);
  map.attributionControl.setPrefix(false);

  function text(tag, value, className) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (className) { el.className = className; }
    return el;
  }

  function facilityPopup(props) {
    var div = document.createElement("div");
    var link = text("a", props.name);
    // The facility's page below the list's address, keeping its query (the reader's language).
    var href = new URL(box.dataset.facilities, document.baseURI);
    href.pathname += "/" + props.id;
    link.href = href.href;
    link.setAttribute("dir", "auto");
    div.appendChild(link);
    div.appendChild(text("div", [props.type_label || props.type, props.local_place || props.place].filter(Boolean).join(" · "), "meta"));
    return div;
  }

  function hometownPopup(props) {
    var div = document.createElement("div");
    div.appendChild(text("strong", props.local_name || props.name));
    div.appendChild(text("div", props.count_label || String(props.count), "meta"));
    return div;
  }

  fetch(box.dataset.outlines).then(function (r) { return r.json(); }).then(function (topo) {
    if (!window.topojson) { return; }
    L.geoJSON(topojson.feature(topo, topo.objects.countries), {
      interactive: false,
      style: { color: "#8c8579", weight: 1, fillColor: "#efe9dc", fillOpacity: 1 }
    }).addTo(map).bringToBack();
  }).catch(function () { /* the points still show without outlines */ });

  fetch(box.dataset.geojson).then(function (r) { return r.json(); }).then(function (data) {
    var small = data.small_count;
    var hometowns = L.layerGroup().addTo(map);
    var facilities = L.layerGroup().addTo(map);
    data.features.forEach(function (feature) {
      var props = feature.properties;
      var latlng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
      if (props.kind === "facility") {
        L.marker(latlng, { title: props.name, alt: props.name, keyboard: true, riseOnHover: true })
          .bindPopup(facilityPopup(props)).addTo(facilities)
          .getElement().classList.add("facility-marker");
      } else if (props.kind === "hometown") {
        var exact = typeof props.count === "number";
        // Area proportional to the count; a suppressed count is drawn at the threshold, dashed.
        var radius = 4 * Math.sqrt(exact ? props.count : small);
        var circle = L.circleMarker(latlng, {
          radius: radius, color: "#7a2e1c", weight: 1.5, fillColor: "#7a2e1c", fillOpacity: exact ? 0.35 : 0.1,
          dashArray: exact ? null : "3 3", className: "hometown-circle"
        }).bindPopup(hometownPopup(props)).bindTooltip((props.local_name || props.name) + ": " + (props.count_label || props.count)).addTo(hometowns);
        // SVG circles are not focusable by default: reachable by Tab, opened by Enter or Space.
        var path = circle.getElement();
        path.setAttribute("tabindex", "0");
        path.setAttribute("role", "button");
        path.setAttribute("aria-label", (props.local_name || props.name) + ": " + (props.count_label || props.count));
        path.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") { event.preventDefault(); circle.openPopup(); }
        });
      }
    });
    var layers = {};
    layers[box.dataset.labelFacilities] = facilities;
    layers[box.dataset.labelHometowns] = hometowns;
    L.control.layers(null, layers, { collapsed: false }).addTo(map);
    box.dataset.ready = "true";
  });
})();
