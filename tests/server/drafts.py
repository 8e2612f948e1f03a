"""Drafts in the shapes newsroom copy comes in, with the slips the linter catches."""

from __future__ import annotations

MARKDOWN = """# Harbor ferry deal signed after 🚢 two-year fight

🚢🚀 Port Ellis and the regional authority signed a "funding" deal on Thursday for a new
electric ferry.

**why it matters:** The ferry carries 4,000 commuters a day, and the old boat's
engines fail about once a week.

**Driving the news:** The authority's board voted 6-1 for the plan.

**What they're saying:**

- **Mayor Ana Ruiz:** “This is the day the harbor gets its ferry back.”

**Go deeper:**

- [The ferry's breakdown record](https://example.org/ferry-record)

By Tomás Reyes, Harbor Daily
"""

TEXT = """Harbor ferry deal signed after two-year fight

Port Ellis and the regional authority signed a "funding" deal on Thursday for a new electric ferry.

why it matters
The ferry carries 4,000 commuters a day, and the old boat's engines fail about once a week.

What they're saying:
Ana Ruiz, mayor:
“This is the day the harbor gets its ferry back.”

Go deeper:
The ferry's breakdown record <https://example.org/ferry-record>

By Tomás Reyes
"""

YAML = """schema_version: "1.1"
headline: Harbor ferry deal signed
lede: Port Ellis signed a "funding" deal on Thursday for a new electric ferry.
blocks:
  - axiom: why-it-matters
    label: why it matters
    content:
      - type: paragraph
        text: The ferry carries 4,000 commuters a day.
byline:
  authors: [{name: Tomás Reyes}]
  text: By Tomás Reyes
"""

JSON = """{
  "schema_version": "1.1",
  "headline": "Harbor ferry deal signed",
  "lede": "Port Ellis signed a \\"funding\\" deal on Thursday.",
  "blocks": [
    {"axiom": "why-it-matters", "label": "why it matters",
     "content": [{"type": "paragraph", "text": "The ferry carries 4,000 commuters a day."}]}
  ],
  "byline": {"authors": [{"name": "Tomás Reyes"}], "text": "By Tomás Reyes"}
}
"""

BY_FORMAT = {"md": MARKDOWN, "txt": TEXT, "yaml": YAML, "json": JSON}
LANGUAGE = {"md": "markdown", "txt": "plaintext", "yaml": "yaml", "json": "json"}
