// The desk's page: wires the editor, the coach, the panels and the folder together.

import { ApiError, call, hasToken } from "./api.js";
import { Coach } from "./coach.js";
import { askPath, confirmAction } from "./dialogs.js";
import { byId, el, fill } from "./dom.js";
import { createEditor, patchText, replaceText, reveal, setFormat } from "./editor.js";
import { showExports } from "./exporter.js";
import { showFiles } from "./files.js";
import { findingsCount, showFindings } from "./findings.js";
import { showMeter } from "./meter.js";
import { Preview } from "./preview.js";
import { keepDraft, loadDraft } from "./store.js";
import { showStructure } from "./structure.js";
import { tabs } from "./tabs.js";

const STARTER = `# Riverside library opens on Sundays from March

All five branches of the Riverside library will open from noon to 5 p.m. on Sundays from March 2, the library board decided on Monday.

**Why it matters:** Sunday is the only free day for many working parents and for students who work Saturdays.

**By the numbers:**

- 5 branches, 20 extra opening hours a week.
- $180,000 a year, paid from the city's culture budget.

**What they're saying:**

- **Amira Haddad**, library director: “People kept asking why the doors were shut on the one day they could come.”

**Go deeper:** [The board's decision](https://example.org/riverside/library-board)

By Jonas Berg
`;

const EXTENSIONS = { markdown: ".md", text: ".txt", json: ".json", yaml: ".yaml" };

/** A short digest of a text, to tell whether the draft differs from the file. */
function digest(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

const state = {
  format: "markdown",
  path: /** @type {string|null} */ (null),
  version: /** @type {string|null} */ (null),
  newline: "\n",
  bom: false,
  saved: /** @type {string|null} */ (null),
  labels: /** @type {Array<{label: string, axiom: string}>} */ ([]),
  review: /** @type {any} */ (null),
};

let view;
let coach;
let preview;

let quiet = 0;

/** Tell the writer what just happened (read out by screen readers; fades after a while). */
function say(message) {
  const status = byId("status");
  status.textContent = message;
  window.clearTimeout(quiet);
  quiet = window.setTimeout(() => {
    status.textContent = "";
  }, 6000);
}

function warn(message) {
  const banner = byId("banner");
  banner.textContent = message ?? "";
  banner.hidden = !message;
}

const text = () => view.state.doc.toString();
const draft = () => ({ text: text(), format: state.format, path: state.path });
const dirty = () => state.saved !== digest(text());

function keep() {
  keepDraft({
    text: text(),
    format: state.format,
    path: state.path,
    version: state.version,
    newline: state.newline,
    bom: state.bom,
    saved: state.saved,
  });
}

function showName() {
  if (!state.path) {
    fill(byId("file-name"), "New draft ", el("span", { class: "muted" }, "(not saved to a file)"));
    return;
  }
  fill(byId("file-name"), state.path, dirty() ? el("span", { class: "unsaved" }, " (unsaved changes)") : null);
}

function useFormat(format) {
  state.format = format;
  /** @type {HTMLSelectElement} */ (byId("format")).value = format;
  setFormat(view, format);
}

async function refreshFiles() {
  try {
    const listing = await call("GET", "/api/files");
    showFiles(byId("file-list"), listing, state.path, openFile);
  } catch (error) {
    fill(byId("file-list"), el("p", { class: "muted" }, error.message));
  }
}

async function openFile(path) {
  if (dirty() && !(await confirmAction("Discard the changes?", `The draft has changes that are not saved. Open ${path} anyway?`, "Open and discard"))) {
    return;
  }
  try {
    const opened = await call("GET", `/api/file?path=${encodeURIComponent(path)}`);
    Object.assign(state, { path: opened.path, version: opened.version, newline: opened.newline, bom: opened.bom });
    state.saved = digest(opened.text);
    useFormat(opened.format);
    replaceText(view, opened.text);
    coach.refresh();
    say(`Opened ${opened.path}`);
    showName();
    keep();
    refreshFiles();
  } catch (error) {
    say(error.message);
  }
}

async function currentVersion(path) {
  try {
    return (await call("GET", `/api/file?path=${encodeURIComponent(path)}`)).version;
  } catch {
    return null;
  }
}

async function saveTo(path, version) {
  const body = { path, text: text(), version, newline: state.newline, bom: state.bom };
  try {
    const saved = await call("PUT", "/api/file", body);
    Object.assign(state, { path: saved.path, version: saved.version });
    state.saved = digest(body.text);
    say(`Saved ${saved.path}`);
    showName();
    keep();
    refreshFiles();
    coach.refresh();
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      const replace = await confirmAction("Replace the file?", `${error.message}. Replace it with this draft?`, "Replace");
      if (replace) await saveTo(path, await currentVersion(path));
      return;
    }
    say(`Not saved: ${error.message}`);
  }
}

async function save() {
  if (state.path) await saveTo(state.path, state.version);
  else await saveAs();
}

async function saveAs() {
  const headline = state.review?.structure?.headline?.text ?? "briefing";
  const stem = headline.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join("-").slice(0, 60) || "briefing";
  const path = await askPath(state.path ?? `${stem}${EXTENSIONS[state.format] ?? ".md"}`);
  if (!path) return;
  if (path !== state.path) Object.assign(state, { newline: "\n", bom: false });
  await saveTo(path, path === state.path ? state.version : null);
}

async function newDraft() {
  if (dirty() && !(await confirmAction("Discard the changes?", "The draft has changes that are not saved. Start a new one anyway?", "Discard"))) {
    return;
  }
  Object.assign(state, { path: null, version: null, newline: "\n", bom: false, saved: digest("") });
  useFormat("markdown");
  replaceText(view, "");
  coach.refresh();
  showName();
  keep();
  view.focus();
}

async function fix(fixes, unsafe) {
  try {
    const fixed = await call("POST", "/api/fix", { ...draft(), fixes, unsafe });
    if (fixed.refused) say(`Not fixed: ${fixed.refused}`);
    else if (!fixed.applied) say("Nothing to fix");
    else {
      patchText(view, fixed.text);
      say(fixed.applied === 1 ? "Applied 1 fix" : `Applied ${fixed.applied} fixes`);
    }
  } catch (error) {
    say(`Not fixed: ${error.message}`);
  }
}

async function fixOne(finding) {
  if (finding.fix.safety === "unsafe") {
    const sure = await confirmAction(
      "Apply an unsafe fix?",
      `“${finding.fix.title || "This fix"}” may change what the sentence means. Read the result before you publish it.`,
      "Apply the fix",
    );
    if (!sure) return;
  }
  await fix([finding.fix], finding.fix.safety === "unsafe");
}

function goLine(line) {
  const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
  reveal(view, target.from, target.from);
}

function shown(review, place, reviewed) {
  state.review = review;
  warn(null);
  showFindings(byId("findings"), review.findings, {
    place,
    go: (range) => reveal(view, range.from, range.to),
    fix: fixOne,
  });
  byId("findings-count").textContent = `(${findingsCount(review.findings)})`;
  /** @type {HTMLButtonElement} */ (byId("fix-all")).disabled = !review.findings.some(
    (finding) => finding.fix && finding.fix.safety === "safe",
  );
  showMeter(byId("meter"), review.meter);
  showStructure(byId("structure"), review.structure, goLine);
  if (review.preview) preview.reviewed(review.preview);
  else preview.want({ text: reviewed, format: state.format, path: state.path });
}

function failed(error) {
  if (error instanceof ApiError && error.status === 422) {
    warn(error.message);
    return;
  }
  warn(error.message);
}

async function start() {
  if (!hasToken()) {
    warn("Open the desk with the address `smartbrev desk` printed when it started: it carries the session's token.");
    return;
  }
  let session;
  try {
    session = await call("GET", "/api/session");
  } catch (error) {
    warn(error.message);
    return;
  }
  state.labels = session.labels;
  if (session.problem) warn(session.problem);
  byId("folder-name").textContent = session.folder;
  const kept = loadDraft();
  state.saved = digest(STARTER);
  if (kept) {
    Object.assign(state, {
      format: kept.format ?? "markdown",
      path: kept.path ?? null,
      version: kept.version ?? null,
      newline: kept.newline ?? "\n",
      bom: Boolean(kept.bom),
      saved: kept.saved ?? null,
    });
  }
  const nonce = document.querySelector('meta[name="smartbrev-nonce"]')?.getAttribute("content") ?? "";
  view = createEditor(byId("editor"), {
    text: kept ? kept.text : STARTER,
    format: state.format,
    nonce,
    labels: () => state.labels,
    formatOf: () => state.format,
    onChange: (update) => {
      coach?.changed(update);
      if (update.docChanged) {
        showName();
        keep();
      }
    },
  });
  /** @type {HTMLSelectElement} */ (byId("format")).value = state.format;
  preview = new Preview(
    /** @type {HTMLIFrameElement} */ (byId("preview")),
    byId("preview-note"),
    (body) => call("POST", "/api/preview", body),
  );
  coach = new Coach(view, {
    review: (body) =>
      call("POST", "/api/review", {
        text: body,
        format: state.format,
        path: state.path,
        preview: preview.onScreen,
      }),
    shown,
    failed,
    actions: (finding) =>
      finding.fix ? [{ name: finding.fix.safety === "unsafe" ? "Fix (unsafe)…" : "Fix", apply: () => fixOne(finding) }] : [],
  });
  coach.refresh();
  showName();
  tabs(byId("panel-tabs"), (id) => preview.setVisible(id === "tab-preview"));
  showExports(byId("exports"), byId("export-status"), session.export_formats, draft);
  byId("format").addEventListener("change", (event) => {
    useFormat(/** @type {HTMLSelectElement} */ (event.target).value);
    coach.refresh();
    keep();
  });
  byId("save").addEventListener("click", save);
  byId("save-as-button").addEventListener("click", saveAs);
  byId("new").addEventListener("click", newDraft);
  byId("refresh").addEventListener("click", refreshFiles);
  byId("fix-all").addEventListener("click", () => fix(null, false));
  window.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      save();
    }
  });
  refreshFiles();
}

start();
