import { api, act, homeOf, session, toast } from "/ui/platform/app.js";

const form = document.getElementById("signup");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(form));
  act(form.querySelector("button"), async () => {
    await api("POST", "/api/auth/signup", data);
    const { accessToken } = await api("POST", "/api/auth/token", { username: data.username, password: data.password });
    session.signIn(accessToken);
    toast("Welcome, " + data.displayName);
    location.assign(homeOf(session.roles));
  });
});
