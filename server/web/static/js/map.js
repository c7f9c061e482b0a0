// Map: a choropleth of events by country and circles by place, drawn on
// the embedded Natural Earth outlines (no tile server).
"use strict";

(() => {
  const { el, api } = P;
  const form = document.getElementById("filters");
  const map = L.map("map", { minZoom: 1, maxZoom: 8, zoomSnap: 0.25, attributionControl: true })
    .fitBounds([[-50, -150], [75, 165]]);
  map.attributionControl.setPrefix(false).addAttribution("Natural Earth · world-atlas");
  let countriesLayer, placesLayer, features = [];
  const names = {};

  const BINS = [1, 3, 6, 10, 20, 50];
  const COLORS = ["#fde0c5", "#f9c09a", "#f59e72", "#ef7a55", "#e0523f", "#c2303a", "#8f1020"];
  const color = (n) => { let i = 0; while (i < BINS.length && n > BINS[i]) i++; return COLORS[Math.min(i, COLORS.length - 1)]; };

  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const d = L.DomUtil.create("div", "map-legend");
    d.append(el("strong", {}, "Events"), el("br"));
    BINS.forEach((b, i) => d.append(el("i", { style: "background:" + COLORS[i] }), (i ? BINS[i - 1] + 1 + "–" : "") + b, el("br")));
    d.append(el("i", { style: "background:" + COLORS[BINS.length] }), "> " + BINS[BINS.length - 1]);
    return d;
  };
  legend.addTo(map);

  async function base() {
    const res = await fetch("/static/vendor/world-atlas/countries-110m.json");
    const topo = await res.json();
    features = TopoJSON.features(topo, "countries");
    features = features.filter((f) => f.id !== "ATA");
    for (const f of features) if (f.id) names[f.id] = f.properties.name;
  }

  async function load() {
    const p = P.formParams(form);
    P.pushParams(p);
    P.setStatus("Loading…");
    try {
      const data = await api("/api/v1/map", p);
      const counts = Object.fromEntries(data.countries.map((c) => [c.country, c]));
      if (countriesLayer) countriesLayer.remove();
      countriesLayer = L.geoJSON({ type: "FeatureCollection", features }, {
        style: (f) => {
          const c = counts[f.id];
          return { color: "#fff", weight: 0.7, fillOpacity: 1, fillColor: c ? color(c.count) : "#eef1f4" };
        },
        onEachFeature: (f, layer) => {
          const c = counts[f.id];
          layer.bindTooltip(`${f.properties.name}: ${c ? c.count : 0} event${c && c.count === 1 ? "" : "s"}`, { sticky: true });
          if (c) layer.on("click", () => { location.href = "/?" + new URLSearchParams({ country: f.id }); });
        },
      }).addTo(map);
      if (placesLayer) placesLayer.remove();
      // Places that are whole countries are shown by the choropleth.
      const vocab = await P.vocabulary();
      data.places = data.places.filter((pl) => !pl.country || (pl.name !== vocab.countries[pl.country] && pl.name !== names[pl.country]));
      const maxP = Math.max(1, ...data.places.map((x) => x.count));
      placesLayer = L.layerGroup(data.places.map((pl) => L.circleMarker([pl.lat, pl.lon], {
        radius: 4 + 14 * Math.sqrt(pl.count / maxP), color: "#1d2733", weight: 1,
        fillColor: P.goldsteinColor(pl.goldstein_sum / pl.count), fillOpacity: 0.85,
      }).bindTooltip(`${pl.name}${pl.country ? " (" + pl.country + ")" : ""}: ${pl.count} event${pl.count === 1 ? "" : "s"}`))).addTo(map);
      const nEv = data.countries.reduce((a, c) => a + c.count, 0);
      P.setStatus(`${nEv} located event${nEv === 1 ? "" : "s"} in ${data.countries.length} countries, ${data.places.length} places`);
      const maxC = Math.max(1, ...data.countries.map((c) => c.count));
      document.getElementById("countries").replaceChildren(...data.countries.slice(0, 15).map((c) =>
        el("li", {}, el("a", { href: "/?" + new URLSearchParams({ country: c.country }) }, names[c.country] || c.country),
          ` ${c.count}`, el("span", { class: "bar", style: `width:${Math.round(80 * c.count / maxC)}px` }))));
      document.getElementById("places").replaceChildren(...data.places.slice(0, 15).map((pl) =>
        el("li", {}, `${pl.name} ${pl.count}`)));
    } catch (e) {
      P.setStatus("Could not load the map: " + e.message, true);
    }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  P.fillForm(form);
  base().then(load).then(P.ready).catch((e) => P.setStatus("Could not load the world map: " + e.message, true));
})();
