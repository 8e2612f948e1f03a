// The draft kept in the browser between reloads: the text, its format and the file it
// belongs to, written a moment after the writer stops typing.

const KEY = "smartbrev-desk:draft";

export function loadDraft() {
  try {
    const kept = JSON.parse(window.localStorage.getItem(KEY) ?? "null");
    return kept && typeof kept.text === "string" ? kept : null;
  } catch {
    return null;
  }
}

let timer = 0;

/** Keep the draft (a quarter second after the last call). */
export function keepDraft(draft) {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(draft));
    } catch {
      // Storage full or refused (a private window): the draft lives on in the editor.
    }
  }, 250);
}
