// Type-checked against the packed package by pack.test.mjs (module: node16, strict).
import { init, lint, lintTemplate, preview, rules, version, type Diagnostic, type Report } from 'walint';

await init();
const report: Report = lint({ messaging_product: 'whatsapp' }, { kind: 'message', strict: true });
const first: Diagnostic | undefined = report.diagnostics[0];
const range: [number, number] | undefined = first && [first.utf16_start ?? 0, first.utf16_end ?? 0];
const codes: string[] = lintTemplate('{}', { ignore: ['T0'] }).diagnostics.map((d) => `${d.code}:${d.severity}`);
const bold: string[] = preview('*x*').spans.filter((s) => s.style === 'bold').map((s) => s.text);
const named: string[] = rules().map((r) => `${r.code} ${r.name} ${r.meta_error?.code ?? ''}`);
const v: string = version;
console.log(JSON.stringify({ kind: report.kind, range, codes: codes.length, bold, rules: named.length > 0, v }));
