import { api, cart, el, param, show, toast, won } from "/ui/platform/app.js";

const shopId = param("id");

function renderCartBar() {
  const current = cart.get();
  const bar = document.getElementById("cart-bar");
  bar.hidden = current.shopId !== shopId || !current.items.length;
  const total = current.items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
  document.getElementById("cart-summary").textContent = `${cart.count()} in your cart · ${won(total)}`;
}

function rule(group) {
  if (group.minChoices === group.maxChoices) return `choose ${group.minChoices}`;
  if (group.minChoices === 0) return group.maxChoices === 1 ? "optional" : `up to ${group.maxChoices}`;
  return `choose ${group.minChoices}–${group.maxChoices}`;
}

function optionGroup(menu, group) {
  const single = group.maxChoices === 1;
  const boxes = group.options.map((option) => el("input", {
    type: single ? "radio" : "checkbox", name: `${menu.id}/${group.name}`, value: option.name,
    disabled: option.soldOut, dataset: { price: option.price, group: group.name },
  }));
  if (single && group.minChoices === 1) {
    const first = boxes.find((box) => !box.disabled);
    if (first) first.checked = true;
  }
  if (!single) {
    // Once a group has as many choices as it allows, its other options wait until one is taken back.
    const limit = () => {
      const full = boxes.filter((box) => box.checked).length >= group.maxChoices;
      boxes.forEach((box, i) => { box.disabled = group.options[i].soldOut || (full && !box.checked); });
    };
    boxes.forEach((box) => box.addEventListener("change", limit));
  }
  return el("fieldset", { class: "options", dataset: { group: group.name } },
    el("legend", {}, `${group.name} · ${rule(group)}`),
    group.options.map((option, i) => el("label", { class: "inline" + (option.soldOut ? " muted" : "") },
      boxes[i], `${option.name}` + (option.price ? ` +${won(option.price)}` : "") + (option.soldOut ? " (sold out)" : ""))));
}

function menuCard(shop, menu) {
  const quantity = el("input", { type: "number", min: 1, max: 99, value: 1, "aria-label": "quantity", style: "width:4.5rem" });
  const groups = (menu.optionGroups || []).map((group) => optionGroup(menu, group));
  const orderable = shop.open && !menu.soldOut;
  return el("div", { class: "card menu", dataset: { menuId: menu.id, menuName: menu.name } },
    el("div", { class: "row" },
      el("h3", {}, menu.name),
      el("strong", {}, won(menu.price))),
    menu.soldOut ? el("span", { class: "status down" }, "Sold out") : null,
    groups,
    el("div", { class: "row" },
      quantity,
      el("button", {
        class: "primary add", type: "button", disabled: !orderable,
        onclick: () => {
          const chosen = groups.flatMap((set) => [...set.querySelectorAll("input:checked")])
            .map((box) => ({ group: box.dataset.group, name: box.value, price: Number(box.dataset.price) }));
          const short = menu.optionGroups.find((group) =>
            chosen.filter((option) => option.group === group.name).length < group.minChoices);
          if (short) {
            toast(`${menu.name}: ${short.name} · ${rule(short)}`, "error");
            return;
          }
          const extra = chosen.reduce((sum, option) => sum + option.price, 0);
          cart.add(shop, { menuId: menu.id, name: menu.name, quantity: Number(quantity.value) || 1,
            options: chosen, unitPrice: menu.price + extra });
          toast(`${menu.name} added to your cart`);
          renderCartBar();
        },
      }, "Add to cart")));
}

const DAY = (day) => day.slice(0, 1) + day.slice(1, 3).toLowerCase();

/** The week's opening periods, days with the same hours together, then breaks, closed days and coming holidays. */
function hours(shop) {
  const text = (h) => (h.opens === h.closes ? "open 24 hours" : `${h.opens}–${h.closes}`);
  const byDay = new Map();
  for (const h of shop.openingHours) byDay.set(h.day, [...(byDay.get(h.day) || []), text(h)]);
  const same = new Map();
  for (const [day, times] of byDay) {
    if ((shop.closedDays || []).includes(day)) continue;
    const key = times.join(", ");
    same.set(key, [...(same.get(key) || []), day]);
  }
  const lines = [...same].map(([times, days]) => (days.length === 7 ? "Every day" : days.map(DAY).join(", ")) + " " + times);
  if (shop.breaks?.length) lines.push("Break " + shop.breaks.map((b) => `${DAY(b.day)} ${b.starts}–${b.ends}`).join(", "));
  if (shop.closedDays?.length) lines.push("Closed " + shop.closedDays.map(DAY).join(", "));
  const today = new Date().toISOString().slice(0, 10);
  const coming = (shop.holidays || []).filter((d) => d >= today).slice(0, 3);
  if (coming.length) lines.push("Holidays " + coming.join(", "));
  return lines.join(" · ");
}

/** The delivery fee as customers read it: one fee, or the fee by distance. */
function fees(shop) {
  const tiers = shop.deliveryFeeTiers || [];
  if (!tiers.length) return `delivery ${won(shop.deliveryFee)}`;
  const km = (m) => (m / 1000).toLocaleString("ko-KR", { maximumFractionDigits: 1 }) + " km";
  return "delivery " + tiers.map((t) => `${won(t.fee)} up to ${km(t.upToMeters)}`).join(", ") +
    (tiers.at(-1).upToMeters < shop.deliveryRadiusMeters ? `, ${won(shop.deliveryFee)} farther` : "");
}

async function load() {
  const shop = await api("GET", "/api/display/shops/" + shopId);
  document.title = shop.name + " · baedal";
  document.querySelector("h1").textContent = shop.name;
  show("shop-head",
    el("div", { class: "row" },
      el("span", {}, `★ ${shop.rating.toFixed(1)} (${shop.reviewCount} reviews)`),
      el("span", { class: "status " + (shop.open ? "up" : "down"), id: "open-state" }, shop.open ? "Open now" : "Closed")),
    el("p", { class: "muted" }, `Min order ${won(shop.minOrderAmount)} · ${fees(shop)} · ${shop.address}`),
    el("p", { class: "muted", id: "hours" }, hours(shop)));
  const groups = new Map();
  for (const menu of shop.menus) {
    if (!groups.has(menu.group)) groups.set(menu.group, []);
    groups.get(menu.group).push(menu);
  }
  show("menus", [...groups].map(([group, menus]) => [el("h2", {}, group), menus.map((menu) => menuCard(shop, menu))]));
  renderCartBar();
}

async function reviews() {
  const page = await api("GET", `/api/shops/${shopId}/reviews?size=10`);
  show("reviews", page.items.length
    ? page.items.map((review) => el("div", { class: "card review" },
      el("div", { class: "row" }, el("strong", {}, "★".repeat(review.rating) + "☆".repeat(5 - review.rating)),
        el("span", { class: "muted" }, new Date(review.writtenAt).toLocaleDateString("ko-KR"))),
      el("p", {}, review.text),
      review.reply ? el("p", { class: "muted" }, "Owner: " + review.reply) : null))
    : el("p", { class: "empty" }, "No reviews yet."));
}

load().catch((e) => show("shop-head", el("p", { class: "empty" }, e.message)));
reviews().catch(() => {});
