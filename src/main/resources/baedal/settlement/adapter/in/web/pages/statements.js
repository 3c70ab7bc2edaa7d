import { act, api, el, show, won } from "/ui/platform/app.js";

const form = document.getElementById("range");
const today = new Date();
const iso = (d) => d.toISOString().slice(0, 10);
form.from.value = iso(new Date(today.getTime() - 6 * 86_400_000));
form.to.value = iso(today);

async function statements() {
  const range = `from=${form.from.value}&to=${form.to.value}`;
  const [result, payouts] = await Promise.all([
    api("GET", `/api/shops/${form.shop.value}/settlements?${range}`),
    api("GET", `/api/shops/${form.shop.value}/payouts?${range}`).catch(() => []),
  ]);
  const paidOut = new Map(payouts.map((p) => [p.date, p]));
  const state = (d) => {
    const p = paidOut.get(d.date);
    if (!d.closed) return "open";
    if (!p) return "closed";
    return p.status === "PAID" ? `paid · ${p.reference}` : p.status === "PENDING" ? "paying out…" : "nothing to pay";
  };
  const totals = document.getElementById("totals");
  totals.hidden = false;
  totals.replaceChildren(el("div", { class: "row" }, el("span", {}, "Sales " + won(result.sales)),
    el("strong", { class: "total" }, "Payout " + won(result.payout))));
  show("days", result.days.length ? result.days.map((d) => el("tr", {},
    el("td", {}, d.date), el("td", { class: "number" }, d.orders), el("td", { class: "number" }, won(d.sales)),
    el("td", { class: "number" }, won(d.commission)), el("td", { class: "number" }, won(d.shopDiscounts)),
    el("td", { class: "number" }, won(d.adFees)), el("td", { class: "number" }, won(d.payout)),
    el("td", { class: "payout-state" }, state(d))))
    : el("tr", {}, el("td", { colspan: 8, class: "empty" }, "No sales in these days.")));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  act(form.querySelector("button"), statements);
});

async function load() {
  const shops = await api("GET", "/api/me/shops");
  form.shop.replaceChildren(...shops.map((s) => el("option", { value: s.id }, s.name)));
  const remembered = localStorage.getItem("baedal.ownerShop");
  if (shops.some((s) => s.id === remembered)) form.shop.value = remembered;
  if (shops.length) statements();
}

load();
