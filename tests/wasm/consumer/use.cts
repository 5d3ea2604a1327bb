// Type-checked against the packed package by pack.test.mjs (module: node16, strict).
import walint = require('walint');

const report: walint.Report = walint.lint('{"to": 1}');
const severities: Array<'info' | 'warning' | 'error'> = report.diagnostics.map((d) => d.severity);
let refused = '';
try {
  // @ts-expect-error: options are typed (and unknown keys are refused at run time too)
  walint.lint('{}', { stirct: true });
} catch (error) {
  refused = error instanceof Error ? error.message : 'not an Error';
}
const timeline: walint.Timeline = new walint.Timeline();
const notes: walint.TimelineNote[] = timeline.feed('{"entry": []}');
const folded: walint.Statuses = timeline.toJSON();
timeline.free();
const window: walint.ServiceWindow = walint.windowState('1750000000', 1750086400);
console.log(JSON.stringify({ kind: report.kind, severities, refused, version: walint.version,
  notes: notes.length, messages: folded.messages.length, state: window.state }));
