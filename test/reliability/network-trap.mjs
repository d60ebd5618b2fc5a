// Preloaded (`node --import`) by the security tests: any attempt to reach the network (a
// socket, a DNS lookup, an HTTP request, fetch) is written to standard error as
// `NETWORK ATTEMPT: …` and fails, so a test sees it even if the caller swallows the error.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function trap(what) {
  return function trapped() {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };
}

const net = require('node:net');
net.Socket.prototype.connect = trap('net.Socket.connect');
for (const name of ['connect', 'createConnection']) net[name] = trap(`net.${name}`);
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns[name] = trap(`dns.${name}`);
for (const name of ['lookup', 'resolve']) dns.promises[name] = trap(`dns.promises.${name}`);
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  m.request = trap(`${mod}.request`);
  m.get = trap(`${mod}.get`);
}
require('node:tls').connect = trap('tls.connect');
require('node:dgram').createSocket = trap('dgram.createSocket');
globalThis.fetch = trap('fetch');
require('node:module').syncBuiltinESMExports();
