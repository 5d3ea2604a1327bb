// The template variables of a text and the example values Meta asks for. Pure functions: no DOM.

/**
 * A well-formed variable as walint reads it: `{{1}}` (no leading zero) or `{{name}}` (`[a-z_][a-z0-9_]*`),
 * with exactly two braces on each side (`{{{1}}}` is malformed, and walint's T010 says so).
 */
export const VARIABLE = /(?<!\{)\{\{([1-9][0-9]*|[a-z_][a-z0-9_]*)\}\}(?!\})/g;

/** `text`'s distinct variables: positional ones as numbers in ascending order, named ones in text order. */
export function variablesOf(text) {
  const positional = new Set();
  const named = new Set();
  for (const [, inside] of text.matchAll(VARIABLE)) {
    if (/^[0-9]/.test(inside)) positional.add(Number(inside));
    else named.add(inside);
  }
  return { positional: [...positional].sort((a, b) => a - b), named: [...named] };
}

/**
 * The variables the body's example asks values for, and the template's parameter format: NAMED when
 * the header and body use only named variables, else POSITIONAL (mixing both is walint's T013).
 * `variables` are strings: `'1'`, `'2'` … (the order of `body_text`) or names (text order).
 */
export function exampleVariables(body, header = '') {
  const inBody = variablesOf(body);
  const inHeader = variablesOf(header);
  const named = inBody.positional.length === 0 && inHeader.positional.length === 0 &&
    inBody.named.length + inHeader.named.length > 0;
  return named
    ? { format: 'NAMED', variables: inBody.named }
    : { format: 'POSITIONAL', variables: inBody.positional.map(String) };
}

/**
 * The BODY component's `example` for `values` (a Map from variable to the value typed), or
 * undefined while any variable has no value: Meta wants a sample for every one of them.
 */
export function bodyExample({ format, variables }, values) {
  const samples = variables.map((variable) => values.get(variable) ?? '');
  if (samples.length === 0 || samples.some((sample) => sample === '')) return undefined;
  if (format === 'NAMED') {
    return { body_text_named_params: variables.map((name, i) => ({ param_name: name, example: samples[i] })) };
  }
  return { body_text: [samples] };
}
