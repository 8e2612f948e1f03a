// The findings list: grouped by severity, each with where it is, what to do about it, a
// link to its rule's page and, when the rule offers one, a one-click fix.

import { el, fill, plural } from "./dom.js";

const GROUPS = [
  ["error", "Errors"],
  ["warning", "Warnings"],
  ["info", "Info"],
];

/**
 * Show the findings of a review.
 * @param {HTMLElement} container
 * @param {Array<any>} findings
 * @param {{place: (finding: any) => {from: number, to: number} | null,
 *          go: (range: {from: number, to: number}) => void,
 *          fix: (finding: any) => void}} hooks
 */
export function showFindings(container, findings, hooks) {
  if (!findings.length) {
    fill(container, el("p", { class: "all-clear" }, "No findings: the draft follows the house style."));
    return;
  }
  const sections = [];
  for (const [severity, title] of GROUPS) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (!group.length) continue;
    const id = `findings-${severity}`;
    sections.push(
      el(
        "section",
        { class: `finding-group severity-${severity}`, "aria-labelledby": id },
        el("h4", { id }, `${title} (${group.length})`),
        el("ul", { class: "finding-list" }, group.map((finding) => item(finding, hooks))),
      ),
    );
  }
  fill(container, sections);
}

function item(finding, hooks) {
  const range = hooks.place(finding);
  const where = finding.line != null ? `Line ${finding.line}, column ${finding.column}` : "Whole briefing";
  return el(
    "li",
    { class: `finding severity-${finding.severity}`, "data-code": finding.code },
    el(
      "p",
      { class: "finding-head" },
      el("span", { class: "finding-code" }, finding.code),
      " ",
      el("span", { class: "finding-name" }, finding.name),
    ),
    el("p", { class: "finding-message" }, finding.message),
    finding.help ? el("p", { class: "finding-help" }, finding.help) : null,
    el(
      "p",
      { class: "finding-actions" },
      range
        ? el("button", { type: "button", class: "link-button", onclick: () => hooks.go(range) }, where)
        : el("span", { class: "finding-where" }, where),
      finding.doc
        ? el(
            "a",
            { href: finding.doc, target: "_blank", rel: "noopener", class: "finding-doc" },
            `Rule ${finding.code}`,
            el("span", { class: "visually-hidden" }, ` (${finding.name}, opens in a new tab)`),
          )
        : null,
      finding.fix ? fixButton(finding, hooks) : null,
    ),
  );
}

function fixButton(finding, hooks) {
  const unsafe = finding.fix.safety === "unsafe";
  return el(
    "button",
    {
      type: "button",
      class: unsafe ? "fix fix-unsafe" : "fix",
      onclick: () => hooks.fix(finding),
    },
    unsafe ? `${finding.fix.title || "Fix"}… (unsafe)` : finding.fix.title || "Fix",
  );
}

/** "3 findings" for the heading, "" when there are none. */
export function findingsCount(findings) {
  return findings.length ? plural(findings.length, "finding") : "none";
}
