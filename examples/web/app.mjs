// The template editor: builds a template definition from the form on every keystroke, lints it
// with walint (the same engine as the CLI and the backend) and shows the formatted preview.
import { init, lintTemplate, preview, version } from 'walint';

import { renderFormatted } from './render.mjs';

const $ = (id) => document.getElementById(id);
const form = $('template');
const FIELDS = { header: 'Header', body: 'Body', footer: 'Footer', name: 'Name', language: 'Language', category: 'Category' };

/** The definition as Meta's template API takes it, plus where each component came from. */
function currentTemplate() {
  const components = [];
  const origin = []; // component index -> form field id
  const add = (field, component) => {
    origin.push(field);
    components.push(component);
  };
  const header = $('header').value;
  if (header) add('header', { type: 'HEADER', format: 'TEXT', text: header });
  add('body', { type: 'BODY', text: $('body').value });
  const footer = $('footer').value;
  if (footer) add('footer', { type: 'FOOTER', text: footer });
  const buttons = [...document.querySelectorAll('.button-text')].map((input) => ({ type: 'QUICK_REPLY', text: input.value }));
  if (buttons.length) add('buttons', { type: 'BUTTONS', buttons });
  const template = { name: $('name').value, language: $('language').value, category: $('category').value, components };
  return { template, origin };
}

/** The form field a diagnostic's JSON pointer is about. */
function fieldOf(pointer, origin) {
  const [, first, index, , buttonIndex] = pointer.split('/');
  if (first === 'components' && index !== undefined) {
    const field = origin[Number(index)];
    if (field === 'buttons' && buttonIndex !== undefined) {
      return document.querySelectorAll('.button-text')[Number(buttonIndex)] ?? $('add-button');
    }
    return field ? $(field) : form;
  }
  return FIELDS[first] ? $(first) : form;
}

function labelOf(element) {
  if (element.classList.contains('button-text')) {
    return `Button ${[...document.querySelectorAll('.button-text')].indexOf(element) + 1}`;
  }
  return FIELDS[element.id] ?? 'Template';
}

function showDiagnostics(diagnostics, origin) {
  for (const element of form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
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
    list.append(item);
  }
  $('count').textContent = `(${diagnostics.length})`;
}

function showPreview(template) {
  const body = $('body').value;
  $('preview-header').textContent = $('header').value; // headers and footers render no formatting
  $('preview-body').replaceChildren(renderFormatted(document, body, preview(body)));
  $('preview-footer').textContent = $('footer').value;
  const buttons = template.components.find((component) => component.type === 'BUTTONS')?.buttons ?? [];
  $('preview-buttons').replaceChildren(
    ...buttons.map((button) => Object.assign(document.createElement('li'), { textContent: button.text })),
  );
}

function update() {
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
form.addEventListener('input', update);
$('add-button').addEventListener('click', addButton);
$('status').textContent = `walint ${version} ready`;
document.body.dataset.ready = 'true';
update();
