// Tabs as the ARIA authoring practices describe them: arrow keys, Home and End move
// between tabs; Tab moves into the panel.

/**
 * Make a tablist work; `selected` hears the id of each tab chosen. Returns a function
 * that selects a tab by its id.
 * @param {HTMLElement} list
 * @param {(id: string) => void} [selected]
 */
export function tabs(list, selected = () => {}) {
  const all = [...list.querySelectorAll('[role="tab"]')];
  const select = (tab, focus = false) => {
    for (const other of all) {
      const chosen = other === tab;
      other.setAttribute("aria-selected", String(chosen));
      other.tabIndex = chosen ? 0 : -1;
      const panel = document.getElementById(other.getAttribute("aria-controls") ?? "");
      if (panel) panel.hidden = !chosen;
    }
    if (focus) tab.focus();
    selected(tab.id);
  };
  for (const tab of all) {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const index = all.indexOf(tab);
      const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 };
      if (!(event.key in moves)) return;
      event.preventDefault();
      select(all[(moves[event.key] + all.length) % all.length], true);
    });
  }
  select(all.find((tab) => tab.getAttribute("aria-selected") === "true") ?? all[0]);
  return (id) => select(document.getElementById(id));
}
