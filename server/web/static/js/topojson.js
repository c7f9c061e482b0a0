// A small TopoJSON decoder: turns the countries of a TopoJSON topology into
// GeoJSON features for Leaflet (quantized arcs, Polygon and MultiPolygon).
"use strict";

const TopoJSON = (() => {
  function decodeArcs(topo) {
    const t = topo.transform;
    return topo.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map((p) => {
        if (!t) return [p[0], p[1]];
        x += p[0]; y += p[1];
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      });
    });
  }

  function ring(arcs, ids) {
    const pts = [];
    for (const i of ids) {
      let a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      if (pts.length) a = a.slice(1);
      pts.push(...a);
    }
    // Rings that cross the antimeridian jump from +180 to -180; unwrap
    // them so that they are drawn past the edge instead of across the map.
    for (let i = 1; i < pts.length; i++) {
      const d = pts[i][0] - pts[i - 1][0];
      if (d > 180) pts[i] = [pts[i][0] - 360, pts[i][1]];
      else if (d < -180) pts[i] = [pts[i][0] + 360, pts[i][1]];
    }
    return pts;
  }

  function features(topo, name) {
    const arcs = decodeArcs(topo);
    return topo.objects[name].geometries.map((g) => {
      let geometry = null;
      if (g.type === "Polygon") geometry = { type: "Polygon", coordinates: g.arcs.map((r) => ring(arcs, r)) };
      else if (g.type === "MultiPolygon") geometry = { type: "MultiPolygon", coordinates: g.arcs.map((p) => p.map((r) => ring(arcs, r))) };
      return { type: "Feature", id: g.id, properties: g.properties || {}, geometry };
    }).filter((f) => f.geometry);
  }

  return { features };
})();
