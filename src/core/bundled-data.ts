// The bundled dataset as the build gives it: inlined in the bundle (the CLI's and the library's), which
// every run parses anyway.
import bundledJson from '../../data/facts.json' with { type: 'json' };

/** The bundled dataset, as parsed JSON (checked by the build, frozen by `bundled`). */
export function bundledData(): unknown {
  return bundledJson;
}
