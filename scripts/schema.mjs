// Writes schema/followuplintrc.schema.json from the rule registry (run `npm run schema`
// after adding a rule or option; test/cli/schema.test.ts fails while the file is stale).
import { mkdirSync, writeFileSync } from 'node:fs';
import { configSchema } from '../dist/index.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/followuplintrc.schema.json', `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log('wrote schema/followuplintrc.schema.json');
