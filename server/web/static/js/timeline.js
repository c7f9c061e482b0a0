// Timeline: events per day, week or month for an actor or a dyad, stacked
// by QuadClass, with the mean Goldstein score.
"use strict";

(() => {
  const { el, api } = P;
  const form = document.getElementById("filters");
  const box = document.getElementById("chart");
  const title = document.getElementById("chart-title");
  let plot;

  function size() {
    return { width: Math.max(280, box.clientWidth), height: window.innerWidth < 700 ? 300 : 380 };
  }

  // fill adds the empty periods between the first and the last one, so that
  // bars keep their places and the line breaks where nothing happened.
  function fill(series, interval) {
    if (series.length < 2) return series;
    const byPeriod = new Map(series.map((p) => [p.period, p]));
    const out = [];
    const d = new Date(series[0].period + "T00:00:00Z");
    const last = series[series.length - 1].period;
    for (let i = 0; i < 5000; i++) {
      const key = d.toISOString().slice(0, 10);
      if (key > last) break;
      out.push(byPeriod.get(key) || { period: key, count: 0, quad: [0, 0, 0, 0], goldstein_sum: 0 });
      if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
      else d.setUTCDate(d.getUTCDate() + (interval === "week" ? 7 : 1));
    }
    return out;
  }

  function draw(series, interval) {
    series = fill(series, interval);
    const xs = series.map((p) => Date.parse(p.period + "T00:00:00Z") / 1000);
    // Stacked bars: each series is drawn up to its cumulative total, the
    // largest first, so that the smaller ones sit in front.
    const cum = [0, 0, 0, 0].map(() => []);
    for (const p of series) {
      let c = 0;
      for (let q = 0; q < 4; q++) { c += p.quad[q]; cum[q].push(c); }
    }
    const mean = series.map((p) => (p.count ? p.goldstein_sum / p.count : null));
    const unit = { day: 86400, week: 7 * 86400, month: 30 * 86400 }[interval];
    const bars = uPlot.paths.bars({ size: [0.8, 60], align: 0 });
    const quadSeries = [3, 2, 1, 0].map((q) => ({
      label: P.QUADS[q + 1], stroke: P.QUAD_COLORS[q + 1], fill: P.QUAD_COLORS[q + 1], width: 0, paths: bars, points: { show: false },
      value: (u, v, si, i) => (i == null ? "" : String(series[i].quad[q])),
    }));
    const dayFmt = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: interval === "month" ? undefined : "numeric", timeZone: "UTC" });
    const opts = {
      ...size(),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "UTC"),
      scales: { x: { time: true, range: (u, mn, mx) => [mn - unit * 0.6, mx + unit * 0.6] }, g: { range: [-10, 10] } },
      axes: [
        { values: (u, ticks) => ticks.map((t) => dayFmt.format(new Date(t * 1000))) },
        { label: "events", size: 50 },
        { scale: "g", side: 1, label: "mean Goldstein", grid: { show: false }, size: 50 },
      ],
      series: [
        { value: (u, v) => (v == null ? "" : dayFmt.format(new Date(v * 1000))) },
        ...quadSeries,
        { label: "mean Goldstein", scale: "g", stroke: "#1d2733", width: 2, dash: [6, 4], spanGaps: false,
          points: { show: true, size: 6, fill: "#1d2733" }, value: (u, v) => (v == null ? "" : P.fmtNum(v)) },
      ],
      legend: { live: true },
    };
    const data = [xs, cum[3], cum[2], cum[1], cum[0], mean];
    if (plot) plot.destroy();
    box.replaceChildren();
    plot = new uPlot(opts, data, box);
  }

  async function load() {
    const p = P.formParams(form);
    P.pushParams(p);
    const iv = p.interval || "month";
    const who = p.actor ? (p.recipient ? `${p.actor} → ${p.recipient}` : p.actor) : "all actors";
    title.textContent = `Events per ${iv}: ${who}`;
    P.setStatus("Loading…");
    try {
      const { series } = await api("/api/v1/series", p);
      if (series.length === 0) {
        if (plot) { plot.destroy(); plot = null; }
        box.replaceChildren(el("p", { class: "hint" }, "No events for this choice."));
        P.setStatus("");
        return;
      }
      const n = series.reduce((a, s) => a + s.count, 0);
      P.setStatus(`${n} event${n === 1 ? "" : "s"} in ${series.length} ${iv}${series.length === 1 ? "" : "s"}`);
      draw(series, iv);
    } catch (e) {
      P.setStatus("Could not load the series: " + e.message, true);
    }
  }

  async function topActors() {
    const ul = document.getElementById("top-actors");
    try {
      const { actors } = await api("/api/v1/actors", { limit: 24 });
      ul.replaceChildren(...actors.map((a) => el("li", {}, el("button", {
        type: "button", title: `${a.as_source} as actor, ${a.as_recipient} as recipient`,
        onclick: () => { form.elements.namedItem("actor").value = a.code; form.elements.namedItem("recipient").value = ""; load(); },
      }, `${a.name || a.code} (${a.as_source + a.as_recipient})`))));
    } catch { /* optional */ }
  }

  form.addEventListener("submit", (e) => { e.preventDefault(); load(); });
  let t;
  window.addEventListener("resize", () => { clearTimeout(t); t = setTimeout(() => plot && plot.setSize(size()), 150); });
  P.fillForm(form);
  load().then(P.ready);
  topActors();
  P.fillActorList();
})();
