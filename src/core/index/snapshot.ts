// A built index as data: what the cache stores and the build inlines for the bundled dataset.

/** A built index as plain data and typed arrays, cheap to store and to load again. */
export interface IndexSnapshot {
  /** Stem i is vocab[i]. */
  vocab: string[];
  /** Postings of stem `i` are `postings[offsets[i]] .. postings[offsets[i + 1]]`, each `doc * 16 + weight in tenths`. */
  offsets: Int32Array;
  postings: Int32Array;
  /**
   * The vocabulary as text, one stem a line, where the cache kept it so: a word's compounds are found by
   * searching it (a scan of a large vocabulary's array took a warm query milliseconds).
   */
  vocabText?: string | undefined;
  /** Words of prose per fact, for BM25's length normalisation. */
  docLength: Uint16Array;
  /**
   * The sum of docLength, where the cache recorded it: summing a large index's lengths in cold code took
   * a warm run a millisecond at 100k facts.
   */
  lengthTotal?: number | undefined;
  /**
   * The stems' ids by hash (see stemTable), where the cache kept them: a warm run looks stems up in it
   * rather than building a map of every stem (14 ms at a million facts).
   */
  stemTable?: Int32Array | undefined;
  /** For the data's own words, the stems the English dictionary relates to them (see dictionaryText). */
  dictionary?: string | undefined;
  /**
   * JSON: for each word the dictionary relates to a data word, those data stems' ids (see relativesOf),
   * parsed on first use; or a function that reads it (the bundled index keeps it in a file of its own).
   */
  relatives?: string | (() => string | undefined) | undefined;
  /**
   * Called before postings[from .. to] are read, when the postings are read from the cache as they are
   * needed (a warm run reads only its terms' postings of a large index).
   */
  need?: ((from: number, to: number) => void) | undefined;
}

/** An index snapshot as plain JSON, for inlining into the bundle. */
export interface EncodedSnapshot {
  vocab: string[];
  offsets: number[];
  postings: number[];
  docLength: number[];
  dictionary?: string;
  relatives?: string;
}

/** Encode an index snapshot as plain JSON. */
export function encodeSnapshot(s: IndexSnapshot): EncodedSnapshot {
  return { vocab: s.vocab, offsets: [...s.offsets], postings: [...s.postings], docLength: [...s.docLength], ...(s.dictionary ? { dictionary: s.dictionary } : {}), ...(typeof s.relatives === 'string' ? { relatives: s.relatives } : {}) };
}

/** Decode a snapshot encoded by encodeSnapshot. */
export function decodeSnapshot(e: EncodedSnapshot): IndexSnapshot {
  return {
    vocab: e.vocab,
    offsets: Int32Array.from(e.offsets),
    postings: Int32Array.from(e.postings),
    docLength: Uint16Array.from(e.docLength),
    dictionary: e.dictionary,
    relatives: e.relatives,
  };
}
