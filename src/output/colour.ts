// Colour is decided once, here, and every renderer takes the decision as a Palette.

/** The --color modes. */
export const COLOR_MODES = ['auto', 'always', 'never'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/**
 * Whether to colour: NO_COLOR beats everything but --color always; FORCE_COLOR turns it on in a pipe, and
 * FORCE_COLOR=0 (or false) off on a terminal too, as Node and chalk read it.
 */
export function useColor(mode: ColorMode, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return isTTY && env.TERM !== 'dumb';
}

/** The styles renderers use; all identity functions when colour is off. */
export interface Palette {
  enabled: boolean;
  id: (s: string) => string;
  heading: (s: string) => string;
  dim: (s: string) => string;
  match: (s: string) => string;
  answer: (s: string) => string;
}

const plain = (s: string): string => s;

/** The palette for colour off: every style is the identity. */
export const PLAIN: Palette = { enabled: false, id: plain, heading: plain, dim: plain, match: plain, answer: plain };

/** A palette for a colour decision. chalk is loaded only when colour is on: it probes the terminal at load. */
export async function palette(enabled: boolean): Promise<Palette> {
  if (!enabled) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return {
    enabled,
    id: (s) => c.cyan(s),
    heading: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    match: (s) => c.bold.yellow(s),
    answer: (s) => c.bold.green(s),
  };
}
