// The structure the reader found: headline, lede, each block with its axiom id, the
// speakers and links in it, and the byline, each with a button to its line. A label the
// reader did not recognise shows as `custom`, so a misread draft is visible at once.

import { el, fill, plural } from "./dom.js";

function lineButton(line, go) {
  if (line == null) return null;
  return el("button", { type: "button", class: "link-button line-link", onclick: () => go(line) }, `line ${line}`);
}

function part(item) {
  if (item.kind === "speaker") {
    const role = item.role ? `, ${item.role}` : "";
    return el("li", { class: "part part-speaker" }, el("span", { class: "part-kind" }, "Speaker"), ` ${item.name}${role} (${plural(item.said, "quote")})`);
  }
  if (item.kind === "bullets") {
    return el("li", { class: "part part-bullets" }, el("span", { class: "part-kind" }, plural(item.items, "bullet")), ` ${item.text}`);
  }
  return el("li", { class: "part part-paragraph" }, el("span", { class: "part-kind" }, "Paragraph"), ` ${item.text}`);
}

function field(name, value, go) {
  return el(
    "li",
    { class: `field field-${name.toLowerCase()}` },
    el("span", { class: "field-name" }, name),
    " ",
    value ? el("span", { class: "field-value" }, value.text) : el("span", { class: "missing" }, "none found"),
    " ",
    value ? lineButton(value.line, go) : null,
  );
}

/**
 * Show the structure of a review.
 * @param {HTMLElement} container
 * @param {any} structure
 * @param {(line: number) => void} go
 */
export function showStructure(container, structure, go) {
  if (!structure) {
    fill(container, el("p", { class: "muted" }, "The draft cannot be read yet."));
    return;
  }
  const blocks = structure.blocks.map((block) =>
    el(
      "li",
      { class: block.axiom === "custom" ? "block block-custom" : "block" },
      el("span", { class: "block-label" }, block.label),
      " ",
      el("code", { class: "axiom" }, block.axiom),
      " ",
      lineButton(block.line, go),
      block.parts?.length ? el("ul", { class: "parts" }, block.parts.map(part)) : null,
      block.links
        ? el(
            "ul",
            { class: "parts" },
            block.links.map((link) =>
              el("li", { class: "part part-link" }, el("span", { class: "part-kind" }, "Link"), ` ${link.title}`, link.url ? el("span", { class: "url" }, ` ${link.url}`) : el("span", { class: "missing" }, " (no address)")),
            ),
          )
        : null,
    ),
  );
  fill(
    container,
    el(
      "ul",
      { class: "outline" },
      field("Headline", structure.headline, go),
      field("Lede", structure.lede, go),
      el(
        "li",
        { class: "field field-blocks" },
        el("span", { class: "field-name" }, `Blocks (${structure.blocks.length})`),
        blocks.length ? el("ol", { class: "blocks" }, blocks) : el("span", { class: "missing" }, " none found"),
      ),
      field("Byline", structure.byline, go),
    ),
  );
}
