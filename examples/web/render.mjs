// Renders WhatsApp-formatted text from walint's `preview()` result into DOM nodes. Text only goes
// through textContent (never innerHTML), so whatever the user types cannot inject markup.

const MARKER_LENGTH = { bold: 1, italic: 1, strike: 1, code: 1, mono: 3 };

/**
 * `text`'s lines as <div>s: span markers hidden, styled runs in <span class="bold italic …">,
 * list markers shown as bullets and quote lines with a bar. Offsets in `preview` are code points.
 */
export function renderFormatted(doc, text, preview) {
  const chars = Array.from(text);
  const hidden = new Array(chars.length).fill(false);
  const styles = chars.map(() => new Set());
  for (const span of preview.spans) {
    const marker = MARKER_LENGTH[span.style] ?? 1;
    for (let i = Math.max(0, span.start - marker); i < span.start; i++) hidden[i] = true;
    for (let i = span.end; i < Math.min(chars.length, span.end + marker); i++) hidden[i] = true;
    for (let i = span.start; i < span.end; i++) styles[i]?.add(span.style);
  }
  const blockOf = new Map(preview.blocks.map((block) => [block.line, block.kind]));
  const fragment = doc.createDocumentFragment();
  let lineStart = 0;
  let lineNumber = 1;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i] !== '\n') continue;
    const kind = blockOf.get(lineNumber);
    let from = lineStart;
    const line = doc.createElement('div');
    line.className = `line${kind ? ` ${kind}` : ''}`;
    if (kind === 'bullet' || kind === 'quote') {
      from += 2; // "* ", "• ", "- " or "> ": replaced by a bullet or the quote bar
      if (kind === 'bullet') line.append('• ');
    }
    appendRuns(doc, line, chars, hidden, styles, from, i);
    if (line.childNodes.length === 0) line.append('\u200b'); // keep empty lines visible
    fragment.append(line);
    lineStart = i + 1;
    lineNumber += 1;
  }
  return fragment;
}

/** Appends the visible characters of `[from, to)` grouped into runs of identical styles. */
function appendRuns(doc, parent, chars, hidden, styles, from, to) {
  let run = '';
  let runKey = '';
  const flush = () => {
    if (!run) return;
    if (runKey) {
      const span = doc.createElement('span');
      span.className = runKey;
      span.textContent = run;
      parent.append(span);
    } else {
      parent.append(run);
    }
    run = '';
  };
  for (let i = from; i < to; i++) {
    if (hidden[i]) continue;
    const key = [...styles[i]].sort().join(' ');
    if (key !== runKey) {
      flush();
      runKey = key;
    }
    run += chars[i];
  }
  flush();
}
