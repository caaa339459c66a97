// Progressive enhancement of the Find a service shortlist: add and remove without reloading the page, keep the
// count up to date and announce each change to screen readers. Without this file the same forms post and redirect.
const status = document.querySelector("[data-shortlist-status]");
const counts = () => document.querySelectorAll("[data-shortlist-count]");

function announce(message) {
  if (!status) return;
  // Clear first so the same message twice is announced twice.
  status.textContent = "";
  window.setTimeout(() => { status.textContent = message; }, 50);
}

function setCount(change) {
  for (const element of counts()) {
    const next = Math.max(0, (parseInt(element.textContent, 10) || 0) + change);
    element.textContent = String(next);
  }
}

async function post(form) {
  const response = await fetch(form.action, {
    method: "POST",
    body: new FormData(form),
    credentials: "same-origin",
    headers: { "X-Requested-With": "fetch" },
  });
  if (!response.ok) throw new Error(`The server answered ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), "text/html");
}

function busy(form, on) {
  const button = form.querySelector("button");
  if (button) {
    button.disabled = on;
    button.setAttribute("aria-disabled", String(on));
  }
}

for (const form of document.querySelectorAll("form[data-shortlist-add]")) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    busy(form, true);
    try {
      const page = await post(form);
      const added = page.querySelector("[data-shortlist-on]");
      if (!added) {
        // For example, the shortlist is full: show the server's message.
        const message = page.querySelector("[data-shortlist-message]")?.textContent?.trim() ?? "The service could not be added.";
        announce(message);
        busy(form, false);
        return;
      }
      const replacement = document.importNode(added, true);
      form.replaceWith(replacement);
      setCount(1);
      announce(`${form.dataset.shortlistAdd} added to your shortlist.`);
      replacement.querySelector("a")?.focus();
    } catch {
      // Fall back to the ordinary form post.
      form.submit();
    }
  });
}

for (const form of document.querySelectorAll("form[data-shortlist-remove]")) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    busy(form, true);
    try {
      await post(form);
      const item = form.closest("li");
      const next = item?.nextElementSibling?.querySelector("a") ?? item?.previousElementSibling?.querySelector("a");
      item?.remove();
      setCount(-1);
      announce(`${form.dataset.shortlistRemove} removed from your shortlist.`);
      if (document.querySelectorAll("form[data-shortlist-remove]").length === 0) {
        window.location.reload();
        return;
      }
      (next ?? document.querySelector("h1"))?.focus();
    } catch {
      form.submit();
    }
  });
}
