// Stands in for DNS in a command the tests start (node --import tests/support/fake-dns.ts): each host name in
// FAKE_DNS ({"acme.example": ["127.0.0.1"]}) resolves to the addresses given, as a hostile DNS server could
// answer; other names do not resolve. Only name resolution changes: the command runs as it always does.

import dns, { type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import { isIPv6 } from 'node:net';
import { syncBuiltinESMExports } from 'node:module';

const answers = JSON.parse(process.env['FAKE_DNS'] ?? '{}') as Record<string, string[]>;

type Callback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function fakeLookup(hostname: string, options: LookupOptions | LookupAllOptions | Callback, callback?: Callback) {
  const done = (typeof options === 'function' ? options : callback)!;
  const all = typeof options === 'object' && options.all === true;
  const addresses = (answers[hostname] ?? []).map((address) => ({ address, family: isIPv6(address) ? 6 : 4 }));
  process.nextTick(() => {
    if (addresses.length === 0) {
      done(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '');
    } else if (all) done(null, addresses);
    else done(null, addresses[0]!.address, addresses[0]!.family);
  });
}

dns.lookup = fakeLookup as typeof dns.lookup;
syncBuiltinESMExports();
