import { api, el, place, show, won } from "/ui/platform/app.js";

const NAMES = { CHICKEN: "치킨 Chicken", PIZZA: "피자 Pizza", KOREAN: "한식 Korean", CHINESE: "중식 Chinese",
  JAPANESE: "일식 Japanese", CAFE: "카페 Cafe" };
let category = new URLSearchParams(location.search).get("category");
let page = 0;
let retries = 0;

function renderPlace() {
  const here = place.get();
  document.getElementById("address").textContent = here.address;
  const form = document.getElementById("place-form");
  form.address.value = here.address;
  form.lat.value = here.lat;
  form.lng.value = here.lng;
}

async function loadHome() {
  const here = place.get();
  const home = await api("GET", `/api/display/home?lat=${here.lat}&lng=${here.lng}`);
  show(
    "categories",
    el("button", { class: "chip", type: "button", "aria-pressed": String(!category), onclick: () => choose(null) },
      `All (${home.openShops})`),
    home.categories.map((c) =>
      el("button", {
        class: "chip", type: "button", dataset: { category: c.category },
        "aria-pressed": String(category === c.category), onclick: () => choose(c.category),
      }, `${NAMES[c.category] || c.category} (${c.openShops})`)),
  );
}

function card(shop) {
  return el("a", { class: "card shop", href: "/shop?id=" + shop.shopId, dataset: { shopId: shop.shopId } },
    el("div", { class: "row" },
      el("h3", {}, shop.name),
      shop.adTier && shop.adTier !== "NONE" ? el("span", { class: "status" }, "AD") : null,
      el("span", { class: "status " + (shop.open ? "up" : "down") }, shop.open ? "Open" : "Closed")),
    el("div", { class: "muted" },
      `★ ${shop.rating.toFixed(1)} (${shop.reviewCount}) · min ${won(shop.minOrderAmount)} · delivery ${won(shop.deliveryFee)}`));
}

async function loadShops(append = false) {
  const here = place.get();
  const query = new URLSearchParams({ lat: here.lat, lng: here.lng, page, size: 20 });
  if (category) query.set("category", category);
  const result = await api("GET", "/api/display/shops?" + query);
  const target = document.getElementById("shops");
  if (!append) target.replaceChildren();
  target.append(...result.items.map(card));
  if (!target.children.length) {
    target.append(el("p", { class: "empty" }, "No shop delivers here yet. Try another place or come back soon."));
    // right after a start the display is still filling from the shops' events: look again for a little while
    if (retries++ < 15) {
      setTimeout(() => {
        loadHome();
        loadShops();
      }, 2000);
    }
  }
  document.getElementById("more").hidden = page + 1 >= result.totalPages;
  document.getElementById("list-title").textContent =
    (category ? (NAMES[category] || category) : "Shops") + " delivering here";
}

function choose(value) {
  category = value;
  page = 0;
  history.replaceState(null, "", value ? "/?category=" + value : "/");
  loadHome();
  loadShops();
}

document.getElementById("change-place").addEventListener("click", () => {
  const form = document.getElementById("place-form");
  form.hidden = !form.hidden;
});
document.getElementById("place-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  place.save({ address: form.address.value.trim(), lat: Number(form.lat.value), lng: Number(form.lng.value) });
  form.hidden = true;
  renderPlace();
  choose(category);
});
document.getElementById("more").addEventListener("click", () => {
  page += 1;
  loadShops(true);
});

renderPlace();
loadHome();
loadShops();
