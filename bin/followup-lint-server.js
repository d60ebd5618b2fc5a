#!/usr/bin/env node
// Language server entry for editors: `followup-lint-server --stdio`.
require('../dist/server.cjs');
