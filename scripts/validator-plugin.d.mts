// Types for scripts/validator-plugin.mjs, which the tests import.
import type { Plugin } from 'esbuild';

export const validatorPlugin: Plugin;
