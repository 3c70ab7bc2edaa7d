import { act, api, cart, deliveryFee, el, place, randomId, show, toast, won } from "/ui/platform/app.js";

const form = document.getElementById("checkout");
let shop = null;

function subtotal(items) {
  return items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
}

function render() {
  const current = cart.get();
  if (!current.items.length) {
    form.hidden = true;
    show("cart", el("p", { class: "empty" }, "Your cart is empty. ", el("a", { href: "/" }, "Find something to eat.")));
    return;
  }
  show("cart",
    el("h2", {}, el("a", { href: "/shop?id=" + current.shopId }, current.shopName)),
    current.items.map((item, index) => el("div", { class: "card line" },
      el("div", { class: "row" },
        el("strong", {}, `${item.name} × ${item.quantity}`),
        el("span", {}, won(item.unitPrice * item.quantity))),
      item.options.length ? el("div", { class: "muted" }, item.options.map((o) => o.name).join(", ")) : null,
      el("button", { class: "link", type: "button", onclick: () => {
        current.items.splice(index, 1);
        cart.save(current);
        render();
      } }, "Remove"))));
  form.hidden = false;
  document.getElementById("subtotal").textContent = won(subtotal(current.items));
  const here = place.get();
  document.getElementById("fee").textContent = shop ? won(deliveryFee(shop, here.lat, here.lng)) : "";
  document.getElementById("minimum").textContent = shop ? won(shop.minOrderAmount) : "";
}

async function load() {
  const current = cart.get();
  form.deliveryAddress.value = place.get().address;
  if (current.shopId) {
    shop = await api("GET", "/api/display/shops/" + current.shopId).catch(() => null);
  }
  render();
  const [coupons, points] = await Promise.all([api("GET", "/api/me/coupons"), api("GET", "/api/me/points")]);
  const usable = coupons.filter((c) => c.status === "ISSUED" && new Date(c.validUntil) > new Date());
  document.getElementById("coupons").append(...usable.map((c) => el("option", { value: c.id },
    `${c.name} (−${c.discountAmount ? won(c.discountAmount) : c.discountPercent + "%"}, min ${won(c.minOrderAmount)})`)));
  document.getElementById("balance").textContent = `(you have ${points.balance.toLocaleString("ko-KR")} P)`;
  form.points.max = points.balance;
}

/** A cart line as the order API takes it: choices per option group (lines kept before groups: names alone). */
function cartItem(item) {
  const choices = [];
  for (const option of item.options.filter((o) => o.group)) {
    let choice = choices.find((c) => c.group === option.group);
    if (!choice) choices.push(choice = { group: option.group, options: [] });
    choice.options.push(option.name);
  }
  return { menuId: item.menuId, quantity: item.quantity, choices,
    optionNames: item.options.filter((o) => !o.group).map((o) => o.name) };
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const current = cart.get();
  const here = place.get();
  const body = {
    shopId: current.shopId,
    items: current.items.map(cartItem),
    deliveryAddress: form.deliveryAddress.value.trim(),
    lat: here.lat,
    lng: here.lng,
    points: Number(form.points.value) || 0,
  };
  if (form.couponId.value) body.couponId = form.couponId.value;
  // One key per cart: pressing again after a lost answer returns the same order instead of placing a second one.
  current.idempotencyKey = current.idempotencyKey || randomId();
  cart.save(current);
  act(document.getElementById("place"), async () => {
    const order = await api("POST", "/api/orders", body, { "Idempotency-Key": current.idempotencyKey });
    cart.clear();
    toast("Order placed");
    location.assign("/order?id=" + order.id);
  });
});

load().catch((e) => toast(e.message, "error"));
