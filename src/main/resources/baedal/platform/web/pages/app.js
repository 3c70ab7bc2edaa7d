// The pages' shared script: the signed-in session, calls to the API with its token, live event streams, the cart,
// and a few helpers to build the page. Every page imports what it needs from here.

const TOKEN = "baedal.token";
const CART = "baedal.cart";

function claims(token) {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(decodeURIComponent(escape(atob(payload))));
  } catch {
    return null;
  }
}

/** Who is signed in on this browser, from the token the API issued. */
export const session = {
  get token() {
    const token = localStorage.getItem(TOKEN);
    const c = token && claims(token);
    if (!c || (c.exp && c.exp * 1000 < Date.now())) {
      return null;
    }
    return token;
  },
  get username() {
    const token = this.token;
    return token ? claims(token).preferred_username : null;
  },
  get roles() {
    const token = this.token;
    return token ? claims(token).roles || [] : [];
  },
  has(role) {
    return this.roles.includes(role);
  },
  signIn(token) {
    localStorage.setItem(TOKEN, token);
  },
  signOut() {
    localStorage.removeItem(TOKEN);
  },
};

/** Where each kind of user starts. */
export function homeOf(roles) {
  if (roles.includes("ADMIN")) return "/ops";
  if (roles.includes("OWNER")) return "/owner";
  if (roles.includes("RIDER")) return "/rider";
  return "/";
}

/** An answer of the API that was not a success, with its problem detail. */
export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || "HTTP " + status);
    this.status = status;
    this.title = (body && body.title) || "HTTP " + status;
    this.body = body;
  }
}

function signInAgain() {
  session.signOut();
  location.assign("/signin?next=" + encodeURIComponent(location.pathname + location.search));
}

/** Calls the API as the signed-in user; resolves to the JSON answer (or null), rejects with a Problem. */
export async function api(method, path, body, headers = {}) {
  const request = { method, headers: { Accept: "application/json, application/problem+json", ...headers } };
  const token = session.token;
  if (token) request.headers.Authorization = "Bearer " + token;
  if (body !== undefined) {
    request.headers["Content-Type"] = "application/json";
    request.body = JSON.stringify(body);
  }
  const response = await fetch(path, request);
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (response.status === 401 && token) {
    signInAgain();
  }
  if (!response.ok) {
    throw new Problem(response.status, json);
  }
  return json;
}

/**
 * Follows a Server-Sent Events stream of the API as the signed-in user (a bearer header, which EventSource cannot
 * send), calling onEvent(name, data) for each event; reconnects after a break until closed.
 */
export function stream(path, onEvent, onState = () => {}) {
  let closed = false;
  let controller;
  async function connect() {
    while (!closed) {
      controller = new AbortController();
      try {
        const response = await fetch(path, {
          headers: { Accept: "text/event-stream, application/problem+json", Authorization: "Bearer " + session.token },
          signal: controller.signal,
        });
        if (!response.ok) {
          const problem = new Problem(response.status, await response.json().catch(() => null));
          onState("refused", problem);
          if (response.status === 401) signInAgain();
          return;
        }
        onState("live");
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n/g, "\n");
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let name = "message";
            const data = [];
            for (const line of block.split("\n")) {
              if (line.startsWith("event:")) name = line.slice(6).trim();
              else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
            }
            if (data.length) {
              const text = data.join("\n");
              let parsed = text;
              try {
                parsed = JSON.parse(text);
              } catch {}
              onEvent(name, parsed);
            }
          }
        }
      } catch (e) {
        if (closed) return;
      }
      onState("reconnecting");
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  connect();
  return {
    close() {
      closed = true;
      if (controller) controller.abort();
    },
  };
}

/** The customer's cart, kept in this browser until the order is placed: one shop at a time. */
export const cart = {
  get() {
    try {
      return JSON.parse(localStorage.getItem(CART)) || { shopId: null, shopName: null, items: [] };
    } catch {
      return { shopId: null, shopName: null, items: [] };
    }
  },
  save(value) {
    localStorage.setItem(CART, JSON.stringify(value));
    renderCartCount();
  },
  add(shop, item) {
    let value = this.get();
    if (value.shopId !== shop.shopId) value = { shopId: shop.shopId, shopName: shop.name, items: [] };
    value.items.push(item);
    this.save(value);
  },
  clear() {
    localStorage.removeItem(CART);
    renderCartCount();
  },
  count() {
    return this.get().items.reduce((sum, item) => sum + item.quantity, 0);
  },
};

/** Builds an element: el("button", {class: "primary", onclick: f}, "Text", child...). Text is never parsed as HTML. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces the children of the element with the given id. */
export function show(id, ...children) {
  const target = document.getElementById(id);
  target.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return target;
}

/** A shop's delivery fee (as the display details it) to a point: that of the first fee tier reaching it, else its deliveryFee. */
export function deliveryFee(shop, lat, lng) {
  const dLat = (lat - shop.lat) * 111320;
  const dLng = (lng - shop.lng) * 111320 * Math.cos(((lat + shop.lat) / 2) * Math.PI / 180);
  const meters = Math.hypot(dLat, dLng);
  const tier = (shop.deliveryFeeTiers || []).find((t) => meters <= t.upToMeters);
  return tier ? tier.fee : shop.deliveryFee;
}

export function won(amount) {
  return Number(amount || 0).toLocaleString("ko-KR") + "원";
}

/** A moment as this browser's local date and time, e.g. 2026-12-04 19:11:45. */
export function when(instant) {
  if (!instant) return "";
  const d = new Date(instant);
  const two = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** Shows a short message at the top of the page; problems stay a little longer. */
export function toast(message, kind = "info") {
  const box = el("div", { class: "toast " + kind, role: kind === "error" ? "alert" : "status" }, message);
  document.getElementById("toasts").append(box);
  setTimeout(() => box.remove(), kind === "error" ? 6000 : 3000);
}

/** Runs an action of a button or form, showing its problem, if any, and keeping the button disabled meanwhile. */
export async function act(button, action) {
  if (button) button.disabled = true;
  try {
    return await action();
  } catch (e) {
    toast(e instanceof Problem ? `${e.title}: ${e.message}` : e.message, "error");
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

/** A badge for an order or delivery status. */
export function status(value) {
  return el("span", { class: "status " + String(value).toLowerCase() }, value);
}

function renderCartCount() {
  const link = document.querySelector('#navigation a[href="/cart"]');
  if (link) link.dataset.count = cart.count() || "";
}

function renderChrome() {
  const audience = document.body.dataset.audience;
  const roles = session.roles;
  if (audience !== "ANYONE" && !roles.includes(audience)) {
    location.replace("/signin?next=" + encodeURIComponent(location.pathname + location.search) + "&as=" + audience);
    return;
  }
  const visible = roles.length ? roles : ["CUSTOMER"];
  for (const link of document.querySelectorAll("#navigation a")) {
    const shown = link.dataset.audience === "ANYONE" || visible.includes(link.dataset.audience);
    link.hidden = !shown;
    if (link.getAttribute("href") === location.pathname) link.setAttribute("aria-current", "page");
  }
  renderCartCount();
  const who = document.getElementById("who");
  if (session.token) {
    who.replaceChildren(
      el("span", { class: "username" }, session.username),
      el("button", { class: "link", id: "sign-out", onclick: () => {
        session.signOut();
        location.assign("/signin");
      } }, "Sign out"),
    );
  } else {
    who.replaceChildren(el("a", { href: "/signin", id: "sign-in" }, "Sign in"));
  }
}

renderChrome();

/** Where the customer wants food delivered, kept in this browser (the demo shops deliver around Olympic Park). */
export const place = {
  get() {
    try {
      const stored = JSON.parse(localStorage.getItem("baedal.place"));
      if (stored && Number.isFinite(stored.lat) && Number.isFinite(stored.lng)) return stored;
    } catch {}
    return { address: "Olympic-ro 240, Songpa-gu", lat: 37.514, lng: 127.101 };
  },
  save(value) {
    localStorage.setItem("baedal.place", JSON.stringify(value));
  },
};

/** A fresh random id (an Idempotency-Key, say), also where crypto.randomUUID is not offered (plain http). */
export function randomId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
