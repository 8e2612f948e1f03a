// The Smart Brevity meter: the words of the briefing and of each part against the limits
// the configuration sets, and how long each takes to read.

import { el, fill, readingTime } from "./dom.js";

function gauge(label, value, limit, unit) {
  const over = limit != null && value > limit;
  const shown = limit != null ? `${value} of ${limit} ${unit}` : `${value} ${unit}`;
  return el(
    "div",
    { class: over ? "gauge over" : "gauge" },
    el("dt", {}, label),
    el(
      "dd",
      {},
      // Green up to four fifths of the limit, amber up to it, red beyond (the scale
      // stretches to show how far over).
      limit != null
        ? el("meter", {
            min: 0,
            max: Math.max(limit, value),
            low: limit * 0.8,
            high: limit,
            optimum: 0,
            value,
            "aria-label": `${label}: ${shown}`,
          })
        : null,
      el("span", { class: "gauge-value" }, shown, over ? " (over the limit)" : ""),
    ),
  );
}

/**
 * Show the meter of a review (or why there is none).
 * @param {HTMLElement} container
 * @param {any} meter
 */
export function showMeter(container, meter) {
  if (!meter) {
    fill(container, el("p", { class: "muted" }, "The meter appears once the draft reads as a valid briefing."));
    return;
  }
  fill(
    container,
    el(
      "dl",
      { class: "gauges" },
      gauge("Briefing", meter.total.words, meter.total.limit, "words"),
      gauge("Headline", meter.headline.words, meter.headline.limit, "words"),
      gauge("Lede", meter.lede.words, meter.lede.limit, "words"),
      gauge("Blocks", meter.blocks.length, meter.block_limit, "blocks"),
      el(
        "div",
        { class: "gauge" },
        el("dt", {}, "Reading time"),
        el("dd", {}, el("span", { class: "gauge-value" }, `${readingTime(meter.seconds)} at ${meter.wpm} words a minute`)),
      ),
    ),
    el(
      "table",
      { class: "block-times" },
      el("caption", {}, "Each block"),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Block"), el("th", { scope: "col" }, "Words"), el("th", { scope: "col" }, "Reading time"))),
      el(
        "tbody",
        {},
        meter.blocks.map((block) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, block.label),
            el("td", {}, String(block.words)),
            el("td", {}, readingTime(block.seconds)),
          ),
        ),
      ),
    ),
  );
}
