// The line-oriented formats. Each is a pure function from data to the whole text to print.
import { chosenFields, cell } from './context.js';
import type { RenderContext } from './context.js';
import type { AnswerRecord, Output } from './records.js';
import { oneLine, sanitise } from './sanitise.js';
import { highlightWords, wrap } from './text-util.js';

/** Serialise to JSON that is inert on a terminal: DEL, C1 and line separators are \u-escaped too. */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007F-\u009F\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Records as plain objects, cut down to the picked fields when there is a pick. */
export function jsonRecords(out: Output, ctx: RenderContext): unknown[] {
  const records = out.records as Array<Record<string, unknown>>;
  if (!ctx.fields) return records.map(({ ...r }) => r);
  const picked = ctx.fields;
  return records.map((r) => Object.fromEntries(picked.map((f) => [f, r[f] ?? null])));
}

/** `--format json`: one array. */
export function renderJson(out: Output, ctx: RenderContext): string {
  const records = jsonRecords(out, ctx);
  const single = out.kind === 'answer' && !out.many;
  return safeJson(single ? (records[0] ?? null) : records, 2) + '\n';
}

/** `--format ndjson`: one object a line. */
export function renderNdjson(out: Output, ctx: RenderContext): string {
  return jsonRecords(out, ctx)
    .map((r) => safeJson(r) + '\n')
    .join('');
}

/** `--format tsv`: one record a line, no header, nothing that could split a record. */
export function renderTsv(out: Output, ctx: RenderContext): string {
  const fields = chosenFields(out, ctx);
  return out.records.map((r) => fields.map((f) => oneLine(cell(f, r))).join('\t') + '\n').join('');
}

/** Quote a CSV field per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `--format csv`: RFC 4180 with a header row and CRLF line ends. */
export function renderCsv(out: Output, ctx: RenderContext): string {
  const fields = chosenFields(out, ctx);
  const rows = [fields.map((f) => f.name), ...out.records.map((r) => fields.map((f) => sanitise(cell(f, r))))];
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** `--format text`: readable prose, one record a block. */
export function renderText(out: Output, ctx: RenderContext): string {
  if (out.kind === 'answer') return renderAnswers(out.records, ctx);
  const p = ctx.palette;
  const fields = chosenFields(out, ctx);
  const width = Math.max(20, ctx.width);
  const blocks = out.records.map((r) => {
    const lines: string[] = [];
    const [first, ...rest] = fields;
    const marks = out.kind === 'fact' ? out.highlight?.get(r as never) : undefined;
    if (first) lines.push(p.id(oneLine(cell(first, r))));
    for (const f of rest) {
      const value = oneLine(cell(f, r));
      if (!value) continue;
      if (f.wide) {
        const shown = wrap(value, width - 2).map((l) => '  ' + (marks ? highlightWords(l, marks, p.match) : l));
        lines.push(f.name === 'text' ? shown.join('\n') : `  ${p.dim(f.name + ':')}\n${shown.join('\n')}`);
      } else lines.push(`  ${p.dim(f.name + ':')} ${value}`);
    }
    return lines.join('\n') + '\n';
  });
  return blocks.join('\n');
}

/** Replies as people read them: the answer first, then each supporting fact with where it comes from. */
export function renderAnswers(replies: readonly AnswerRecord[], ctx: RenderContext): string {
  const p = ctx.palette;
  const width = Math.max(20, ctx.width);
  return replies
    .map((r) => {
      const lines: string[] = [];
      if (replies.length > 1) lines.push(p.dim(`Q: ${oneLine(r.question)}`));
      if (r.answer === null) lines.push(p.dim('(the article does not answer this)'));
      else lines.push(...wrap(oneLine(r.answer), width).map(p.answer));
      for (const f of r.facts) {
        lines.push(...wrap(oneLine(f.text), width - 2).map((l) => `  ${l}`));
        const source = `question ${f.question}, paragraph ${f.paragraph}, according to ${f.attribution} · ${f.id}`;
        lines.push(...wrap(oneLine(source), width - 4).map((l) => `    ${p.dim(l)}`));
      }
      if (r.explain) lines.push(...explainLines(r.explain).map((l) => p.dim(l)));
      return lines.join('\n') + '\n';
    })
    .join('\n');
}

function explainLines(e: NonNullable<AnswerRecord['explain']>): string[] {
  const out = [
    `why: intent ${e.intent}; words ${e.terms.join(', ') || '(none)'}` +
      (e.articleQuestion !== null ? `; restates article question ${e.articleQuestion}` : ''),
    `     confidence ${e.confidence} (answers from ${e.threshold})`,
  ];
  for (const r of e.ranking)
    out.push(`     ${r.score.toFixed(3)} = search ${r.search.toFixed(3)} x cue ${r.cue}  ${r.id} [${r.matched.join(' ')}]`);
  return out;
}
