// Prose for people: `--format text`, and answers to `ask` on a terminal. Loaded only when used, since
// measuring display width (string-width) costs start-up time.
import { chosenFields, cell } from './fields.js';
import type { RenderContext } from './fields.js';
import type { AnswerRecord, Output } from './records.js';
import { oneLine } from './sanitise.js';
import { highlightWords } from '../core/text/index.js';
import { wrap } from './wrap.js';

/** `--format text`: readable prose, one record a block. */
export function renderText(out: Output, ctx: RenderContext): string {
  // Answers as prose, unless --fields picks what to show of them.
  if (out.kind === 'answer' && !ctx.fields) return renderAnswers(out.records, ctx, out.many);
  // Problems read best as the compiler-style lines editors understand.
  if (out.kind === 'problem' && !ctx.fields)
    return out.records.map((p) => `${oneLine(p.file)}: ${oneLine(p.path)}: ${oneLine(p.message)}\n`).join('');
  const p = ctx.palette;
  const fields = chosenFields(out, ctx);
  const width = Math.max(20, ctx.width);
  const blocks = out.records.map((r) => {
    const lines: string[] = [];
    const [first, ...rest] = fields;
    const marks = p.enabled && out.kind === 'fact' ? out.highlight?.get(r as never)?.() : undefined;
    if (first) lines.push(p.id(oneLine(cell(first, r))));
    for (const f of rest) {
      const value = oneLine(cell(f, r));
      if (!value) continue;
      if (f.wide) {
        // (A long field's lines go in under its label, as a paragraph under a heading.)
        const indent = f.name === 'text' ? '  ' : '    ';
        const shown = wrap(value, width - indent.length).map((l) => indent + (marks ? highlightWords(l, marks, p.match) : l));
        lines.push(f.name === 'text' ? shown.join('\n') : `  ${p.dim(f.name + ':')}\n${shown.join('\n')}`);
      } else lines.push(`  ${p.dim(f.name + ':')} ${value}`);
    }
    return lines.join('\n') + '\n';
  });
  return blocks.join('\n');
}

/** Replies as people read them: the answer first, then each supporting fact with where it comes from. */
export function renderAnswers(replies: readonly AnswerRecord[], ctx: RenderContext, many = replies.length > 1): string {
  const p = ctx.palette;
  const width = Math.max(20, ctx.width);
  return replies
    .map((r) => {
      const lines: string[] = [];
      if (many) lines.push(p.dim(`Q: ${oneLine(r.question)}`));
      if (r.answer === null) lines.push(p.dim('(the article does not answer this)'));
      else lines.push(...wrap(oneLine(r.answer), width).map(p.answer));
      r.facts.forEach((f, i) => {
        // (An answer that is the first fact's own text is not said twice, nor is it after a "Yes." or "No."
        // that settles the question: its source follows it.)
        if (i > 0 || (f.text !== r.answer && `Yes. ${f.text}` !== r.answer && `No. ${f.text}` !== r.answer)) lines.push(...wrap(oneLine(f.text), width - 2).map((l) => `  ${l}`));
        const source = `question ${f.question}, paragraph ${f.paragraph}, according to ${f.attribution} · ${f.id}`;
        lines.push(...wrap(oneLine(source), width - 4).map((l) => `    ${p.dim(l)}`));
      });
      if (r.explain) lines.push(...explainLines(r.explain).map((l) => p.dim(l)));
      return lines.join('\n') + '\n';
    })
    .join('\n');
}

function explainLines(e: NonNullable<AnswerRecord['explain']>): string[] {
  // (The words as asked, not their stems: "kettleby", not "kettlebi".)
  const read = [`intent ${e.intent}`, `words ${(e.words ?? e.terms.map((t) => t.replace(/^@/, ''))).join(', ') || '(none)'}`];
  if (e.absentNames.length) read.push(`names the article never mentions: ${e.absentNames.join(', ')}`);
  // (A stem of the question's shown as its word where one of its terms has it: "about base", not "about bas".)
  const asked = (st: string): string => (e.words && e.terms.includes(st) ? e.words[e.terms.indexOf(st)]! : st);
  if (e.unit) read.push(`counting ${asked(e.unit)}`);
  if (e.focus) read.push(`about ${asked(e.focus)}`);
  if (e.articleQuestion !== null) read.push(`restates article question ${e.articleQuestion}`);
  const out = [`why: ${read.join('; ')}`, `     confidence ${e.confidence.toFixed(2)} (answers from ${e.threshold.toFixed(2)})`];
  // (Said on its own line: a confidence over the bar beside no answer needs its reason.)
  if (e.declined) out.push(`     not answered: ${e.declined}`);
  for (const r of e.ranking) {
    const verdict = r.failed.length ? `  cannot answer: ${r.failed.join(', ')}` : '';
    out.push(`     ${r.score.toFixed(3)} = search ${r.search.toFixed(3)} x cue ${r.cue.toFixed(2)}  ${r.id} [${r.matched.join(' ')}]${verdict}`);
  }
  return out;
}
