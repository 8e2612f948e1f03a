// The house labels in the editor: marked where the reader found them (so a label the
// reader did not take is plain to see), and offered at the start of a line.

import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView } from "@codemirror/view";

/** Replace the marked labels: a list of `{from, to, known}`. */
export const setLabels = StateEffect.define();

const knownMark = Decoration.mark({ class: "cm-sb-label" });
const customMark = Decoration.mark({ class: "cm-sb-label cm-sb-label-custom" });

/** The label marks, kept in place as the text around them changes. */
export const labelField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setLabels)) {
        next = Decoration.set(
          effect.value
            .filter((label) => label.to > label.from)
            .map((label) => (label.known ? knownMark : customMark).range(label.from, label.to)),
          true,
        );
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// What may stand before a label at the start of a line: a heading's hashes, bold stars,
// a list bullet or an emoji, as newsroom copy writes them.
const LINE_START = /^(\s*)(#{1,6}\s+|\*\*|[-*]\s+(?:\*\*)?|\p{Extended_Pictographic}\uFE0F?\s*)?([\p{L}’'][\p{L}\p{N}’', ]*)?$/u;

/**
 * Completion of house labels at the start of a line (Markdown and plain text only): in
 * Markdown as inline bold (`**Why it matters:** `), after `#` as a heading, in plain text
 * alone with its colon.
 * @param {() => Array<{label: string, axiom: string}>} labels
 * @param {() => string} format
 */
export function labelCompletion(labels, format) {
  return (context) => {
    const kind = format();
    if (kind !== "markdown" && kind !== "text") return null;
    const line = context.state.doc.lineAt(context.pos);
    const match = LINE_START.exec(line.text.slice(0, context.pos - line.from));
    if (!match) return null;
    const lead = match[2] ?? "";
    const typed = match[3] ?? "";
    if (!typed && !context.explicit) return null;
    const from = context.pos - typed.length;
    const stars = lead.endsWith("**");
    const start = stars ? from - 2 : from;
    const form = (label) => {
      if (lead.startsWith("#")) return label;
      return kind === "markdown" || stars ? `**${label}:** ` : `${label}:`;
    };
    return {
      from,
      options: labels().map(({ label, axiom }) => ({
        label,
        detail: axiom,
        type: "keyword",
        apply: (view, _completion, _from, to) => {
          const text = form(label);
          view.dispatch({
            changes: { from: start, to, insert: text },
            selection: { anchor: start + text.length },
            userEvent: "input.complete",
          });
        },
      })),
      validFor: /^[\p{L}’'][\p{L}\p{N}’', ]*$/u,
    };
  };
}
