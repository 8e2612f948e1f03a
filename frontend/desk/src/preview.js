// The preview: the page `smartbrev convert --to html` writes, in a sandboxed frame where
// no script runs. The frame keeps its scroll position while the writer types.

export class Preview {
  /** @param {HTMLIFrameElement} frame @param {HTMLElement} note */
  constructor(frame, note) {
    this.frame = frame;
    this.note = note;
    this.html = null;
    this.scroll = 0;
    frame.addEventListener("load", () => {
      const page = frame.contentDocument?.scrollingElement;
      if (page) page.scrollTop = this.scroll;
    });
  }

  /** Show a review's preview; when there is none, keep the last page and say why. */
  show(preview) {
    this.note.textContent = preview.problem ? `Preview not updated: ${preview.problem}` : "";
    this.note.hidden = !preview.problem;
    if (preview.html == null || preview.html === this.html) return;
    this.scroll = this.frame.contentDocument?.scrollingElement?.scrollTop ?? 0;
    this.html = preview.html;
    this.frame.srcdoc = preview.html;
  }
}
