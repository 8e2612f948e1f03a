// The editor: CodeMirror 6 with Markdown, the house labels marked and completed, findings
// underlined, and every style in the page's stylesheet (themed by CSS variables).

import { autocompletion, completionKeymap, closeBrackets } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdownKeymap, markdownLanguage } from "@codemirror/lang-markdown";
import { LanguageSupport, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, lintKeymap } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { Compartment, EditorState } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";

import { labelCompletion, labelField } from "./labels.js";

const language = new Compartment();

// Markdown (with GitHub's extensions) without the HTML support `markdown()` brings: a
// draft's raw HTML never reaches the page, and the bundle stays a third of the size.
const markdownSupport = [new LanguageSupport(markdownLanguage), keymap.of(markdownKeymap)];

/** The language support of a format: Markdown is highlighted, other formats are text. */
function languageOf(format) {
  return format === "markdown" ? markdownSupport : [];
}

/**
 * A new editor in `parent`.
 * @param {HTMLElement} parent
 * @param {{text: string, format: string, nonce: string,
 *          labels: () => Array<{label: string, axiom: string}>, formatOf: () => string,
 *          onChange: (update: import("@codemirror/view").ViewUpdate) => void}} options
 */
export function createEditor(parent, options) {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        EditorView.cspNonce.of(options.nonce),
        lineNumbers(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        closeBrackets(),
        EditorView.lineWrapping,
        language.of(languageOf(options.format)),
        syntaxHighlighting(classHighlighter),
        labelField,
        lintGutter(),
        autocompletion({ override: [labelCompletion(options.labels, options.formatOf)], icons: false }),
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...completionKeymap, ...lintKeymap]),
        placeholder("Headline on the first line, then the lede, then labelled blocks…"),
        EditorView.contentAttributes.of({ "aria-label": "Draft", spellcheck: "true", lang: "en" }),
        EditorView.updateListener.of(options.onChange),
      ],
    }),
  });
}

/** Switch the editor's language when the draft's format changes. */
export function setFormat(view, format) {
  view.dispatch({ effects: language.reconfigure(languageOf(format)) });
}

/** Replace the whole text (opening a file, a new draft), as one undoable step. */
export function replaceText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/**
 * Replace the text with `next`, changing only the part that differs, so the cursor and
 * the undo history stay where the writer left them (applying a fix).
 */
export function patchText(view, next) {
  const current = view.state.doc.toString();
  if (current === next) return;
  let start = 0;
  const shortest = Math.min(current.length, next.length);
  while (start < shortest && current.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shortest - start &&
    current.charCodeAt(current.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  view.dispatch({
    changes: { from: start, to: current.length - end, insert: next.slice(start, next.length - end) },
    userEvent: "input.fix",
  });
}

/** Put the cursor on a range and the focus in the editor. */
export function reveal(view, from, to) {
  view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
  view.focus();
}
