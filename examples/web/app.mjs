// The template editor: builds a template definition from the form on every keystroke, lints it
// with walint (the same engine as the CLI and the backend), underlines the body's findings where
// they are in the body editor (CodeMirror 6) and shows the formatted preview.
import { init, lintTemplate, preview, version } from 'walint';

import { createTextEditor, reveal, showFindings } from './editor.mjs';
import { renderFormatted } from './render.mjs';
import { bodyExample, exampleVariables } from './template.mjs';

const $ = (id) => document.getElementById(id);
const form = $('template');
const FIELDS = { header: 'Header', body: 'Body', footer: 'Footer', name: 'Name', language: 'Language', category: 'Category' };

const bodyEditor = createTextEditor($('body-editor'), {
  // The editable element is #body, labelled like the other fields.
  attributes: { id: 'body', 'aria-labelledby': 'body-label' },
  placeholderText: 'Hi {{1}}, your order {{2}} has shipped.',
  onChange: () => ready && update(),
});
let ready = false; // walint's WebAssembly module is loaded
const bodyText = () => bodyEditor.state.doc.toString();

/** Example values typed so far, by variable (`'1'`, `'first_name'`): kept while a variable is edited away. */
const exampleValues = new Map();

/** One input per variable of the body; rebuilt only when the variables change, so focus stays. */
function syncExampleInputs({ variables }) {
  const list = $('example-list');
  const key = variables.join(' ');
  if (list.dataset.variables === key) return;
  list.dataset.variables = key;
  list.replaceChildren(...variables.map((variable) => {
    const row = $('example-row').content.firstElementChild.cloneNode(true);
    row.querySelector('code').textContent = `{{${variable}}}`;
    const input = row.querySelector('input');
    input.dataset.variable = variable;
    input.value = exampleValues.get(variable) ?? '';
    return row;
  }));
  $('examples').hidden = variables.length === 0;
}

/** The definition as Meta's template API takes it, plus where each component came from. */
function currentTemplate() {
  const components = [];
  const origin = []; // component index -> form field id
  const add = (field, component) => {
    origin.push(field);
    components.push(component);
  };
  const header = $('header').value;
  const body = bodyText();
  const examples = exampleVariables(body, header);
  syncExampleInputs(examples);
  if (header) add('header', { type: 'HEADER', format: 'TEXT', text: header });
  const example = bodyExample(examples, exampleValues);
  add('body', example ? { type: 'BODY', text: body, example } : { type: 'BODY', text: body });
  const footer = $('footer').value;
  if (footer) add('footer', { type: 'FOOTER', text: footer });
  const buttons = [...document.querySelectorAll('.button-text')].map((input) => ({ type: 'QUICK_REPLY', text: input.value }));
  if (buttons.length) add('buttons', { type: 'BUTTONS', buttons });
  const template = { name: $('name').value, language: $('language').value, category: $('category').value };
  if (examples.format === 'NAMED') template.parameter_format = 'NAMED';
  template.components = components;
  return { template, origin };
}

/** The form field a diagnostic's JSON pointer is about. */
function fieldOf(pointer, origin) {
  const [, first, index, child, ...rest] = pointer.split('/');
  if (first === 'components' && index !== undefined) {
    const field = origin[Number(index)];
    if (field === 'buttons' && rest[0] !== undefined) {
      return document.querySelectorAll('.button-text')[Number(rest[0])] ?? $('add-button');
    }
    if (field === 'body' && child === 'example') {
      // /example/body_text/0/<k> or /example/body_text_named_params/<k>/…: the k-th example input.
      const k = rest[0] === 'body_text' ? rest[2] : rest[1];
      const inputs = document.querySelectorAll('.example-value');
      return inputs[Number(k)] ?? inputs[0] ?? $('body');
    }
    return field ? $(field) : form;
  }
  return FIELDS[first] ? $(first) : form;
}

function labelOf(element) {
  if (element.classList.contains('button-text')) {
    return `Button ${[...document.querySelectorAll('.button-text')].indexOf(element) + 1}`;
  }
  if (element.classList.contains('example-value')) return `Example {{${element.dataset.variable}}}`;
  return FIELDS[element.id] ?? 'Template';
}

/** The body findings with a range inside the body text, in the body editor's positions. */
function bodyFindings(diagnostics, origin) {
  const pointer = `/components/${origin.indexOf('body')}/text`;
  return diagnostics
    .filter((diagnostic) => diagnostic.pointer === pointer && diagnostic.text_range)
    .map((diagnostic) => ({
      // text_range's utf16_* are offsets into the body string: CodeMirror's positions in this editor.
      from: diagnostic.text_range.utf16_start,
      to: diagnostic.text_range.utf16_end,
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
      help: diagnostic.help,
      diagnostic,
    }));
}

function showDiagnostics(diagnostics, origin) {
  for (const element of form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
  const inBody = bodyFindings(diagnostics, origin);
  showFindings(bodyEditor, inBody);
  const list = $('diagnostics');
  list.replaceChildren();
  for (const diagnostic of diagnostics) {
    const field = fieldOf(diagnostic.pointer, origin);
    if (diagnostic.severity === 'error' && field !== form) field.setAttribute('aria-invalid', 'true');
    const item = document.createElement('li');
    item.className = diagnostic.severity;
    item.dataset.code = diagnostic.code;
    const code = document.createElement('code');
    code.textContent = diagnostic.code;
    const where = document.createElement('div');
    where.className = 'where';
    where.textContent = `${diagnostic.severity} · ${labelOf(field)} · ${diagnostic.pointer || '/'}`;
    item.append(code, ` ${diagnostic.message}`, where);
    if (diagnostic.help) item.title = diagnostic.help;
    // A click goes to the finding: its range in the body editor, or its field.
    const range = inBody.find((finding) => finding.diagnostic === diagnostic);
    item.addEventListener('click', () => (range ? reveal(bodyEditor, range.from, range.to) : field.focus?.()));
    list.append(item);
  }
  $('count').textContent = `(${diagnostics.length})`;
}

function showPreview(template) {
  const body = bodyText();
  $('preview-header').textContent = $('header').value; // headers and footers render no formatting
  $('preview-body').replaceChildren(renderFormatted(document, body, preview(body)));
  $('preview-footer').textContent = $('footer').value;
  const buttons = template.components.find((component) => component.type === 'BUTTONS')?.buttons ?? [];
  $('preview-buttons').replaceChildren(
    ...buttons.map((button) => Object.assign(document.createElement('li'), { textContent: button.text })),
  );
}

function update() {
  for (const input of document.querySelectorAll('.example-value')) exampleValues.set(input.dataset.variable, input.value);
  const { template, origin } = currentTemplate();
  showDiagnostics(lintTemplate(template).diagnostics, origin);
  showPreview(template);
}

function addButton() {
  const list = $('button-list');
  if (list.children.length >= 10) return;
  const row = $('button-row').content.firstElementChild.cloneNode(true);
  row.querySelector('.remove').addEventListener('click', () => {
    row.remove();
    update();
  });
  list.append(row);
  update();
  row.querySelector('input').focus();
}

await init();
ready = true;
form.addEventListener('input', (event) => {
  if (!bodyEditor.dom.contains(event.target)) update(); // the body editor reports its own changes
});
$('add-button').addEventListener('click', addButton);
$('status').textContent = `walint ${version} ready`;
document.body.dataset.ready = 'true';
update();
