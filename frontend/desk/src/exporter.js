// Exports: the draft converted by the desk (as `smartbrev convert` would) and handed to
// the browser as a download named after the headline.

import { call } from "./api.js";
import { el, fill } from "./dom.js";

const NAMES = {
  json: "JSON",
  yaml: "YAML",
  markdown: "Markdown",
  text: "Plain text",
  html: "HTML page",
  ninjs: "ninjs 3.1",
  "ninjs-2.2": "ninjs 2.2",
};

function download(answer) {
  const blob = new Blob([answer.content], { type: `${answer.media_type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: answer.filename, class: "visually-hidden" });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Offer one button per output format.
 * @param {HTMLElement} container
 * @param {HTMLElement} status
 * @param {string[]} formats
 * @param {() => {text: string, format: string, path: string|null}} draft
 */
export function showExports(container, status, formats, draft) {
  const exportAs = async (to) => {
    status.textContent = `Exporting ${NAMES[to] ?? to}…`;
    try {
      const answer = await call("POST", "/api/export", { ...draft(), to });
      download(answer);
      status.textContent = `Downloaded ${answer.filename}`;
    } catch (error) {
      status.textContent = error.message;
    }
  };
  fill(
    container,
    el(
      "ul",
      { class: "export-list" },
      formats.map((format) =>
        el("li", {}, el("button", { type: "button", "data-format": format, onclick: () => exportAs(format) }, NAMES[format] ?? format)),
      ),
    ),
  );
}
