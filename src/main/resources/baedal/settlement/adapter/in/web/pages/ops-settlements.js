import { act, api, el, show, status, toast, won } from "/ui/platform/app.js";

const iso = (d) => d.toISOString().slice(0, 10);
const close = document.getElementById("close");
const reconcile = document.getElementById("reconcile");
close.date.value = iso(new Date(Date.now() - 86_400_000));
reconcile.from.value = iso(new Date(Date.now() - 6 * 86_400_000));
reconcile.to.value = iso(new Date());

close.addEventListener("submit", (event) => {
  event.preventDefault();
  act(close.querySelector("button"), async () => {
    const days = await api("POST", `/api/admin/settlements/close?date=${close.date.value}`);
    toast(`Closed ${close.date.value}: ${days.length} statements`);
    show("closed", el("div", { class: "card" }, el("strong", {}, `${days.length} shop statements for ${close.date.value}`),
      el("div", { class: "muted" }, `sales ${won(days.reduce((s, d) => s + d.sales, 0))} · payout ${won(days.reduce((s, d) => s + d.payout, 0))}`)));
  });
});

reconcile.addEventListener("submit", (event) => {
  event.preventDefault();
  act(reconcile.querySelector("button"), async () => {
    const r = await api("GET", `/api/admin/settlements/reconciliation?from=${reconcile.from.value}&to=${reconcile.to.value}`);
    show("reconciliation", el("div", { class: "card", id: "reconciled" },
      el("div", { class: "row" }, el("strong", {}, `${r.from} – ${r.to}`), status(r.balanced ? "UP" : "DOWN"),
        el("span", {}, r.balanced ? "balanced" : "differences")),
      el("table", {}, el("tbody", {},
        el("tr", {}, el("td", {}, "Captured by payment"), el("td", { class: "number" }, won(r.captured))),
        el("tr", {}, el("td", {}, "Refunded by payment"), el("td", { class: "number" }, won(r.refunded))),
        el("tr", {}, el("td", {}, "Sales in settlement"), el("td", { class: "number" }, won(r.settledSales))))),
      r.mismatchedOrders.length ? el("p", { class: "muted" }, "Orders that differ: " + r.mismatchedOrders.join(", ")) : null));
  });
});
