// Several datasets read as one: a week of extracted articles searched together. Each fact says which
// article it comes from; ids and question numbers are made unique across them.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FactqError } from './errors.js';
import type { Dataset, Entity, Fact, Question } from './model.js';

/** A dataset and the name it goes by among others (its file's name). */
export interface Part {
  name: string;
  dataset: Dataset;
}

/** The dataset files `paths` name: files as given, a folder as its `.json` files in name order. */
export function datasetFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let folder = false;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      // Not there: reading it reports that, with the file's name.
    }
    if (!folder) {
      out.push(path);
      continue;
    }
    // (".JSON" too: a file's extension in capitals is the same kind of file.)
    const files = readdirSync(path)
      .filter((f) => f.toLowerCase().endsWith('.json'))
      .sort()
      .map((f) => join(path, f));
    if (!files.length) throw new FactqError(`${path}: a folder with no .json datasets in it`);
    out.push(...files);
  }
  // (A file named twice, or named and in a folder named too, is read once: its facts would be there twice.)
  const seen = new Set<string>();
  return out.filter((file) => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // Not there: reading it reports that.
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

// Names compared as a reader would: case and punctuation aside.
function fold(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The name a dataset file goes by: its base name, folded to what a fact id may hold ("Iran 2020.json" -> "iran-2020"). */
export function slugOf(file: string): string {
  const slug = basename(file)
    .replace(/\.json$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'dataset';
}

/**
 * One dataset of several: each fact's id becomes `name/id` and carries `article: name`; questions are
 * numbered on from one article to the next (each keeping its `article`); entities of the same name, or
 * whose name the other has as an alias, are one, their aliases joined. Names that repeat get `-2`, `-3`.
 */
export function mergeDatasets(parts: readonly Part[]): Dataset {
  const taken = new Map<string, number>();
  const entities: Entity[] = [];
  const byName = new Map<string, Entity>();
  const byAlias = new Map<string, Entity>();
  const questions: Question[] = [];
  const facts: Fact[] = [];
  let paragraphs = 1;
  let date = '';
  for (const { name: wanted, dataset } of parts) {
    const seen = (taken.get(wanted) ?? 0) + 1;
    taken.set(wanted, seen);
    const name = seen === 1 ? wanted : `${wanted}-${seen}`;
    const renumbered = new Map<number, number>();
    for (const q of dataset.article.questions) {
      renumbered.set(q.number, questions.length + 1);
      questions.push({ number: questions.length + 1, text: q.text, article: name });
    }
    // An entity whose name another article's entity has as its name or an alias, or that has the other's
    // name among its aliases, is that entity: "US" in one article is "United States" (alias "US") in
    // another. An article's own entities are never merged with each other.
    const renamed = new Map<string, string>();
    const added: Entity[] = [];
    for (const e of dataset.entities) {
      const same = byName.get(fold(e.name)) ?? byAlias.get(fold(e.name)) ?? e.aliases.map((a) => byName.get(fold(a))).find(Boolean);
      if (!same) {
        const copy = { ...e, aliases: [...e.aliases] };
        entities.push(copy);
        added.push(copy);
        continue;
      }
      renamed.set(e.name, same.name);
      for (const a of [e.name, ...e.aliases]) if (a !== same.name && !same.aliases.includes(a)) same.aliases.push(a);
    }
    for (const e of added) {
      byName.set(fold(e.name), e);
      for (const a of e.aliases) if (!byAlias.has(fold(a))) byAlias.set(fold(a), e);
    }
    const named = (list: readonly string[]): string[] => [...new Set(list.map((n) => renamed.get(n) ?? n))];
    for (const f of dataset.facts) facts.push({ ...f, id: `${name}/${f.id}`, question: renumbered.get(f.question)!, entities: named(f.entities), article: name });
    paragraphs = Math.max(paragraphs, dataset.article.paragraphs);
    if (dataset.article.date > date) date = dataset.article.date;
  }
  return {
    schemaVersion: 1,
    article: { title: `${parts.length} articles`, date, paragraphs, questions },
    entities,
    facts,
  };
}
