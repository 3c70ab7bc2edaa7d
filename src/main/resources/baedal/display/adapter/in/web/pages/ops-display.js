import { act, api, toast } from "/ui/platform/app.js";

const button = document.getElementById("rebuild");
button.addEventListener("click", () => act(button, async () => {
  const result = await api("POST", "/api/admin/display/rebuild");
  document.getElementById("rebuilt").textContent = `Rebuilt ${result.shops} shops in ${result.millis} ms.`;
  toast("Display rebuilt");
}));
