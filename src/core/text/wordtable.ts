// Word -> id lookups for building a large index. Most of a build is finding each word occurrence's id;
// doing it with toLowerCase, a substring and a Map costs three allocations and a string hash per word.
// This table hashes plain ASCII words while scanning the text and compares them in place, so a word
// already seen costs no allocation at all, and it hands back ids in a typed array (no callback per word).
// Anything else (non-ASCII text, apostrophes) goes through forEachWord, so the words found are always
// exactly those words() finds.
import { ampersandAt, forEachWord, initialAt, joinsNext } from './fold.js';

const EMPTY = -1;

/** A set of strings in an open-addressing table; at 100,000 keys it adds in a fraction of a Set's time. */
export class StringSet {
  protected readonly keys: string[] = [];
  protected hashes = new Int32Array(1024);
  protected slots = new Int32Array(1024).fill(EMPTY);

  /** Add `key`; false if it was there already. */
  add(key: string): boolean {
    const h = hashOf(key);
    if (this.indexOf(key, h) !== EMPTY) return false;
    this.insert(key, h);
    return true;
  }

  /** The number of `key`, whose hash is h, or -1 if it is not in the set. */
  protected indexOf(key: string, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s]!;
      if (k === EMPTY || (this.hashes[k] === h && this.keys[k] === key)) return k;
    }
  }

  /** Store a key known to be new, whose hash is h; returns its number (0, 1, 2, ... in order of adding). */
  protected insert(key: string, h: number): number {
    const k = this.keys.length;
    this.keys.push(key);
    if (k >= this.hashes.length) this.hashes = grown(this.hashes, k + 1);
    this.hashes[k] = h;
    // Keep the table at most half full, so probes stay short.
    if ((k + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(k);
    return k;
  }

  private place(k: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[k]! & mask;
    while (this.slots[s] !== EMPTY) s = (s + 1) & mask;
    this.slots[s] = k;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(EMPTY);
    for (let k = 0; k < this.keys.length; k++) this.place(k);
  }
}

/** Ids for the words of texts, given by `resolve` the first time each word is seen. */
export class WordTable extends StringSet {
  private readonly ids: number[] = [];
  private readonly resolve: (word: string) => number;
  // Every key's characters, one key after another: key k is chars[charEnd[k]] .. chars[charEnd[k + 1]].
  private chars = new Uint16Array(8192);
  private charEnd = new Int32Array(1024);
  /** Ids of the words of the last scan, in order: `found[0] .. found[count - 1]`. Replaced as it grows. */
  found = new Int32Array(256);

  constructor(resolve: (word: string) => number) {
    super();
    this.resolve = resolve;
  }

  /**
   * Put the id of each word of `text` in `found`, in order, as words(text) would list them; returns how
   * many. One pass: plain ASCII is hashed as it is read, and the first character that is not (non-ASCII,
   * an apostrophe) hands the whole text to forEachWord instead.
   */
  scan(text: string): number {
    const len = text.length;
    // A text has at most one word per two characters, plus one.
    if (len >= this.found.length * 2) this.found = new Int32Array(len);
    const found = this.found;
    let count = 0;
    let start = -1;
    let h = 0;
    for (let i = 0; i < len; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = (Math.imul(h, 31) + c) | 0;
        continue;
      }
      if (c > 127 || c === 39) return this.scanWords(text);
      // "de-escalate" is one word: the rare text with a joining prefix takes the careful path.
      if (c === 45 && start >= 0 && i - start <= 7 && joinsNext(text.slice(start, i).toLowerCase())) return this.scanWords(text);
      // So does one with an initialism, whose stops join its letters ("U.S." is "us").
      if (c === 46 && start >= 0 && i - start === 1 && initialAt(text, i)) return this.scanWords(text);
      // And one with an initialism joined by an ampersand ("A&E" is "ae").
      if (c === 38 && start >= 0 && i - start <= 2 && ampersandAt(text, i)) return this.scanWords(text);
      if (start >= 0) found[count++] = this.find(text, start, i, h);
      start = -1;
    }
    if (start >= 0) found[count++] = this.find(text, start, len, h);
    return count;
  }

  // Text that is not plain ASCII: the words are those forEachWord finds (folding can change the count).
  private scanWords(text: string): number {
    let count = 0;
    forEachWord(text, (w) => {
      if (count === this.found.length) this.found = grown(this.found, count + 1);
      this.found[count++] = this.idOf(w, hashOf(w));
    });
    return count;
  }

  // The id of text[start, end), folded to lower case, whose hash is h.
  private find(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s]!;
      if (k === EMPTY) return this.added(text.slice(start, end).toLowerCase(), h);
      if (this.hashes[k] === h && this.sameWord(k, text, start, end)) return this.ids[k]!;
    }
  }

  private idOf(word: string, h: number): number {
    const k = this.indexOf(word, h);
    return k === EMPTY ? this.added(word, h) : this.ids[k]!;
  }

  // A word seen for the first time: its id comes from resolve.
  private added(word: string, h: number): number {
    const id = this.resolve(word);
    const k = this.insert(word, h);
    this.ids.push(id);
    if (k + 2 > this.charEnd.length) this.charEnd = grown(this.charEnd, k + 2);
    const start = this.charEnd[k]!;
    if (start + word.length > this.chars.length) this.chars = grown(this.chars, start + word.length);
    for (let i = 0; i < word.length; i++) this.chars[start + i] = word.charCodeAt(i);
    this.charEnd[k + 1] = start + word.length;
    return id;
  }

  // Whether key k is text[start, end) folded to lower case. Compared against `chars`, which lie together,
  // rather than the key strings, which lie all over the heap: most of a lookup is waiting for memory.
  private sameWord(k: number, text: string, start: number, end: number): boolean {
    let at = this.charEnd[k]!;
    if (this.charEnd[k + 1]! - at !== end - start) return false;
    for (let i = start; i < end; i++, at++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== this.chars[at]) return false;
    }
    return true;
  }
}

// A copy of `array` with room for at least `size` elements.
function grown<T extends Int32Array | Uint16Array>(array: T, size: number): T {
  const copy = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  copy.set(array);
  return copy;
}

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

