import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/core/model.js';

/** A fresh, mutable copy of the bundled dataset, read from disk as a user's file would be. */
export function bundledCopy(): Dataset {
  return JSON.parse(readFileSync(new URL('../data/facts.json', import.meta.url), 'utf8')) as Dataset;
}

/** Paragraphs and questions of `dataset` that no fact cites. */
export function uncovered(dataset: Dataset): { paragraphs: number[]; questions: number[] } {
  const paragraphs = new Set(dataset.facts.map((f) => f.paragraph));
  const questions = new Set(dataset.facts.map((f) => f.question));
  return {
    paragraphs: Array.from({ length: dataset.article.paragraphs }, (_, i) => i + 1).filter((p) => !paragraphs.has(p)),
    questions: dataset.article.questions.map((q) => q.number).filter((q) => !questions.has(q)),
  };
}

/** The value of the first figure with this unit in the fact with this id. */
export function figure(dataset: Dataset, id: string): number | undefined {
  return dataset.facts.find((f) => f.id === id)?.numbers?.[0]?.value;
}
