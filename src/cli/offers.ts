// What completion offers from a dataset, and the few words zsh and fish show beside each offer.
import type { Corpus } from '../core/corpus.js';

/** A word to offer, alone or with a few words about it (zsh and fish show them beside the word). */
export type Offer = string | readonly [word: string, about: string];

/** Entity names and aliases, each said to be what it is: "Irbil: place", "Erbil: Irbil". */
export function entityOffers(corpus: Corpus): Offer[] {
  return corpus.dataset.entities.flatMap((e) => [[e.name, e.kind] as const, ...e.aliases.map((a) => [a, e.name] as const)]);
}
