// Network: actors as nodes, dyads as arrows coloured from conflict (red) to
// cooperation (blue), as wide as their event count.
"use strict";

(() => {
  const { el, api } = P;
  const form = document.getElementById("filters");
  const list = document.getElementById("dyads");
  let cy;

  async function load() {
    const p = P.formParams(form);
    P.pushParams(p);
    P.setStatus("Loading…");
    try {
      const net = await api("/api/v1/network", p);
      P.setStatus(`${net.nodes.length} actors, ${net.edges.length} dyads`);
      draw(net);
      const names = Object.fromEntries(net.nodes.map((n) => [n.id, n.label]));
      list.replaceChildren(...net.edges.slice(0, 40).map((e) => {
        const mean = e.goldstein_sum / e.count;
        const q = new URLSearchParams({ actor: e.source, recipient: e.target });
        return el("li", {}, el("a", { href: "/?" + q }, `${names[e.source]} → ${names[e.target]}`),
          ` · ${e.count} event${e.count === 1 ? "" : "s"} · `, P.goldstein(Math.round(mean * 10) / 10));
      }));
    } catch (e) {
      P.setStatus("Could not load the network: " + e.message, true);
    }
  }

  function draw(net) {
    const maxC = Math.max(1, ...net.edges.map((e) => e.count));
    const maxN = Math.max(1, ...net.nodes.map((n) => n.count));
    const elements = [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.label, count: n.count, size: 18 + 42 * Math.sqrt(n.count / maxN) } })),
      ...net.edges.map((e) => ({ data: {
        id: e.source + ">" + e.target, source: e.source, target: e.target, count: e.count,
        mean: e.goldstein_sum / e.count, color: P.goldsteinColor(e.goldstein_sum / e.count), width: 1.5 + 7 * Math.sqrt(e.count / maxC),
      } })),
    ];
    if (cy) cy.destroy();
    cy = cytoscape({
      container: document.getElementById("graph"),
      elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "background-color": "#0f5c8c", label: "data(label)", width: "data(size)", height: "data(size)",
          color: "#1d2733", "font-size": 13, "min-zoomed-font-size": 6, "font-weight": 600, "text-wrap": "wrap", "text-max-width": 120, "text-valign": "bottom", "text-margin-y": 4,
          "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 2,
          "border-width": 2, "border-color": "#fff" } },
        { selector: "edge", style: {
          width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85, "arrow-scale": 0.9 } },
        { selector: ":selected", style: { "border-color": "#f2a900", "border-width": 4, "line-color": "#f2a900", "target-arrow-color": "#f2a900" } },
        { selector: ".faded", style: { opacity: 0.15 } },
      ],
      layout: { name: "cose", animate: false, nodeRepulsion: () => 20000, idealEdgeLength: () => 110, componentSpacing: 60,
        nodeDimensionsIncludeLabels: true, padding: 20, randomize: false, gravity: 1 },
    });
    // Keep labels readable however far the layout had to zoom out.
    const z = Math.min(1, cy.zoom());
    cy.style().selector("node").style({ "font-size": Math.min(36, 12 / z), "text-max-width": 120 / z, "text-margin-y": 4 / z, "border-width": 2 / z })
      .selector("edge").style({ "arrow-scale": Math.min(2.5, 0.9 / z) }).update();
    cy.on("tap", "node", (evt) => {
      const n = evt.target;
      cy.elements().addClass("faded");
      n.closedNeighborhood().removeClass("faded");
      P.setStatus(`${n.data("label")} (${n.id()}): ${n.data("count")} events in the shown dyads`);
    });
    cy.on("tap", "edge", (evt) => {
      const e = evt.target.data();
      const q = new URLSearchParams({ actor: e.source, recipient: e.target });
      P.setStatus(`${e.source} → ${e.target}: ${e.count} events, mean Goldstein ${P.fmtNum(e.mean)}. `);
      document.getElementById("status").append(el("a", { href: "/?" + q }, "Open them in the explorer"));
    });
    cy.on("tap", (evt) => { if (evt.target === cy) cy.elements().removeClass("faded"); });
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  P.fillForm(form);
  load().then(P.ready);
})();
