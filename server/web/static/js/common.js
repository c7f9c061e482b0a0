// Shared helpers of the petrel dashboard: DOM building, API calls, labels
// and the filter form kept in the page URL.
"use strict";

const P = (() => {
  const QUADS = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
  const QUAD_COLORS = ["", "#67a9cf", "#2166ac", "#f4a582", "#b2182b"];

  // el builds an element: el("a", {href: "/"}, "text", child...). Text is
  // always set as text, never parsed as HTML.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  async function api(path, params, opts) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
    }
    const res = await fetch(url, opts);
    let body;
    try { body = await res.json(); } catch { body = null; }
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.statusText;
      throw new Error(msg);
    }
    return body;
  }

  // Dates in the reader's locale; event dates are calendar dates, so they
  // are formatted in UTC to stay on the same day.
  const dayFmt = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const monthFmt = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", timeZone: "UTC" });
  function fmtDate(iso) {
    if (!iso) return "";
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return dayFmt.format(new Date(iso + "T00:00:00Z"));
    if (/^\d{4}-\d{2}$/.test(iso)) return monthFmt.format(new Date(iso + "-01T00:00:00Z"));
    return iso;
  }
  const numFmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  const fmtNum = (n) => numFmt.format(n);

  // goldsteinColor maps −10..+10 to red … grey … blue.
  function goldsteinColor(g) {
    const stops = [[-10, [178, 24, 43]], [-4, [244, 165, 130]], [0, [190, 190, 190]], [4, [103, 169, 207]], [10, [33, 102, 172]]];
    g = Math.max(-10, Math.min(10, g));
    for (let i = 1; i < stops.length; i++) {
      const [x1, c1] = stops[i];
      const [x0, c0] = stops[i - 1];
      if (g <= x1) {
        const t = (g - x0) / (x1 - x0);
        const c = c0.map((v, j) => Math.round(v + t * (c1[j] - v)));
        return `rgb(${c[0]},${c[1]},${c[2]})`;
      }
    }
    return "rgb(33,102,172)";
  }

  function actorLabel(a) {
    return a.name || a.text || a.code || "?";
  }

  // Form state lives in the URL, so that views can be bookmarked and shared.
  function formParams(form) {
    const p = {};
    for (const [k, v] of new FormData(form)) {
      if (typeof v === "string" && v.trim() !== "") p[k] = v.trim();
    }
    return p;
  }
  function fillForm(form) {
    const q = new URLSearchParams(location.search);
    for (const [k, v] of q) {
      const f = form.elements.namedItem(k);
      if (f && "value" in f) f.value = v;
    }
  }
  function pushParams(p) {
    const q = new URLSearchParams(p).toString();
    history.replaceState(null, "", q ? "?" + q : location.pathname);
  }

  let vocab;
  async function vocabulary() {
    if (!vocab) vocab = api("/api/v1/ontology").catch(() => ({ cameo: {}, plover_types: [], countries: {} }));
    return vocab;
  }

  async function fillActorList() {
    const dl = document.getElementById("actor-codes");
    if (!dl) return;
    try {
      const { actors } = await api("/api/v1/actors", { limit: 200 });
      dl.replaceChildren(...actors.map((a) => el("option", { value: a.code }, a.name || a.code)));
    } catch { /* the list is only a convenience */ }
  }

  // ready marks the page as drawn (browser tests wait for it).
  function ready() { document.body.dataset.ready = "1"; }

  function setStatus(text, isError) {
    const s = document.getElementById("status");
    if (!s) return;
    s.textContent = text;
    s.classList.toggle("error", !!isError);
  }

  function typeBadge(ev) {
    const q = ev.cameo.quad_class;
    return el("span", { class: "type q" + q, title: QUADS[q] || "" }, ev.plover.type || "—");
  }

  function goldstein(g) {
    return el("span", { class: "gs " + (g < 0 ? "neg" : g > 0 ? "pos" : "") }, (g > 0 ? "+" : "") + fmtNum(g));
  }

  // highlighted renders a sentence with its highlight spans. Offsets are
  // UTF-8 byte offsets, so the sentence is sliced as bytes.
  function highlight(sentence, hs) {
    const bytes = new TextEncoder().encode(sentence);
    const dec = new TextDecoder();
    const out = [];
    let pos = 0;
    const spans = hs.filter((h) => h.start >= 0 && h.end <= bytes.length).sort((a, b) => a.start - b.start || b.end - a.end);
    // Nested spans (a trigger inside a quote) are drawn inside their parent.
    function render(from, to, list) {
      const parts = [];
      let p = from;
      for (let i = 0; i < list.length; i++) {
        const h = list[i];
        if (h.start < p) continue;
        const inner = [];
        while (i + 1 < list.length && list[i + 1].start < h.end) {
          if (list[i + 1].end <= h.end) inner.push(list[i + 1]);
          i++;
        }
        if (h.start > p) parts.push(dec.decode(bytes.slice(p, h.start)));
        parts.push(el("mark", { class: "hl " + h.role, title: h.title || h.role, "data-role": h.role }, render(h.start, h.end, inner)));
        p = h.end;
      }
      if (p < to) parts.push(dec.decode(bytes.slice(p, to)));
      return parts;
    }
    out.push(...render(pos, bytes.length, spans));
    return out;
  }

  return { ready, highlight, el, api, fmtDate, fmtNum, goldsteinColor, actorLabel, formParams, fillForm, pushParams, vocabulary,
    fillActorList, setStatus, typeBadge, goldstein, QUADS, QUAD_COLORS };
})();
