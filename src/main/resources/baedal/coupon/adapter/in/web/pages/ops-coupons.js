import { act, api, el, show, toast, when, won } from "/ui/platform/app.js";

const form = document.getElementById("campaign");
let campaigns = [];

async function load() {
  campaigns = await api("GET", "/api/coupon-campaigns");
  await tally();
}

async function tally() {
  const rows = await Promise.all(campaigns.map(async (c) => ({ c, t: await api("GET", `/api/admin/coupon-campaigns/${c.id}/tally`) })));
  show("campaigns", rows.length ? rows.map(({ c, t }) => el("div", { class: "card campaign", dataset: { campaignId: c.id } },
    el("div", { class: "row" }, el("h3", {}, c.name), el("strong", { class: "issued" }, `${t.issued.toLocaleString("ko-KR")} / ${c.totalQuantity.toLocaleString("ko-KR")}`)),
    el("progress", { max: c.totalQuantity, value: t.issued, style: "width:100%" }),
    el("div", { class: "muted" }, `${t.customers} customers · over the per-customer limit: ${t.overLimit}` +
      (t.firstIssuedAt ? ` · first ${when(t.firstIssuedAt)} · last ${when(t.lastIssuedAt)}` : "")),
    el("div", { class: "muted" }, `${c.discountAmount ? won(c.discountAmount) : c.discountPercent + "%"} off from ${won(c.minOrderAmount)}` +
      (c.opensAt ? ` · opens ${when(c.opensAt)}` : "") + ` · until ${when(c.validUntil)}`)))
    : el("p", { class: "empty" }, "No campaign is running."));
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const now = Date.now();
  const opensAt = new Date(now + Number(form.opensIn.value || 0) * 60_000);
  act(form.querySelector("button"), async () => {
    await api("POST", "/api/coupon-campaigns", {
      name: form.name.value.trim(),
      discountAmount: Number(form.discountAmount.value),
      minOrderAmount: Number(form.minOrderAmount.value),
      totalQuantity: Number(form.totalQuantity.value),
      perUserLimit: Number(form.perUserLimit.value),
      opensAt: opensAt.toISOString(),
      validFrom: new Date(now).toISOString(),
      validUntil: new Date(now + Number(form.validDays.value) * 86_400_000).toISOString(),
    });
    toast("Campaign created");
    load();
  });
});

load();
setInterval(() => tally().catch(() => {}), 1000);
