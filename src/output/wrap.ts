// Line wrapping by display width, for people at a terminal.
import stringWidth from 'string-width';

/** A text's display width: printable ASCII is a column a character, measured without string-width's work. */
export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Break text into lines of at most `width` display columns, at spaces; a longer word gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // The line's width is kept, not measured again per word: long texts stay linear.
  let lineWidth = 0;
  for (const word of text.split(/ +/)) {
    const w = displayWidth(word);
    if (line && lineWidth + 1 + w > width) {
      lines.push(line);
      line = word;
      lineWidth = w;
    } else {
      line = line ? `${line} ${word}` : word;
      lineWidth = line === word ? w : lineWidth + 1 + w;
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}
