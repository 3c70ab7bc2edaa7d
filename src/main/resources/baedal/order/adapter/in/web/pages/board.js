import { act, api, el, show, status, stream, toast, when, won } from "/ui/platform/app.js";

const COLUMN = { PLACED: "new", PAYMENT_PENDING: "new", PAID: "new", ACCEPTED: "cooking", PICKED_UP: "out",
  DELIVERED: "done", CANCELLED: "done" };
const select = document.getElementById("shop");
const orders = new Map();
let following = null;

function card(order) {
  const actions = [];
  if (order.status === "PAID") {
    actions.push(
      el("button", { class: "primary accept", type: "button", onclick: (event) => act(event.currentTarget, async () => {
        upsert(await api("POST", `/api/shops/${order.shopId}/orders/${order.id}/accept`));
        toast("Accepted — a rider is on the way");
      }) }, "Accept"),
      el("button", { class: "danger reject", type: "button", onclick: (event) => act(event.currentTarget, async () => {
        const reason = prompt("Why can't you take this order?", "Sold out");
        if (reason === null) return;
        upsert(await api("POST", `/api/shops/${order.shopId}/orders/${order.id}/reject`, { reason }));
        toast("Rejected — the customer is refunded");
      }) }, "Reject"));
  }
  return el("div", { class: "card order", dataset: { orderId: order.id, status: order.status } },
    el("div", { class: "row" }, el("strong", { class: "number" }, order.number), status(order.status)),
    el("div", { class: "lines" }, order.items.map((item, line) => lineOf(order, item, line))),
    el("div", { class: "muted" }, `${won(order.totalAmount)} · ${order.deliveryAddress} · ${when(order.history[0].at)}`),
    actions.length ? el("div", { class: "row" }, actions) : null);
}

/** One line of the order; while it is with the shop, a line can be cancelled on its own unless it is the last. */
function lineOf(order, item, line) {
  const text = `${item.name} × ${item.quantity}` + (item.options.length ? ` (${item.options.map((o) => o.name).join(", ")})` : "");
  if (item.cancelled) {
    return el("div", { class: "line cancelled", title: item.cancelReason }, el("s", {}, text), " — cancelled");
  }
  const open = order.items.filter((i) => !i.cancelled).length;
  const cancellable = (order.status === "PAID" || order.status === "ACCEPTED") && open > 1;
  return el("div", { class: "line" }, text, cancellable
    ? el("button", { class: "link cancel-line", type: "button", title: "Cancel this line; the customer is refunded it",
      onclick: (event) => act(event.currentTarget, async () => {
        const reason = prompt(`Why can't you make ${item.name}?`, "Sold out");
        if (reason === null) return;
        upsert(await api("POST", `/api/shops/${order.shopId}/orders/${order.id}/lines/${line}/cancel`, { reason }));
        toast(`${item.name} cancelled — the customer is refunded that part`);
      }) }, "Cancel line")
    : null);
}

function render() {
  const columns = { new: [], cooking: [], out: [], done: [] };
  for (const order of [...orders.values()].sort((a, b) => b.history[0].at.localeCompare(a.history[0].at))) {
    columns[COLUMN[order.status] || "done"].push(card(order));
  }
  for (const [id, cards] of Object.entries(columns)) {
    show(id, cards.length ? cards : el("p", { class: "empty" }, "None"));
  }
}

function upsert(order) {
  orders.set(order.id, order);
  render();
}

async function follow(shopId) {
  if (following) following.close();
  orders.clear();
  const live = document.getElementById("live");
  following = stream(`/api/shops/${shopId}/orders/events`, (name, order) => {
    const isNew = !orders.has(order.id);
    upsert(order);
    if (isNew && name === "PAID") toast("New order!");
  }, (state) => {
    live.dataset.state = state;
    live.textContent = state === "live" ? "live" : "reconnecting…";
  });
  for (const order of await api("GET", `/api/shops/${shopId}/orders?limit=50`)) {
    if (!orders.has(order.id)) orders.set(order.id, order);
  }
  render();
}

async function load() {
  const shops = await api("GET", "/api/me/shops");
  if (!shops.length) {
    show("new", el("p", { class: "empty" }, "You have no shop yet. ", el("a", { href: "/owner/shops" }, "Register one.")));
    return;
  }
  select.replaceChildren(...shops.map((s) => el("option", { value: s.id }, s.name + (s.open ? "" : " (closed)"))));
  const remembered = localStorage.getItem("baedal.ownerShop");
  if (shops.some((s) => s.id === remembered)) select.value = remembered;
  select.addEventListener("change", () => {
    localStorage.setItem("baedal.ownerShop", select.value);
    follow(select.value);
  });
  follow(select.value);
}

load();
