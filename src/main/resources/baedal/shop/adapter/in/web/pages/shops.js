import { act, api, el, show, toast, won } from "/ui/platform/app.js";

const DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
let selected = localStorage.getItem("baedal.ownerShop");

function shopCard(shop) {
  return el("div", { class: "card shop", dataset: { shopId: shop.id } },
    el("div", { class: "row" },
      el("h3", {}, shop.name),
      el("span", { class: "status " + (shop.open ? "up" : "down") }, shop.open ? "Open" : "Closed")),
    el("div", { class: "muted" }, `${shop.category} · min ${won(shop.minOrderAmount)} · delivery ${won(shop.deliveryFee)} · ${shop.address}`),
    el("div", { class: "row" },
      el("button", { type: "button", class: shop.open ? "danger close" : "primary open", onclick: (event) =>
        act(event.currentTarget, async () => {
          await api("POST", `/api/shops/${shop.id}/${shop.open ? "close" : "open"}`);
          toast(shop.open ? "Closed for now" : "Open — orders can come in");
          load();
        }) }, shop.open ? "Close for now" : "Open"),
      el("button", { type: "button", class: "menus", onclick: () => menus(shop) }, "Menus")));
}

function menuCard(shop, menu) {
  const price = el("input", { type: "number", min: 0, value: menu.price, "aria-label": "price", style: "width:8rem" });
  const body = (optionGroups = menu.optionGroups) =>
    ({ name: menu.name, price: Number(price.value), group: menu.group, optionGroups, soldOut: menu.soldOut });
  // Tapping an option marks it sold out, or offers it again.
  const toggle = (group, option) => menu.optionGroups.map((g) => g !== group ? g
    : { ...g, options: g.options.map((o) => o !== option ? o : { ...o, soldOut: !o.soldOut }) });
  const rule = (g) => g.minChoices === g.maxChoices ? `choose ${g.minChoices}`
    : g.minChoices === 0 ? (g.maxChoices === 1 ? "optional" : `up to ${g.maxChoices}`) : `${g.minChoices}–${g.maxChoices}`;
  return el("div", { class: "card menu", dataset: { menuId: menu.id } },
    el("div", { class: "row" }, el("strong", {}, menu.name), el("span", { class: "muted" }, menu.group),
      menu.soldOut ? el("span", { class: "status down" }, "Sold out") : null),
    menu.optionGroups.map((group) => el("div", { class: "row option-group", dataset: { group: group.name } },
      el("span", { class: "muted" }, `${group.name} · ${rule(group)}`),
      el("span", {}, group.options.map((option) => el("button", {
        type: "button", class: "chip" + (option.soldOut ? " off" : ""), dataset: { option: option.name },
        title: option.soldOut ? "Sold out: tap to offer it again" : "Tap to mark it sold out",
        onclick: (event) => act(event.currentTarget, async () => {
          await api("PUT", `/api/shops/${shop.id}/menus/${menu.id}`, { ...body(toggle(group, option)), price: menu.price });
          toast(option.soldOut ? `${option.name} is back` : `${option.name} marked sold out`);
          menus(shop);
        }),
      }, option.name + (option.price ? ` +${won(option.price)}` : "")))))),
    el("div", { class: "row" },
      price,
      el("button", { type: "button", class: "save", onclick: (event) => act(event.currentTarget, async () => {
        await api("PUT", `/api/shops/${shop.id}/menus/${menu.id}`, body());
        toast("Saved");
        menus(shop);
      }) }, "Save price"),
      el("button", { type: "button", class: "sold-out", onclick: (event) => act(event.currentTarget, async () => {
        await api("PUT", `/api/shops/${shop.id}/menus/${menu.id}`, { ...body(), price: menu.price, soldOut: !menu.soldOut });
        toast(menu.soldOut ? "Back on the menu" : "Marked sold out");
        menus(shop);
      }) }, menu.soldOut ? "Available again" : "Sold out")));
}

async function menus(shop) {
  selected = shop.id;
  localStorage.setItem("baedal.ownerShop", shop.id);
  document.getElementById("menus-section").hidden = false;
  document.getElementById("menus-title").textContent = "Menus of " + shop.name;
  const list = await api("GET", `/api/shops/${shop.id}/menus`);
  show("menus", list.length ? list.map((menu) => menuCard(shop, menu)) : el("p", { class: "empty" }, "No menu yet."));
  document.getElementById("menu").onsubmit = (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const options = form.options.value.split(",").map((text) => text.trim()).filter(Boolean).map((text) => {
      const [name, price] = text.split(":");
      return { name: name.trim(), price: Number(price) || 0 };
    });
    act(form.querySelector("button"), async () => {
      await api("POST", `/api/shops/${shop.id}/menus`, {
        name: form.name.value.trim(), price: Number(form.price.value), group: form.group.value.trim() || null, options,
      });
      form.reset();
      toast("Menu added");
      menus(shop);
    });
  };
}

async function load() {
  const shops = await api("GET", "/api/me/shops");
  show("shops", shops.length ? shops.map(shopCard) : el("p", { class: "empty" }, "No shop yet — register one below."));
  const current = shops.find((s) => s.id === selected) || shops[0];
  if (current) menus(current);
}

document.getElementById("register").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const data = Object.fromEntries(new FormData(form));
  act(form.querySelector("button"), async () => {
    const shop = await api("POST", "/api/shops", {
      name: data.name.trim(), category: data.category, address: data.address.trim(),
      lat: Number(data.lat), lng: Number(data.lng), deliveryRadiusMeters: Number(data.deliveryRadiusMeters),
      minOrderAmount: Number(data.minOrderAmount), deliveryFee: Number(data.deliveryFee),
      openingHours: DAYS.map((day) => ({ day, opens: data.opens, closes: data.closes })),
      breaks: data.breakStarts && data.breakEnds
        ? DAYS.map((day) => ({ day, starts: data.breakStarts, ends: data.breakEnds })) : [],
      closedDays: data.closedDay ? [data.closedDay] : [],
      deliveryFeeTiers: data.tiers.split(",").map((text) => text.trim()).filter(Boolean).map((text) => {
        const [upToMeters, fee] = text.split(":");
        return { upToMeters: Number(upToMeters), fee: Number(fee) || 0 };
      }),
    });
    selected = shop.id;
    toast("Registered — add menus, then open it");
    form.closest("details").open = false;
    load();
  });
});

load();
