import { act, api, el, session, show, status, toast, when } from "/ui/platform/app.js";

const form = document.getElementById("republish");

async function health() {
  const response = await fetch("/actuator/health", {
    // not api(): a health that is down answers 503 with the very body to show
    headers: { Accept: "application/json", Authorization: "Bearer " + session.token },
  });
  const body = await response.json();
  show("overall", status(body.status));
  const rows = [];
  for (const [name, component] of Object.entries(body.components || {})) {
    const details = component.details ? Object.entries(component.details)
      .filter(([, v]) => typeof v !== "object").map(([k, v]) => `${k}: ${v}`).join(" · ") : "";
    rows.push(el("tr", { dataset: { component: name } }, el("td", {}, name), el("td", {}, status(component.status)),
      el("td", { class: "muted" }, details)));
  }
  show("health", rows);
}

async function publications() {
  const pending = await api("GET", "/api/admin/events?status=incomplete&limit=200");
  show("publications", pending.length ? pending.map((p) => el("div", { class: "card publication", dataset: { id: p.id, status: p.status } },
    el("div", { class: "row" }, el("strong", {}, p.eventType.split(".").pop()), status(p.status)),
    el("div", { class: "muted" }, "to " + p.listenerId.replace(/^baedal\./, "").replace(/\(.*\)$/, "")),
    el("div", { class: "muted" }, `published ${when(p.publishedAt)} · ${p.attempts} attempt(s)`),
    el("div", { class: "row" }, el("span"), el("button", { type: "button", class: "resubmit", onclick: (event) => act(event.currentTarget, async () => {
      const result = await api("POST", "/api/admin/events/republish", { status: "incomplete", publicationId: p.id });
      toast(`Resubmitted ${result.republished}`);
      setTimeout(publications, 500);
    }) }, "Resubmit")))) : el("p", { class: "empty" }, "Every publication is complete."));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const body = { status: form.status.value };
  if (form.eventType.value.trim()) body.eventType = form.eventType.value.trim();
  if (form.from.value) body.from = new Date(form.from.value).toISOString();
  if (form.to.value) body.to = new Date(form.to.value).toISOString();
  if (form.aggregateId.value.trim()) body.aggregateId = form.aggregateId.value.trim();
  act(form.querySelector("button"), async () => {
    const result = await api("POST", "/api/admin/events/republish", body);
    toast(`Re-published ${result.republished} event(s)`);
    setTimeout(publications, 500);
  });
});
document.getElementById("refresh").addEventListener("click", () => { health(); publications(); });

health();
publications();
setInterval(() => { health().catch(() => {}); publications().catch(() => {}); }, 5000);
