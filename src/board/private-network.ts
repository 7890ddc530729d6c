// Hosts and addresses that are this machine or a private network, never an employer's public site: the schema
// refuses links to them, and the link checker refuses to connect to them whatever a host name resolves to.

import { isIP, isIPv4, isIPv6 } from 'node:net';

/**
 * Host name suffixes, besides localhost, that only resolve on a private network: mDNS's .local, ICANN's
 * .internal, RFC 8375's home.arpa (and .arpa, which holds no web sites at all), and the private top-level
 * names RFC 6762 lists as in common use.
 */
export const PRIVATE_SUFFIXES = [
  'local',
  'localdomain',
  'internal',
  'intranet',
  'lan',
  'home.arpa',
  'home',
  'corp',
  'private',
  'arpa',
] as const;

// Every private name at once: most names checked are public, and one test answers for them.
const PRIVATE_NAME = new RegExp(
  `(?:^|\\.)localhost\\.?$|\\.(?:${PRIVATE_SUFFIXES.map((s) => s.replace('.', '\\.')).join('|')})\\.?$|^[^.]*\\.?$`,
);

/**
 * What makes a host name private, as words that follow "is" ("a name on a private network (.internal)"),
 * or undefined for a name that can be public. A final dot only makes a name absolute: "localhost." is
 * localhost.
 */
export function privateNameKind(hostname: string): string | undefined {
  if (!PRIVATE_NAME.test(hostname)) return undefined;
  const name = hostname.replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'the computer that opens the link';
  const suffix = PRIVATE_SUFFIXES.find((s) => name.endsWith(`.${s}`));
  if (suffix) return `a name on a private network (.${suffix}), which no one outside it can open`;
  return 'a single name, which only works on a private network';
}

/**
 * Why a link may not point at `hostname` (as the WHATWG URL parser leaves it: lower case, IP addresses in
 * their canonical form, IPv6 in brackets), or undefined when it names a public host. Every IP address is
 * refused, public ones too: an employer's apply page is never one.
 */
export function hostProblem(hostname: string): string | undefined {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (isIP(bare)) {
    const kind = addressProblem(bare);
    return `the host is an IP address, ${bare}${kind ? ` (${kind})` : ''}; link to the site by its domain name`;
  }
  const name = hostname.replace(/\.$/, '');
  const kind = privateNameKind(name);
  if (kind) {
    const fix =
      name.includes('.') || name === 'localhost'
        ? "use the site's public address"
        : 'write the full host name, like acme.example';
    return `the host ${name} is ${kind}; ${fix}`;
  }
  if (hostname.endsWith('.')) return 'the link needs a full host name without a final dot';
  return undefined;
}

/**
 * Why a mail address's domain is this machine or a private network, as `hostProblem` says, or undefined when it
 * is a public name. The domain is read as the URL parser reads a host, so that 127.1, 0x7f.1 and 2130706433 are
 * the address 127.0.0.1 here too, as many resolvers read them.
 */
export function mailDomainProblem(domain: string): string | undefined {
  const name = domain.trim().toLowerCase();
  // Anything that would end or change a URL's host is left as it is: it is no address either way.
  const host = /^[^/?#@:\\[\]\s]+$/.test(name) ? (URL.parse(`https://${name}/`)?.hostname ?? name) : name;
  return hostProblem(host);
}

/** An address as 16 bytes (IPv6) or 4 (IPv4), or undefined when it is neither. */
function bytesOf(address: string): number[] | undefined {
  if (isIPv4(address)) return address.split('.').map(Number);
  if (!isIPv6(address)) return undefined;
  let text = address.replace(/%.*$/, '');
  // A dotted IPv4 tail (::ffff:127.0.0.1) is two groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -tail[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = groups(head);
  const right = groups(rest);
  const all = rest === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

function inPrefix(bytes: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let i = 0; i < bits; i++) {
    const mask = 0x80 >> (i % 8);
    if ((bytes[i >> 3]! & mask) !== ((prefix[i >> 3] ?? 0) & mask)) return false;
  }
  return true;
}

// IANA's special-purpose IPv4 ranges that are not reachable on the internet, with what to call them.
const IPV4_RANGES: ReadonlyArray<[prefix: number[], bits: number, kind: string]> = [
  [[0], 8, 'the unspecified address, which is this machine'],
  [[127], 8, 'a loopback address, which is this machine'],
  [[10], 8, 'a private network address'],
  [[172, 16], 12, 'a private network address'],
  [[192, 168], 16, 'a private network address'],
  [[100, 64], 10, 'a carrier-grade NAT address'],
  [[169, 254], 16, 'a link-local address'],
  [[192, 0, 0], 24, 'an address reserved for protocols'],
  [[192, 0, 2], 24, 'a documentation address'],
  [[198, 51, 100], 24, 'a documentation address'],
  [[203, 0, 113], 24, 'a documentation address'],
  [[198, 18], 15, 'a benchmarking address'],
  [[192, 88, 99], 24, 'a retired 6to4 relay address'],
  [[224], 4, 'a multicast address'],
  [[240], 4, 'a reserved address'],
];

function ipv4Problem(bytes: readonly number[]): string | undefined {
  return IPV4_RANGES.find(([prefix, bits]) => inPrefix(bytes, prefix, bits))?.[2];
}

/**
 * What kind of non-public address `address` (an IPv4 or IPv6 address, as DNS returns it) is, or undefined
 * when it is a public one: loopback, private, link-local, unique-local, multicast, unspecified, and every
 * other range IANA reserves. IPv6 addresses that carry an IPv4 address (mapped, NAT64, 6to4) are judged by it.
 */
export function addressProblem(address: string): string | undefined {
  const bytes = bytesOf(address);
  if (!bytes) return 'not an IP address';
  if (bytes.length === 4) return ipv4Problem(bytes);
  const v6 = (prefix: number[], bits: number) => inPrefix(bytes, prefix, bits);
  if (bytes.every((b) => b === 0)) return 'the unspecified address, which is this machine';
  if (v6([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128)) return 'a loopback address, which is this machine';
  if (v6([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff], 96)) return ipv4Problem(bytes.slice(12));
  if (v6([0, 0x64, 0xff, 0x9b], 96)) return ipv4Problem(bytes.slice(12));
  if (v6([0x20, 0x02], 16)) return ipv4Problem(bytes.slice(2, 6));
  if (v6([0xfc], 7)) return 'a unique local address, on a private network';
  if (v6([0xfe, 0x80], 10)) return 'a link-local address';
  if (v6([0xfe, 0xc0], 10)) return 'a site-local address, on a private network';
  if (v6([0xff], 8)) return 'a multicast address';
  if (v6([0x20, 0x01, 0x0d, 0xb8], 32) || v6([0x3f, 0xff], 20)) return 'a documentation address';
  if (v6([0x20, 0x01], 23)) return 'an address reserved for protocols';
  // Outside 2000::/3 nothing is assigned for public use.
  if (!v6([0x20], 3)) return 'a reserved address';
  return undefined;
}
