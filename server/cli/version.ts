// The package version, inlined at build time from package.json.
import pkg from '../../package.json' with { type: 'json' };

/** followup-lint's version, as `--version` and SARIF's driver report it. */
export const VERSION: string = pkg.version;
