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
  const decline = delivery.status === "ASSIGNED"
    ? el("button", { class: "decline", type: "button", onclick: (event) => act(event.currentTarget, async () => {
      await api("POST", `/api/deliveries/${delivery.id}/decline`);
      toast("Declined — it goes to another rider");
      load();
    }) }, "Decline")
    : null;
  return el("div", { class: "card delivery", dataset: { deliveryId: delivery.id, orderId: delivery.orderId } },
    el("div", { class: "row" }, el("strong", { class: "number" }, delivery.orderNumber || "Order " + delivery.orderId.slice(0, 8)),
      status(delivery.status)),
    delivery.deliveryAddress ? el("div", {}, "To " + delivery.deliveryAddress) : null,
    el("div", { class: "muted" }, "Assigned " + when(delivery.assignedAt) +
      (delivery.estimatedArrival ? " · due at the door " + when(delivery.estimatedArrival) : "")),
    el("div", { class: "row" }, decline, step));
}

async function load() {
  const deliveries = await api("GET", "/api/me/deliveries");
  show("deliveries", deliveries.length ? deliveries.map(card) : el("p", { class: "empty" }, "Nothing to deliver right now."));
}

/** Where the rider is: reported now, and again every minute while the page is open. */
let position = JSON.parse(localStorage.getItem("baedal.riderPosition") || "null");

async function report() {
  if (!position) return;
  const available = document.getElementById("available").checked;
  await api("PUT", "/api/riders/me/location", { lat: position.lat, lng: position.lng, available });
  document.getElementById("shift-state").textContent = available ? "On shift" : "Taking a break";
  document.getElementById("shift-where").textContent =
    `At ${position.label || `${position.lat.toFixed(4)}, ${position.lng.toFixed(4)}`} · reported ${when(new Date().toISOString())}`;
  load();
}

function locate(next) {
  position = next;
  localStorage.setItem("baedal.riderPosition", JSON.stringify(next));
  report().catch((e) => toast(e.message, "error"));
}

document.getElementById("jamsil").addEventListener("click", () => locate({ lat: 37.5133, lng: 127.1000, label: "Jamsil station" }));
document.getElementById("here").addEventListener("click", () => {
  if (!navigator.geolocation) return toast("This browser cannot tell where you are", "error");
  navigator.geolocation.getCurrentPosition(
    (p) => locate({ lat: p.coords.latitude, lng: p.coords.longitude }),
    () => toast("Location not allowed: pick a place instead", "error"));
});
document.getElementById("available").addEventListener("change", () => report().catch((e) => toast(e.message, "error")));

report().catch(() => {});
setInterval(() => report().catch(() => {}), 60000);
load();
setInterval(() => {
  if (!document.querySelector("#deliveries button:disabled")) load().catch(() => {});
}, 3000);
