// The folder's briefings: each with its status (clean, findings, unreadable), opened with
// a click.

import { el, fill, plural } from "./dom.js";

function badge(file) {
  if (file.status === "unreadable") return el("span", { class: "badge badge-unreadable" }, "unreadable");
  if (file.status === "clean") return el("span", { class: "badge badge-clean" }, "clean");
  const parts = [];
  if (file.errors) parts.push(plural(file.errors, "error"));
  if (file.warnings) parts.push(plural(file.warnings, "warning"));
  if (file.infos) parts.push(`${file.infos} info`);
  return el("span", { class: file.errors ? "badge badge-errors" : "badge badge-findings" }, parts.join(", "));
}

/**
 * Show the listing of the folder.
 * @param {HTMLElement} container
 * @param {any} listing
 * @param {string|null} current the open file
 * @param {(path: string) => void} open
 */
export function showFiles(container, listing, current, open) {
  if (!listing.files.length) {
    fill(container, el("p", { class: "muted" }, "No briefings in this folder yet. Save the draft to add one."));
    return;
  }
  fill(
    container,
    el(
      "ul",
      { class: "file-list" },
      listing.files.map((file) =>
        el(
          "li",
          {},
          el(
            "button",
            {
              type: "button",
              class: "file-button",
              "aria-current": file.name === current ? "true" : null,
              title: file.problem ?? null,
              onclick: () => open(file.name),
            },
            el("span", { class: "file-name" }, file.name),
            " ",
            badge(file),
          ),
        ),
      ),
    ),
    listing.truncated ? el("p", { class: "muted" }, "Only the first briefings are listed.") : null,
  );
}
