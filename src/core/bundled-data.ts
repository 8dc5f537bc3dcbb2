// The bundled dataset as the build gives it: inlined in the CLI's bundle, which every run parses anyway;
// the library's build reads it from the package's data/facts.json instead, when first asked for.
import bundledJson from '../../data/facts.json' with { type: 'json' };

/** The bundled dataset, as parsed JSON (checked by the build, frozen by `bundled`). */
export function bundledData(): unknown {
  return bundledJson;
}
