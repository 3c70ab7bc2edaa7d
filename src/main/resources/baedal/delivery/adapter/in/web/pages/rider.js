import { act, api, el, show, status, toast, when } from "/ui/platform/app.js";

function card(delivery) {
  const step = delivery.status === "ASSIGNED"
    ? el("button", { class: "primary pickup", type: "button", onclick: (event) => act(event.currentTarget, async () => {
      await api("POST", `/api/deliveries/${delivery.id}/pickup`);
      toast("Picked up — on your way");
      load();
    }) }, "Picked up")
    : el("button", { class: "primary complete", type: "button", onclick: (event) => act(event.currentTarget, async () => {
      await api("POST", `/api/deliveries/${delivery.id}/complete`);
      toast("Handed over — thank you!");
      load();
    }) }, "Handed over");
  return el("div", { class: "card delivery", dataset: { deliveryId: delivery.id, orderId: delivery.orderId } },
    el("div", { class: "row" }, el("strong", { class: "number" }, delivery.orderNumber || "Order " + delivery.orderId.slice(0, 8)),
      status(delivery.status)),
    delivery.deliveryAddress ? el("div", {}, "To " + delivery.deliveryAddress) : null,
    el("div", { class: "muted" }, "Assigned " + when(delivery.assignedAt)),
    el("div", { class: "row" }, step));
}

async function load() {
  const deliveries = await api("GET", "/api/me/deliveries");
  show("deliveries", deliveries.length ? deliveries.map(card) : el("p", { class: "empty" }, "Nothing to deliver right now."));
}

load();
setInterval(() => {
  if (!document.querySelector("#deliveries button:disabled")) load().catch(() => {});
}, 3000);
