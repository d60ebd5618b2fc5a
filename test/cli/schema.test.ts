// The shipped JSON Schema must match the registry: run `npm run schema` after adding a rule or option.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../rules/index.js';

const FILE = 'schema/followuplintrc.schema.json';

describe('schema/followuplintrc.schema.json', () => {
  it('is current (regenerate with `npm run schema`)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(`${JSON.stringify(configSchema(), null, 2)}\n`);
  });

  it('accepts the bundled example config and rejects an unknown rule', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(FILE, 'utf8')) as object);
    expect(validate(JSON.parse(readFileSync('examples/templates/.followuplintrc.json', 'utf8')))).toBe(true);
    expect(validate({ rules: { 'no-such-rule': 'warn' } })).toBe(false);
  });
});
