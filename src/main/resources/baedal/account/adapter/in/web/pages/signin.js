import { api, act, el, homeOf, param, session, show, toast } from "/ui/platform/app.js";

const form = document.getElementById("signin");

async function signIn(username, password, button) {
  await act(button, async () => {
    const { accessToken } = await api("POST", "/api/auth/token", { username, password });
    session.signIn(accessToken);
    toast("Signed in as " + session.username);
    const next = param("next");
    location.assign(next && next.startsWith("/") && !next.startsWith("//") ? next : homeOf(session.roles));
  });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(form);
  signIn(data.get("username").trim(), data.get("password"), form.querySelector("button"));
});

const wanted = param("as");
const demo = ["customer1", "customer2", "customer3", "owner1", "owner2", "rider1", "admin"];
show(
  "demo-accounts",
  demo.map((name) =>
    el("button", {
      class: "chip",
      type: "button",
      dataset: { account: name },
      onclick: (event) => signIn(name, "demo1234!", event.currentTarget),
    }, name),
  ),
);
if (wanted) {
  toast("Please sign in as " + wanted.toLowerCase() + " to use this page.");
}
