// Reading an article into its structure: title, date, and blocks in reading order (questions or headings,
// which open sections, and paragraphs). Plain text, Markdown and saved HTML pages all come to this.
import * as extractCues from '../text/extract-cues.js';

/** One block of an article, in reading order. */
export type Block = { kind: 'section'; text: string } | { kind: 'paragraph'; text: string };

/** An article as blocks, with what its page or header says of it. */
export interface ArticleText {
  title: string | undefined;
  date: string | undefined;
  blocks: Block[];
}

/** The format of an input, from its look: HTML, Markdown or plain text. */
export function formatOf(input: string): 'html' | 'markdown' | 'text' {
  const head = input.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(?:p|h[1-6]|article|body)[\s>]/.test(head)) return 'html';
  if (/^#{1,6} \S/m.test(input)) return 'markdown';
  return 'text';
}

/** An article's structure, from plain text, Markdown or HTML. */
export function readArticle(input: string): ArticleText {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const format = formatOf(text);
  return withoutFurniture(format === 'html' ? readHtml(text) : readLines(text, format === 'markdown'));
}

// A byline ("By Sam Okafor, Consumer Affairs Correspondent") near the top is no paragraph, and a dateline
// opening the first paragraph ("NORTHMERE, 6 November 2023 — Eleanor Harlow ...", "LONDON (Reuters) - ") is no part of its text
// (it dates the article, if nothing else did).
function withoutFurniture(article: ArticleText): ArticleText {
  let date = article.date;
  let seen = 0;
  const blocks = article.blocks.flatMap((b): Block[] => {
    if (b.kind !== 'paragraph' || seen++ > 2) return [b];
    if (BYLINE.test(b.text) && b.text.split(/\s+/).length <= 12) return [];
    const dateline = DATELINE_OPENING.exec(b.text);
    if (!dateline || (dateIn(dateline[0]) === undefined && !AGENCY_CLOSING.test(dateline[0]))) return [b];
    date ??= dateIn(dateline[0]);
    return [{ ...b, text: b.text.slice(dateline[0].length) }];
  });
  return { ...article, date, blocks };
}
// (Names in capitals: "By the way, the port reopened." is a paragraph.)
const BYLINE = /^(?:By|BY)\s+\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,3}(?:\s*[,|\u2013\u2014-].{0,80})?\.?$/u;
// (A wire's dash may be a hyphen set apart, and its place may stand with only the agency: "LONDON (Reuters) - ".)
const DATELINE_OPENING = /^\p{Lu}[\p{Lu}\s.'\u2019-]{1,40}(?:,\s+[^\u2014\u2013]{3,40}?|\s+\([\p{L} .&]{2,30}\))\s*(?:[\u2014\u2013]|(?<=\s)-{1,2})\s+/u;
const AGENCY_CLOSING = /\([\p{L} .&]{2,30}\)\s*(?:[\u2014\u2013]|-{1,2})\s+$/u;

// Plain text and Markdown: a non-empty line is a block. A line ending in "?" is a question, and so is a
// Markdown heading; the first line is the title when it reads as one (short, no sentence end), and a date
// in it or in the opening lines is the article's.
function readLines(text: string, markdown: boolean): ArticleText {
  const lines = text.split('\n').map((l) => l.trim());
  const blocks: Block[] = [];
  let title: string | undefined;
  let date: string | undefined;
  let first = true;
  // Markdown paragraphs may run over several lines: joined until a blank line.
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length) blocks.push({ kind: 'paragraph', text: pending.join(' ') });
    pending = [];
  };
  for (const raw of lines) {
    if (!raw) {
      flush();
      continue;
    }
    const heading = markdown ? /^(#{1,6})\s+(.*?)\s*#*$/.exec(raw) : null;
    let line = heading ? heading[2]! : markdown ? stripMarkdown(raw) : raw;
    if (first) {
      first = false;
      date ??= dateIn(line);
      if (heading?.[1] === '#' || (!heading && isHeader(line))) {
        // The title is what the header says besides its date and page furniture (a header of only those,
        // " date 2020-01-08 Contents", has none).
        const rest = line
          .replace(/\b\d{4}-\d{2}-\d{2}\b/, '')
          .replace(/\b(?:date|contents|updated|published)\b/gi, '')
          .replace(/^[\s\u2014\u2013|:-]+|[\s\u2014\u2013|:-]+$/g, '');
        if (rest.split(/\s+/).length >= 2) title = rest;
        continue;
      }
    }
    // A dateline ("14 March 2023", "Updated: 2020-01-08 10:15 GMT") dates the article; it is no paragraph.
    if (!heading && blocks.length < 3 && isDateline(line)) {
      date ??= dateIn(line);
      continue;
    }
    if (heading || (line.endsWith('?') && line.length <= 200 && !markdownListItem(raw))) {
      flush();
      blocks.push({ kind: 'section', text: line });
      continue;
    }
    if (markdown) {
      line = line.replace(/^[-*+]\s+|^\d+\.\s+|^>\s*/, '');
      pending.push(line);
      continue;
    }
    blocks.push({ kind: 'paragraph', text: line });
  }
  flush();
  date ??= blocks.slice(0, 3).map((b) => dateIn(b.text)).find(Boolean);
  return { title, date, blocks };
}

// A line that is a date and nothing else but its furniture: weekdays, times, "updated", "published"; or a
// desk, a wire or a place of a few words and then the date ("Sports desk, 30 September 2024", "Reuters |
// 2 May 2024").
function isDateline(line: string): boolean {
  if (dateIn(line) === undefined) return false;
  const source = /^([\p{L}][\p{L} .'\u2019&-]{0,40}?)\s*[,|\u2013\u2014]\s*(.+)$/u.exec(line.replace(/\.$/, ''));
  if (source && source[1]!.split(/\s+/).length <= 3 && isDateline(source[2]!)) return true;
  const months = extractCues.MONTHS.join('|');
  const rest = line
    .replace(new RegExp(`\\b(?:${months}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|date|dated|updated|published|posted|last|modified|on|at|am|pm|gmt|utc|bst|est|edt)\\b`, 'gi'), '')
    .replace(/[\d\s,.:/|\u2013\u2014-]/g, '');
  return rest === '';
}

function markdownListItem(raw: string): boolean {
  return /^[-*+]\s/.test(raw);
}

// A first line that is a header, not a paragraph: short and not a sentence. (Nor a question: "What
// happened?" opening an untitled article is its first section.)
function isHeader(line: string): boolean {
  return line.length <= 120 && !/[.!?]["”’)]?$/.test(line);
}

function stripMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2');
}

/** A date written in `text` as YYYY-MM-DD, or as "8 January 2020" / "January 8, 2020"; never made up. */
export function dateIn(text: string): string | undefined {
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const months = extractCues.MONTHS.join('|');
  const dayFirst = new RegExp(`\\b(\\d{1,2}) (${months}),? (\\d{4})\\b`, 'i').exec(text);
  if (dayFirst) return isoDate(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
  const monthFirst = new RegExp(`\\b(${months}) (\\d{1,2}),? (\\d{4})\\b`, 'i').exec(text);
  if (monthFirst) return isoDate(monthFirst[3]!, monthFirst[1]!, monthFirst[2]!);
  return undefined;
}

function isoDate(year: string, month: string, day: string): string {
  const m = extractCues.MONTHS.indexOf(month.toLowerCase()) + 1;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// HTML: the page's title and date from its metadata, then its headings (h2, h3) and paragraphs (p, li,
// blockquote) in order, inside <article> when there is one. Scripts, styles, navigation and the like go.
function readHtml(html: string): ArticleText {
  const meta = (name: string): string | undefined => {
    const m = new RegExp(`<meta[^>]+(?:property|name)=["']${name}["'][^>]*>`, 'i').exec(html)?.[0];
    return m ? decodeEntities(/content=["']([^"']*)["']/i.exec(m)?.[1] ?? '') || undefined : undefined;
  };
  const title = meta('og:title') ?? textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]) ?? textOf(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]);
  const published = meta('article:published_time') ?? /<time[^>]+datetime=["']([^"']+)["']/i.exec(html)?.[1];
  let body = /<article[\s>][\s\S]*?<\/article>/i.exec(html)?.[0] ?? /<body[\s>][\s\S]*<\/body>/i.exec(html)?.[0] ?? html;
  body = body.replace(/<(script|style|nav|header|footer|aside|figure|form|noscript|svg)[\s>][\s\S]*?<\/\1>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const blocks: Block[] = [];
  const tag = /<(h[1-6]|p|li|blockquote)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = textOf(m[2]);
    if (!text) continue;
    const name = m[1]!.toLowerCase();
    if (name === 'h1') continue;
    if (/^h[2-6]$/.test(name) || (text.endsWith('?') && text.length <= 200)) blocks.push({ kind: 'section', text });
    else blocks.push({ kind: 'paragraph', text });
  }
  const date = (published && dateIn(published)) ?? blocks.slice(0, 3).map((b) => dateIn(b.text)).find(Boolean);
  return { title: title || undefined, date, blocks };
}

function textOf(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const text = decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
