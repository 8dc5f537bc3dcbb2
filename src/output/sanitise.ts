// Text from a dataset is untrusted: nothing in it may drive the terminal.

// Whole escape sequences first (CSI, OSC, DCS and friends, 7-bit and 8-bit), so no parameters are left
// behind; then any lone control character becomes a visible picture.
/* eslint-disable no-control-regex -- matching control characters is the point of this module */
const SEQUENCES =
  /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]|(?:\u001B[\]PX^_]|[\u0090\u009D\u009E\u009F])[\s\S]*?(?:\u0007|\u001B\\|\u009C|$)|\u001B[@-Z\\-_]/g;
// C0 and C1 controls, the bidirectional marks, overrides and isolates that can reorder what a terminal
// shows (right-to-left text needs none of them: its direction is implicit), and the invisible characters
// that can make one word look like another: zero-width spaces and joiners, word joiner, byte order mark,
// soft hyphen, tag characters.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g;
/* eslint-enable no-control-regex */

/** Remove escape sequences and show other control characters visibly; tabs and newlines are kept. */
export function sanitise(s: string): string {
  return s.replace(SEQUENCES, '').replace(CONTROLS, visible);
}

/** As sanitise, and fold tabs and line breaks to spaces so a value stays on one line. */
export function oneLine(s: string): string {
  return sanitise(s.replace(/\r\n|[\t\n\r\u2028\u2029]/g, ' '));
}

function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // U+2400 control pictures
  if (code === 0x7f) return '\u2421';
  return '\uFFFD';
}
