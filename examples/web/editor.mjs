// The template body editor: CodeMirror 6 with walint's findings as @codemirror/lint underlines.
// esbuild bundles this file (through app.mjs) into dist/app.js: `npm run build`.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { setDiagnostics } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import { Decoration, EditorView, MatchDecorator, ViewPlugin, keymap, placeholder } from '@codemirror/view';

import { VARIABLE } from './template.mjs';

/** `{{1}}` and `{{name}}`: marked so that the variables the example inputs ask for stand out. */
const variables = new MatchDecorator({
  regexp: VARIABLE,
  decoration: Decoration.mark({ class: 'cm-variable' }),
});
const highlightVariables = ViewPlugin.define((view) => ({
  decorations: variables.createDeco(view),
  update(update) {
    this.decorations = variables.updateDeco(update, this.decorations);
  },
}), { decorations: (plugin) => plugin.decorations });

/**
 * A CodeMirror editor in `parent`. Its editable element (`view.contentDOM`) gets `attributes`
 * (an id and ARIA label, say); `onChange(text)` runs after every change of the text, once the
 * editor has applied it, so that it may call `showFindings`.
 */
export function createTextEditor(parent, { doc = '', attributes = {}, placeholderText = '', onChange }) {
  const view = new EditorView({
    parent,
    doc,
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ spellcheck: 'false', 'aria-multiline': 'true', ...attributes }),
      placeholder(placeholderText),
      highlightVariables,
    ],
    dispatchTransactions(transactions, editor) {
      editor.update(transactions);
      if (transactions.some((transaction) => transaction.docChanged)) onChange(editor.state.doc.toString());
    },
  });
  return view;
}

/**
 * Shows findings as lint underlines. `findings`: `{ from, to, severity, code, message, help }`
 * with `from`/`to` UTF-16 offsets into the editor's text, which are CodeMirror's positions.
 */
export function showFindings(view, findings) {
  const length = view.state.doc.length;
  const diagnostics = findings
    .filter(({ from, to }) => from >= 0 && from <= to && to <= length)
    .map(({ from, to, severity, code, message, help }) => ({
      from,
      to,
      severity,
      source: `walint ${code}`,
      message: help ? `${message} (${help})` : message,
      markClass: `walint-${code}`, // lets the page (and its test) tell the underlines apart
    }));
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

/** Selects `[from, to)` and focuses the editor (a click on a problem in the list). */
export function reveal(view, from, to) {
  view.dispatch({ selection: EditorSelection.single(from, to), scrollIntoView: true });
  view.focus();
}
