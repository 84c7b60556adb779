// The dashboard: incidents on a clustered Leaflet map over offline country outlines, and a stacked uPlot
// timeline whose selected span becomes the date filter. Every stored string goes in as text, never HTML.
(function () {
  "use strict";
  var mapEl = document.getElementById("map");
  var query = mapEl ? mapEl.getAttribute("data-query") : "";
  var qs = query ? "&" + query : "";

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  function legend() {
    var box = document.getElementById("legend");
    if (!box) return;
    Object.keys(window.CL_COLORS).forEach(function (type) {
      var item = el("label");
      var dot = el("span");
      dot.style.background = window.CL_COLOR(type);
      item.appendChild(dot);
      item.appendChild(document.createTextNode(type));
      box.appendChild(item);
    });
  }

  function drawMap() {
    if (!mapEl || !window.L || mapEl.hidden) return;
    // markercluster needs a maxZoom when there is no tile layer to give one
    var map = L.map(mapEl, { maxZoom: 12, minZoom: 1, worldCopyJump: true }).setView([20, 20], 2);
    window.CL_MAP = map;
    var tiles = mapEl.getAttribute("data-tiles");
    var overlays = {};
    getJSON("/static/vendor/world-atlas/countries-110m.json").then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      var outlines = L.geoJSON(land, {
        style: { color: "#8a9ba8", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
        interactive: false,
      }).addTo(map);
      outlines.bringToBack();
    });
    if (tiles) {
      overlays["Online map tiles (needs network)"] = L.tileLayer(tiles, { maxZoom: 12, attribution: "map tiles" });
      L.control.layers(null, overlays).addTo(map);
    }
    var cluster = L.markerClusterGroup({ maxClusterRadius: 40, chunkedLoading: true });
    getJSON("/api/map/points?" + query).then(function (data) {
      var bounds = [];
      data.points.forEach(function (p) {
        var id = p[0], lat = p[1], lon = p[2], type = p[3], dead = p[4], date = p[5];
        var marker = L.circleMarker([lat, lon], {
          radius: 5 + 2.5 * Math.sqrt(dead || 0),
          color: "#333",
          weight: 1,
          fillColor: window.CL_COLOR(type),
          fillOpacity: 0.85,
        });
        var tip = el("div");
        tip.appendChild(el("b", type));
        tip.appendChild(el("div", date + " · " + dead + " killed"));
        marker.bindTooltip(tip);
        marker.on("click", function () { window.location.href = "/incidents/" + encodeURIComponent(id); });
        marker.options.incidentId = id;
        cluster.addLayer(marker);
        bounds.push([lat, lon]);
      });
      map.addLayer(cluster);
      if (bounds.length) map.fitBounds(bounds, { maxZoom: 7, padding: [20, 20] });
      mapEl.setAttribute("data-markers", String(data.points.length));
      if (data.total > data.points.length) {
        mapEl.parentNode.insertBefore(el("p", "The map shows the newest " + data.points.length + " of " + data.total + " incidents.", "notice"), mapEl);
      }
    }).catch(function (err) { mapEl.parentNode.insertBefore(el("p", "Map data failed: " + err.message, "error"), mapEl); });
  }

  var plot = null;
  function drawTimeline() {
    var box = document.getElementById("timeline");
    if (!box || !window.uPlot || box.parentNode.hidden) return;
    var period = document.getElementById("period").value;
    var useDead = document.getElementById("show-fatalities").checked;
    getJSON("/api/stats?by=" + period + "&stack=event_type" + qs).then(function (rows) {
      var keys = [], types = [], cell = {};
      rows.forEach(function (r) {
        if (keys.indexOf(r.key) < 0) keys.push(r.key);
        if (types.indexOf(r.stack) < 0) types.push(r.stack);
        cell[r.key + "|" + r.stack] = useDead ? r.fatalities : r.count;
      });
      keys.sort();
      var xs = keys.map(function (k) { return Date.parse(k + "T00:00:00Z") / 1000; });
      // stacked: each series is the running total, drawn tallest first so the lower ones cover it
      var running = keys.map(function () { return 0; });
      var stacked = types.map(function (t) {
        running = running.map(function (v, i) { return v + (cell[keys[i] + "|" + t] || 0); });
        return running.slice();
      });
      var order = types.map(function (_, i) { return i; }).reverse();
      var series = [{}];
      var data = [xs];
      order.forEach(function (i) {
        series.push({
          label: types[i],
          stroke: window.CL_COLOR(types[i]),
          fill: window.CL_COLOR(types[i]),
          paths: uPlot.paths.bars({ size: [0.8, 40] }),
          points: { show: false },
        });
        data.push(stacked[i]);
      });
      if (plot) { plot.destroy(); plot = null; }
      box.textContent = "";
      if (!xs.length) { box.appendChild(el("p", "Nothing to chart for these filters.", "muted")); return; }
      var width = Math.max(300, box.clientWidth || 800);
      plot = new uPlot({
        width: width,
        height: 200,
        series: series,
        legend: { show: true },
        scales: { x: { time: true } },
        cursor: { drag: { x: true, y: false, setScale: false } },
        hooks: {
          setSelect: [function (u) {
            if (u.select.width < 2) return;
            var a = u.posToVal(u.select.left, "x"), b = u.posToVal(u.select.left + u.select.width, "x");
            var params = new URLSearchParams(window.location.search);
            params.set("since", new Date(a * 1000).toISOString().slice(0, 10));
            params.set("until", new Date(b * 1000).toISOString().slice(0, 10));
            params.delete("cursor");
            window.location.search = params.toString();
          }],
        },
      }, data, box);
      box.setAttribute("data-periods", String(xs.length));
    }).catch(function (err) { box.appendChild(el("p", "Timeline data failed: " + err.message, "error")); });
  }

  legend();
  drawMap();
  drawTimeline();
  var period = document.getElementById("period");
  if (period) period.addEventListener("change", drawTimeline);
  var dead = document.getElementById("show-fatalities");
  if (dead) dead.addEventListener("change", drawTimeline);
})();
