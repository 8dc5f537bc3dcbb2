import type { Dataset } from '../src/core/model.js';

/** A seeded PRNG returning numbers in [0, 1). */
export function rng(seed: number): () => number;
/** A synthetic dataset of n facts in the bundled format. */
export function generate(n: number, seed?: number): Dataset;
/** Write a dataset as compact JSON a fact at a time. */
export function writeDataset(file: string, data: Dataset): void;
