// Test helper: random damage to a dataset's JSON tree, for checks that must refuse it cleanly.

/** Walk to a random node of the JSON tree and delete it, replace it, or duplicate an array element. */
export function mutate(root: unknown, op: string, pick: number[], value: unknown): void {
  let node = root;
  for (let depth = 0; depth < pick.length; depth++) {
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (!keys.length) return;
    const key = keys[pick[depth]! % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    const last = depth === pick.length - 1 || child === null || typeof child !== 'object';
    if (last) {
      const holder = node as Record<string, unknown>;
      if (op === 'delete') {
        if (Array.isArray(holder)) holder.splice(Number(key), 1);
        else delete holder[key];
      } else if (op === 'retype') holder[key] = value;
      else if (Array.isArray(holder)) holder.push(structuredClone(holder[Number(key)]));
      else holder[`${key}2`] = structuredClone(child);
      return;
    }
    node = child;
  }
}
