import { act, api, el, show, status, toast, when, won } from "/ui/platform/app.js";

function discount(c) {
  return c.discountAmount ? won(c.discountAmount) + " off" : `${c.discountPercent}% off` + (c.maxDiscount ? ` (up to ${won(c.maxDiscount)})` : "");
}

async function campaigns() {
  const list = await api("GET", "/api/coupon-campaigns");
  show("campaigns", list.length ? list.map((c) => {
    const opens = c.opensAt && new Date(c.opensAt) > new Date() ? "opens " + when(c.opensAt) : null;
    return el("div", { class: "card campaign", dataset: { campaignId: c.id } },
      el("div", { class: "row" }, el("h3", {}, c.name), el("strong", {}, discount(c))),
      el("div", { class: "muted" }, `orders from ${won(c.minOrderAmount)} · ${c.totalQuantity.toLocaleString("ko-KR")} coupons · until ${when(c.validUntil)}`),
      el("div", { class: "row" },
        opens ? el("span", { class: "muted" }, opens) : el("span"),
        el("button", { class: "primary claim", type: "button", onclick: (event) => act(event.currentTarget, async () => {
          await api("POST", `/api/coupon-campaigns/${c.id}/issue`);
          toast("Coupon claimed!");
          mine();
        }) }, "Claim")));
  }) : el("p", { class: "empty" }, "No campaign right now."));
}

async function mine() {
  const coupons = await api("GET", "/api/me/coupons");
  show("coupons", coupons.length ? coupons.map((c) => el("div", { class: "card coupon", dataset: { couponId: c.id } },
    el("div", { class: "row" }, el("strong", {}, c.name), status(c.status)),
    el("div", { class: "muted" }, `${discount(c)} · orders from ${won(c.minOrderAmount)} · until ${when(c.validUntil)}`)))
    : el("p", { class: "empty" }, "No coupons yet."));
}

async function points() {
  const ledger = await api("GET", "/api/me/points");
  document.getElementById("balance").textContent = ledger.balance.toLocaleString("ko-KR") + " P";
  show("points", ledger.entries.length ? ledger.entries.map((e) => el("tr", {},
    el("td", {}, when(e.at)), el("td", {}, e.kind), el("td", { class: "number" }, e.amount.toLocaleString("ko-KR"))))
    : el("tr", {}, el("td", { colspan: 3, class: "empty" }, "Points come with every delivered order.")));
}

campaigns();
mine();
points();
