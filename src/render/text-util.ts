import stringWidth from 'string-width';
import { stem, words } from '../core/text.js';

/** Break text into lines of at most `width` display columns, at spaces; a longer word gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && stringWidth(line) + 1 + stringWidth(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** Wrap each word of `text` whose stem is in `stems` with `mark`, leaving everything else as it is. */
export function highlightWords(text: string, stems: readonly string[], mark: (s: string) => string): string {
  if (!stems.length) return text;
  const wanted = new Set(stems);
  return text.replace(/[\p{L}\p{N}'’]+/gu, (w) => {
    const folded = words(w);
    return folded.some((f) => wanted.has(stem(f))) ? mark(w) : w;
  });
}
