// Explorer: the filter bar, the event table and the evidence of one event.
"use strict";

(() => {
  const { el, api, fmtDate, actorLabel } = P;
  const form = document.getElementById("filters");
  const tbody = document.querySelector("#events tbody");
  const more = document.getElementById("more");
  const detail = document.getElementById("detail");
  let next = "";
  let params = {};
  let vocab = { cameo: {}, plover_types: [], countries: {} };
  let total = 0;

  function actors(list) {
    if (!list || list.length === 0) return el("span", { class: "code" }, "—");
    return list.map((a, i) => [i ? ", " : "", el("span", { title: a.code || "no code" }, actorLabel(a))]);
  }

  function row(ev) {
    const place = ev.location ? (ev.location.name || ev.location.text) : "";
    const tr = el("tr", { tabindex: "0", "data-id": ev.id, "aria-selected": "false" },
      el("td", { class: "date" }, el("time", { datetime: ev.date }, fmtDate(ev.date))),
      el("td", {}, el("span", { class: "dyad" }, actors(ev.actors), el("span", { class: "arrow", "aria-label": "to" }, "→"), actors(ev.recipients))),
      el("td", {}, P.typeBadge(ev), " ", el("span", { class: "code", title: vocab.cameo[ev.cameo.code] || "" }, ev.cameo.code),
        el("div", { class: "code" }, vocab.cameo[ev.cameo.code] || "")),
      el("td", { class: "num" }, P.goldstein(ev.cameo.goldstein)),
      el("td", {}, place, ev.location && ev.location.country ? el("span", { class: "code" }, " " + ev.location.country) : ""),
      el("td", { class: "num", title: `${ev.num_mentions} mention(s) in ${ev.num_sources} outlet(s)` }, ev.num_sources));
    tr.addEventListener("click", () => open(ev.id, tr));
    tr.addEventListener("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(ev.id, tr); }
      if (e.key === "ArrowDown" && tr.nextElementSibling) { e.preventDefault(); tr.nextElementSibling.focus(); }
      if (e.key === "ArrowUp" && tr.previousElementSibling) { e.preventDefault(); tr.previousElementSibling.focus(); }
    });
    return tr;
  }

  async function load(append) {
    P.setStatus("Loading…");
    more.disabled = true;
    try {
      const page = await api("/api/v1/events", { ...params, limit: 50, cursor: append ? next : "" });
      if (!append) { tbody.replaceChildren(); total = 0; }
      tbody.append(...page.events.map(row));
      total += page.events.length;
      next = page.next || "";
      more.hidden = !next;
      P.setStatus(total === 0 ? "No event matches these filters." : `${total}${next ? "+" : ""} event${total === 1 ? "" : "s"}`);
    } catch (e) {
      P.setStatus("Could not load events: " + e.message, true);
    } finally {
      more.disabled = false;
    }
  }

  function flag(name, on) {
    return el("span", { class: "flag" + (on ? " on" : ""), title: on ? "yes" : "no" }, (on ? "✓ " : "") + name);
  }

  async function open(id, tr) {
    for (const r of tbody.querySelectorAll('tr[aria-selected="true"]')) r.setAttribute("aria-selected", "false");
    if (tr) tr.setAttribute("aria-selected", "true");
    detail.replaceChildren(el("p", { class: "hint" }, "Loading…"));
    try {
      const d = await api("/api/v1/events/" + encodeURIComponent(id));
      const m = d.modality || {};
      const loc = d.location;
      detail.replaceChildren(
        el("h2", {}, P.typeBadge(d), " ", vocab.cameo[d.cameo.code] || d.plover.type),
        el("p", { class: "sentence", id: "evidence" }, P.highlight(d.sentence, d.highlights || [])),
        el("p", { class: "legend" }, el("span", { class: "hl actor" }, "actor"), " ", el("span", { class: "hl recipient" }, "recipient"), " ",
          el("span", { class: "hl trigger" }, "trigger"), " ", el("span", { class: "hl quote" }, "quote")),
        el("dl", { class: "facts" },
          el("dt", {}, "Date"), el("dd", {}, fmtDate(d.date), d.date_precision && d.date_precision !== "day" ? ` (${d.date_precision})` : ""),
          el("dt", {}, "Actor"), el("dd", {}, actors(d.actors), " ", el("span", { class: "code" }, (d.actors || []).map((a) => a.code).join(", "))),
          el("dt", {}, "Recipient"), el("dd", {}, actors(d.recipients), " ", el("span", { class: "code" }, (d.recipients || []).map((a) => a.code).join(", "))),
          el("dt", {}, "CAMEO"), el("dd", {}, el("span", { class: "code" }, d.cameo.code), " ", vocab.cameo[d.cameo.code] || "", " · QuadClass ", d.cameo.quad_class, " · Goldstein ", P.goldstein(d.cameo.goldstein)),
          el("dt", {}, "PLOVER"), el("dd", {}, d.plover.type, d.plover.mode ? " · " + d.plover.mode : "", (d.plover.context || []).length ? " · " + d.plover.context.join(", ") : ""),
          el("dt", {}, "Modality"), el("dd", { class: "flags" }, flag("negated", m.negated), flag("hypothetical", m.hypothetical), flag("future", m.future), flag("reported", m.reported)),
          el("dt", {}, "Pattern"), el("dd", {}, el("span", { class: "code" }, d.evidence.pattern || "—")),
          el("dt", {}, "Place"), el("dd", {}, loc ? `${loc.name || loc.text}${loc.country ? " (" + loc.country + ")" : ""}` : "—"),
          d.quote ? [el("dt", {}, "Quote"), el("dd", {}, d.quote.text)] : null),
        el("h3", {}, `Mentions (${d.mention_list.length}) in ${d.num_sources} outlet${d.num_sources === 1 ? "" : "s"}`),
        el("ol", { class: "mentions" }, d.mention_list.map((mm) => el("li", {},
          el("div", {}, el("strong", {}, mm.outlet || "unknown outlet"), mm.published ? " · " + fmtDate(mm.published.slice(0, 10)) : "", " · ",
            mm.url ? el("a", { href: mm.url, rel: "noopener noreferrer", target: "_blank" }, mm.title || mm.url) : (mm.title || mm.doc_id)),
          el("div", { class: "hint" }, mm.sentence)))));
    } catch (e) {
      detail.replaceChildren(el("p", { class: "status error" }, "Could not load the event: " + e.message));
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    params = P.formParams(form);
    P.pushParams(params);
    load(false);
  });
  form.addEventListener("reset", () => setTimeout(() => form.requestSubmit(), 0));
  more.addEventListener("click", () => load(true));

  (async () => {
    vocab = await P.vocabulary();
    const sel = form.elements.namedItem("type");
    sel.append(...vocab.plover_types.map((t) => el("option", { value: t.name, title: t.definition }, t.name)));
    P.fillForm(form);
    params = P.formParams(form);
    await load(false);
    const first = new URLSearchParams(location.search).get("event");
    if (first) open(first, null);
    P.ready();
    P.fillActorList();
  })();
})();
