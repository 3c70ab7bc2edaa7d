import { act, api, param, toast } from "/ui/platform/app.js";

const orderId = param("orderId");
const form = document.getElementById("review");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  act(form.querySelector("button"), async () => {
    const review = await api("POST", `/api/orders/${orderId}/review`, {
      rating: Number(form.rating.value),
      text: form.text.value.trim(),
    });
    toast("Thank you for your review");
    location.assign("/shop?id=" + review.shopId);
  });
});
