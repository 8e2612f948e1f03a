// Questions to the writer in modal dialogs (focus stays inside, Escape cancels).

import { byId } from "./dom.js";

/**
 * Ask to confirm; resolves to true when the writer chooses the action.
 * @param {string} title @param {string} message @param {string} action
 */
export function confirmAction(title, message, action) {
  const dialog = /** @type {HTMLDialogElement} */ (byId("confirm"));
  byId("confirm-title").textContent = title;
  byId("confirm-message").textContent = message;
  byId("confirm-ok").textContent = action;
  return ask(dialog);
}

/**
 * Ask for the path to save under; resolves to it, or null when cancelled.
 * @param {string} suggested
 */
export async function askPath(suggested) {
  const dialog = /** @type {HTMLDialogElement} */ (byId("save-as"));
  const input = /** @type {HTMLInputElement} */ (byId("save-as-path"));
  input.value = suggested;
  const chosen = await ask(dialog, input);
  return chosen ? input.value.trim() || null : null;
}

function ask(dialog, focus) {
  return new Promise((resolve) => {
    const form = dialog.querySelector("form");
    const cancel = dialog.querySelector(".dialog-cancel");
    const done = (answer) => {
      form?.removeEventListener("submit", submit);
      cancel?.removeEventListener("click", closed);
      dialog.removeEventListener("close", closed);
      if (dialog.open) dialog.close();
      resolve(answer);
    };
    // Enter in the field submits the form: the answer is yes; Cancel, Escape: no.
    const submit = (event) => {
      event.preventDefault();
      done(true);
    };
    const closed = () => done(false);
    form?.addEventListener("submit", submit);
    cancel?.addEventListener("click", closed);
    dialog.addEventListener("close", closed);
    dialog.showModal();
    focus?.select();
  });
}
