// Type-checked against the packed package by pack.test.mjs (module: node16, strict).
import {
  checkSend,
  init,
  lint,
  lintTemplate,
  preview,
  requiresWindow,
  rules,
  statuses,
  Timeline,
  version,
  windowState,
  type Diagnostic,
  type MessageTimeline,
  type Report,
  type ServiceWindow,
  type Statuses,
  type TimelineNote,
} from 'walint';

await init();
const report: Report = lint({ messaging_product: 'whatsapp' }, { kind: 'message', strict: true });
const first: Diagnostic | undefined = report.diagnostics[0];
const range: [number, number] | undefined = first && [first.utf16_start ?? 0, first.utf16_end ?? 0];
const codes: string[] = lintTemplate('{}', { ignore: ['T0'] }).diagnostics.map((d) => `${d.code}:${d.severity}`);
const bold: string[] = preview('*x*').spans.filter((s) => s.style === 'bold').map((s) => s.text);
const named: string[] = rules().map((r) => `${r.code} ${r.name} ${r.meta_error?.code ?? ''}`);
const v: string = version;

const body = { entry: [{ changes: [{ value: { statuses: [{ id: 'wamid.A', status: 'read', timestamp: '1750000000' }] } }] }] };
const folded: Statuses = statuses(JSON.stringify(body));
const timeline = new Timeline();
const notes: TimelineNote[] = timeline.feed(body);
const one: MessageTimeline | undefined = timeline.message('wamid.A');
const current: 'sent' | 'delivered' | 'read' | 'played' | 'warning' | 'failed' | 'deleted' | undefined = one?.current;
const same: boolean = JSON.stringify(timeline.toJSON()) === JSON.stringify(folded);
timeline.free();

const window: ServiceWindow = windowState(1750000000, new Date());
const closesIn: number | undefined = window.state === 'open' ? window.closes_in_secs : undefined;
const needs: boolean = requiresWindow({ messaging_product: 'whatsapp', to: '+15551234567', type: 'text', text: { body: 'Hi' } });
const sendFindings: Diagnostic[] = checkSend('{"name": "x", "language": {"code": "en_US"}}', {
  data: [{ name: 'x', language: 'en_US', components: [] }],
});

console.log(JSON.stringify({ kind: report.kind, range, codes: codes.length, bold, rules: named.length > 0, v,
  notes: notes.length, current, same, open: window.open, closesIn: typeof closesIn, needs, sendFindings: typeof sendFindings }));
