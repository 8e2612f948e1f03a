// The preview: the page `smartbrev convert --to html` writes, in a sandboxed frame where
// no script runs. While it is on screen it comes with each review; out of sight it is
// not rendered, and on coming back it is asked for once, for the latest text. The frame
// keeps its scroll position while the writer types.

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

  /** A text was reviewed without its page: ask for it when the preview is on screen. */
  want(body) {
    this.wanted = body;
    this.next();
  }

  /** A text was reviewed with its page. */
  reviewed(preview) {
    this.wanted = null;
    this.show(preview);
  }

  /** Whether the page should come with each review. */
  get onScreen() {
    return this.visible;
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
