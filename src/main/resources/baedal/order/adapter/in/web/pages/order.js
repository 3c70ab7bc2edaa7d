import { act, api, el, param, show, status, stream, toast, when, won } from "/ui/platform/app.js";

const orderId = param("id");
const STEPS = ["PLACED", "PAID", "ACCEPTED", "PICKED_UP", "DELIVERED"];
const LABELS = { PLACED: "Order placed", PAYMENT_PENDING: "Waiting for payment", PAID: "Paid",
  ACCEPTED: "The shop is cooking", PICKED_UP: "On its way", DELIVERED: "Delivered", CANCELLED: "Cancelled" };
const reached = new Map();
let current = null;

function render() {
  const cancelled = reached.has("CANCELLED");
  const steps = cancelled ? [...reached.keys()] : STEPS;
  const last = [...reached.keys()].pop();
  show("state", status(last || "…"), " ", LABELS[last] || "");
  show("timeline", steps.map((step) => el("li", { class: reached.has(step) ? "done" : "", dataset: { step } },
    el("span", {}, LABELS[step] || step), el("span", { class: "muted" }, when(reached.get(step))))));
  const actions = [];
  if (last === "PLACED" || last === "PAID" || last === "PAYMENT_PENDING") {
    actions.push(el("button", { class: "danger", type: "button", id: "cancel", onclick: (event) =>
      act(event.currentTarget, async () => {
        await api("POST", `/api/orders/${orderId}/cancel`);
        toast("Order cancelled");
      }) }, "Cancel order"));
  }
  if (last === "DELIVERED") {
    actions.push(el("a", { class: "button primary", href: "/review?orderId=" + orderId, id: "write-review" }, "Write a review"));
  }
  show("actions", actions);
  if (last === "ACCEPTED" || last === "PICKED_UP") rider().catch(() => {});
  else document.getElementById("eta").hidden = true;
}

/** The rider's part: waiting for one, or when the food should be at the door. */
async function rider() {
  const delivery = await api("GET", `/api/orders/${orderId}/delivery`).catch(() => null);
  const eta = document.getElementById("eta");
  eta.hidden = !delivery;
  if (!delivery) return;
  eta.textContent = delivery.status === "WAITING_FOR_RIDER"
    ? "Looking for a rider…"
    : delivery.estimatedArrival
      ? "Arriving around " + new Date(delivery.estimatedArrival).toLocaleTimeString("ko-KR", { hour: "2-digit", minute: "2-digit" })
      : "A rider is on it";
}

function summary(order) {
  show("summary",
    el("h3", { id: "order-number" }, "Order " + order.number),
    order.items.map((item) => el("div", { class: item.cancelled ? "row line cancelled" : "row line" },
      el("span", {}, item.cancelled
        ? [el("s", {}, `${item.name} × ${item.quantity}`), ` — cancelled by the shop: ${item.cancelReason}`]
        : `${item.name} × ${item.quantity}` + (item.options.length ? ` (${item.options.map((o) => o.name).join(", ")})` : "")),
      el("span", {}, item.cancelled ? el("s", {}, won(item.amount)) : won(item.amount)))),
    el("div", { class: "row muted" }, el("span", {}, "Delivery"), el("span", {}, won(order.deliveryFee))),
    order.discountAmount ? el("div", { class: "row muted" }, el("span", {}, "Discount"), el("span", {}, "−" + won(order.discountAmount))) : null,
    order.pointsUsed ? el("div", { class: "row muted" }, el("span", {}, "Points"), el("span", {}, "−" + won(order.pointsUsed))) : null,
    el("div", { class: "row total" }, el("span", {}, "Paid"), el("span", {}, won(order.paymentAmount))),
    order.items.some((item) => item.cancelled) ? el("p", { class: "muted", id: "refund-note" },
      "What the shop cancelled is refunded to your card.") : null,
    el("p", { class: "muted" }, order.deliveryAddress),
    order.cancelReason ? el("p", { class: "muted" }, "Reason: " + order.cancelReason) : null);
}

async function load() {
  current = await api("GET", "/api/orders/" + orderId);
  summary(current);
  for (const step of current.history) reached.set(step.status, step.at);
  render();
  const live = document.getElementById("live");
  stream(`/api/orders/${orderId}/events`, (name, data) => {
    reached.set(name, data.at);
    render();
    if (name === "CANCELLED") api("GET", "/api/orders/" + orderId).then(summary);
  }, (state) => {
    live.dataset.state = state;
    live.textContent = state === "live" ? "live" : state === "refused" ? "not live" : "reconnecting…";
  });
}

load().catch((e) => show("summary", el("p", { class: "empty" }, e.message)));
// a rider being found changes no order status: look again while the food is cooking or on its way
setInterval(() => {
  const last = [...reached.keys()].pop();
  if (last === "ACCEPTED" || last === "PICKED_UP") rider().catch(() => {});
}, 10000);
