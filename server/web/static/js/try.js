// Try it: code a pasted article and show its layers and events.
"use strict";

(() => {
  const { el, api } = P;
  const form = document.getElementById("try");
  const text = document.getElementById("text");
  const result = document.getElementById("result");
  const submit = form.querySelector('button[type="submit"]');

  document.getElementById("example").addEventListener("click", () => {
    const t = document.getElementById("example-text");
    text.value = t.content.textContent.trim();
    const pub = t.dataset.published;
    if (pub) document.getElementById("published").value = pub;
    text.focus();
  });
  document.getElementById("file").addEventListener("change", async (e) => {
    const f = e.target.files[0];
    if (!f) return;
    if (f.size > 1 << 20) { P.setStatus("That file is larger than 1 MB; paste an excerpt.", true); return; }
    text.value = await f.text();
    P.setStatus(`Loaded ${f.name}.`);
  });

  function flag(name, on) {
    return on ? el("span", { class: "flag on" }, name) : null;
  }

  function eventCard(d, ev, vocab) {
    const base = ev.evidence.start;
    const hs = [];
    const add = (role, s, e) => { if (s >= base && e <= ev.evidence.end && s < e) hs.push({ role, start: s - base, end: e - base }); };
    if (ev.quote) add("quote", ev.quote.start, ev.quote.end);
    for (const a of ev.actors) add("actor", a.start, a.end);
    for (const a of ev.recipients) add("recipient", a.start, a.end);
    add("trigger", ev.evidence.trigger.start, ev.evidence.trigger.end);
    const sentence = sliceBytes(d.text, ev.evidence.start, ev.evidence.end);
    const names = (l) => (l.length ? l.map((a) => `${P.actorLabel(a)}${a.code ? " [" + a.code + "]" : ""}`).join(", ") : "—");
    const m = ev.modality;
    return el("li", { "data-type": ev.plover.type },
      el("div", { class: "head" }, P.typeBadge(ev),
        el("strong", {}, names(ev.actors), " → ", names(ev.recipients)),
        el("span", { class: "code" }, `CAMEO ${ev.cameo.code} ${vocab.cameo[ev.cameo.code] || ""}`),
        P.goldstein(ev.cameo.goldstein),
        el("span", { class: "code" }, P.fmtDate(ev.date)),
        el("span", { class: "flags" }, flag("negated", m.negated), flag("hypothetical", m.hypothetical), flag("future", m.future), flag("reported", m.reported))),
      el("div", { class: "sentence" }, P.highlight(sentence, hs)),
      el("div", { class: "code" }, "pattern ", ev.evidence.pattern || "—", ev.location ? ` · at ${ev.location.name || ev.location.text}` : ""));
  }

  const enc = new TextEncoder();
  const dec = new TextDecoder();
  function sliceBytes(s, a, b) { return dec.decode(enc.encode(s).slice(a, b)); }

  function render(d, vocab) {
    const spans = [];
    for (const q of d.quotes) spans.push({ role: "quote", start: q.content.start, end: q.content.end });
    for (const a of d.actors) if (a.via !== "nonactor") spans.push({ role: "actor", start: a.start, end: a.end, title: `${a.name || a.text} ${a.code || ""}` });
    for (const t of d.times) spans.push({ role: "time", start: t.start, end: t.end, title: t.value });
    for (const p of d.places) spans.push({ role: "place", start: p.start, end: p.end, title: `${p.name || p.text} ${p.country || ""}` });
    for (const ev of d.events) spans.push({ role: "trigger", start: ev.evidence.trigger.start, end: ev.evidence.trigger.end, title: ev.plover.type });
    document.getElementById("annotated").replaceChildren(...P.highlight(d.text, spans));
    document.getElementById("event-count").textContent = `(${d.events.length})`;
    document.getElementById("try-events").replaceChildren(...(d.events.length
      ? d.events.map((ev) => eventCard(d, ev, vocab))
      : [el("li", { class: "hint" }, "No event found. petrel codes who did what to whom: try a report of a meeting, a threat, an attack or an agreement.")]));
    const layer = (n, label) => el("div", { class: "layer" }, el("b", {}, n), label);
    document.getElementById("layers").replaceChildren(
      layer(d.sentences.length, "sentences"), layer(d.tokens.length, "tokens"), layer(d.actors.length, "actor mentions"),
      layer(d.times.length, "times"), layer(d.places.length, "places"), layer(d.quotes.length, "quotes"),
      layer(d.events.length, "events"), d.tone ? layer(P.fmtNum(d.tone.tone), "tone") : null);
    document.getElementById("raw").textContent = JSON.stringify(d, null, 2);
    result.hidden = false;
  }

  P.ready();
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    submit.disabled = true;
    P.setStatus("Coding…");
    const t0 = performance.now();
    try {
      const vocab = await P.vocabulary();
      const body = { text: text.value, published: document.getElementById("published").value };
      const d = await api("/api/v1/annotate", null, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      render(d, vocab);
      P.setStatus(`Coded in ${Math.round(performance.now() - t0)} ms: ${d.events.length} event${d.events.length === 1 ? "" : "s"}.`);
      document.getElementById("result").scrollIntoView({ behavior: "smooth", block: "start" });
    } catch (err) {
      P.setStatus("Could not code the text: " + err.message, true);
    } finally {
      submit.disabled = false;
    }
  });
})();
