// Coaching as the writer types: every change asks the desk for a review, one request at
// a time; a change made while a review is on its way is reviewed as soon as it lands, and
// the answer is moved through the changes made meanwhile, so underlines stay on their words.

import { setDiagnostics } from "@codemirror/lint";
import { ChangeSet } from "@codemirror/state";

import { setLabels } from "./labels.js";
import { rangeOf } from "./positions.js";

export class Coach {
  /**
   * @param {import("@codemirror/view").EditorView} view
   * @param {{review: (text: string) => Promise<any>,
   *          shown: (review: any, place: (span: any) => {from: number, to: number} | null,
 *                  text: string) => void,
   *          failed: (error: Error) => void,
   *          actions: (finding: any) => Array<{name: string, apply: Function}>}} hooks
   */
  constructor(view, hooks) {
    this.view = view;
    this.hooks = hooks;
    this.busy = false;
    this.stale = true;
    this.since = ChangeSet.empty(view.state.doc.length);
  }

  /** Note a change to the text (called for every editor update). */
  changed(update) {
    if (!update.docChanged) return;
    if (this.busy) this.since = this.since.compose(update.changes);
    this.stale = true;
    this.next();
  }

  /** Review again even though the text is the same (the format or the file changed). */
  refresh() {
    this.stale = true;
    this.next();
  }

  next() {
    if (this.busy || !this.stale) return;
    this.stale = false;
    this.busy = true;
    const doc = this.view.state.doc;
    const text = doc.toString();
    this.since = ChangeSet.empty(doc.length);
    this.hooks
      .review(text)
      .then((review) => this.show(review, doc, text))
      .catch((error) => this.hooks.failed(error))
      .finally(() => {
        this.busy = false;
        this.next();
      });
  }

  /** Show a review of `doc` in the editor, placed through the changes made since. */
  show(review, doc, text) {
    const since = this.since;
    const place = (span) => {
      if (!span || span.line == null) return null;
      const { from, to } = rangeOf(doc, span);
      const mappedFrom = since.mapPos(from, 1);
      return { from: mappedFrom, to: Math.max(mappedFrom, since.mapPos(to, -1)) };
    };
    const diagnostics = [];
    for (const finding of review.findings) {
      const range = place(finding);
      if (!range) continue;
      diagnostics.push({
        ...range,
        severity: finding.severity,
        source: `${finding.code} ${finding.name}`,
        message: finding.help ? `${finding.message}. ${finding.help}` : finding.message,
        actions: this.hooks.actions(finding),
      });
    }
    const labels = [];
    for (const block of review.structure?.blocks ?? []) {
      const range = place(block.label_at);
      if (range) labels.push({ ...range, known: block.axiom !== "custom" });
    }
    const spec = setDiagnostics(this.view.state, diagnostics);
    this.view.dispatch({ effects: [spec.effects ?? []].flat().concat(setLabels.of(labels)) });
    this.hooks.shown(review, place, text);
  }
}
