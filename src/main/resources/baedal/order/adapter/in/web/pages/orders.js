import { api, el, show, status, when, won } from "/ui/platform/app.js";

let page = 0;
const SIZE = 10;

async function load() {
  const result = await api("GET", `/api/me/orders?page=${page}&size=${SIZE}`);
  const target = document.getElementById("orders");
  target.append(...result.items.map((order) => el("a", { class: "card order", href: "/order?id=" + order.id, dataset: { orderId: order.id } },
    el("div", { class: "row" }, el("strong", {}, order.items.map((i) => `${i.name} × ${i.quantity}`).join(", ")), status(order.status)),
    el("div", { class: "muted" }, `${order.number} · ${when(order.history[0].at)} · ${won(order.paymentAmount)}`))));
  if (!target.children.length) target.append(el("p", { class: "empty" }, "No orders yet. ", el("a", { href: "/" }, "Order something.")));
  document.getElementById("more").hidden = result.items.length < SIZE;
}

document.getElementById("more").addEventListener("click", () => {
  page += 1;
  load();
});
load();
