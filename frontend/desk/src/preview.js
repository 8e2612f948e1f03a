// The preview: the page `smartbrev convert --to html` writes, in a sandboxed frame where
// no script runs. It is asked for apart from the review and only while it is on screen,
// one request at a time, always for the latest reviewed text; the frame keeps its
// scroll position while the writer types.

export class Preview {
  /**
   * @param {HTMLIFrameElement} frame
   * @param {HTMLElement} note
   * @param {(body: any) => Promise<{html?: string, problem?: string}>} request
   */
  constructor(frame, note, request) {
    this.frame = frame;
    this.note = note;
    this.request = request;
    this.html = null;
    this.scroll = 0;
    this.wanted = null;
    this.busy = false;
    this.visible = false;
    frame.addEventListener("load", () => {
      const page = frame.contentDocument?.scrollingElement;
      if (page) page.scrollTop = this.scroll;
    });
  }

  /** A text was reviewed: bring the preview up to it (now if it is on screen). */
  want(body) {
    this.wanted = body;
    this.next();
  }

  /** The preview came on screen, or left it. */
  setVisible(visible) {
    this.visible = visible;
    this.next();
  }

  next() {
    if (this.busy || !this.visible || !this.wanted) return;
    const body = this.wanted;
    this.wanted = null;
    this.busy = true;
    this.request(body)
      .then((preview) => this.show(preview))
      .catch((error) => this.show({ problem: error.message }))
      .finally(() => {
        this.busy = false;
        this.next();
      });
  }

  /** Show a preview; when there is none, keep the last page and say why. */
  show(preview) {
    this.note.textContent = preview.problem ? `Preview not updated: ${preview.problem}` : "";
    this.note.hidden = !preview.problem;
    if (preview.html == null || preview.html === this.html) return;
    this.scroll = this.frame.contentDocument?.scrollingElement?.scrollTop ?? 0;
    this.html = preview.html;
    this.frame.srcdoc = preview.html;
  }
}
