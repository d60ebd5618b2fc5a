// The configuration of each open document: the CLI's `.followuplintrc.json` discovery,
// with the editor settings beneath it, and the last good configuration kept when a file breaks.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, resolveConfig, type FollowupLintConfig } from '../../rules/index.js';
import { ConfigResolver, type FileConfig } from '../config/resolve.js';

/** The configuration for one document, and a problem to show if discovery failed. */
export interface DocumentConfig {
  config: FileConfig;
  /** Set when the governing config file is broken; `config` is then the last good one. */
  problem?: string;
}

/** The file-system path of a `file:` URI, or undefined for any other scheme. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Resolves configuration per document; one resolver (and cache) per distinct settings value. */
export class ConfigStore {
  private readonly resolvers = new Map<string, ConfigResolver>();
  private readonly lastGood = new Map<string, FileConfig>();

  /** Forget every cached config file (one changed on disk). */
  clear(): void {
    for (const resolver of this.resolvers.values()) resolver.clear();
  }

  /** Forget what is kept for a closed document. */
  forget(uri: string): void {
    this.lastGood.delete(uri);
  }

  private resolver(defaults: FollowupLintConfig): ConfigResolver {
    const key = JSON.stringify(defaults);
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      // Settings rarely take more than a few values in a session; keep the map small anyway.
      if (this.resolvers.size > 32) this.resolvers.clear();
      resolver = new ConfigResolver({ defaults });
      this.resolvers.set(key, resolver);
    }
    return resolver;
  }

  /**
   * The configuration for a document. A document with no path (untitled, virtual) takes
   * the configuration a new note at the root of `fallbackDir` would get, when one is given.
   */
  forDocument(uri: string, defaults: FollowupLintConfig, fallbackDir: string | undefined): DocumentConfig {
    const filePath = uriToPath(uri) ?? (fallbackDir ? path.join(fallbackDir, 'untitled.md') : undefined);
    if (!filePath) return { config: { resolved: resolveConfig(defaults), source: undefined, ignored: false } };
    try {
      const config = this.resolver(defaults).forFile(filePath);
      this.lastGood.set(uri, config);
      return { config };
    } catch (error) {
      const problem = error instanceof ConfigError ? error.message : `Configuration could not be read: ${String(error)}`;
      const kept = this.lastGood.get(uri) ?? { resolved: resolveConfig(defaults), source: undefined, ignored: false };
      return { config: kept, problem };
    }
  }
}
