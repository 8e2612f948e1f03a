// smartbrev counts columns in characters (code points); CodeMirror counts positions in
// UTF-16 units. A label after an emoji must still be marked where it is written.

/**
 * The editor position of a 1-based line and column of `doc` (clamped to the document).
 * @param {import("@codemirror/state").Text} doc
 * @param {number} line
 * @param {number} column
 */
export function offsetOf(doc, line, column) {
  if (line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const { from, text } = doc.line(line);
  let index = 0;
  for (let left = column - 1; left > 0 && index < text.length; left--) {
    const code = text.codePointAt(index) ?? 0;
    index += code > 0xffff ? 2 : 1;
  }
  return from + index;
}

/**
 * The editor range of a span `{line, column, end_line, end_column}` (never inverted).
 * @param {import("@codemirror/state").Text} doc
 */
export function rangeOf(doc, span) {
  const from = offsetOf(doc, span.line, span.column);
  const to = offsetOf(doc, span.end_line ?? span.line, span.end_column ?? span.column);
  return { from, to: Math.max(from, to) };
}
