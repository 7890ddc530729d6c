// Checks URLs over the network with Node's HTTP client: a few at a time, each request with a timeout, redirects
// followed one by one so the chain can be reported, and retries with backoff for timeouts and server errors.
// It never connects to this machine or a private network: every hop's host is resolved first and refused when
// any of its addresses is not public, and the connection goes to the addresses that were checked, so a DNS
// answer that changes between the check and the connection (DNS rebinding) cannot slip through.

import dns, { type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, judge, mapPool, type LinkResult, type LinkTarget, type Outcome } from './link-health.ts';
import { addressProblem, privateNameKind } from '../../src/board/private-network.ts';

/** Why the checker must not connect to an IP address, or undefined when it may. */
export type AddressPolicy = (address: string) => string | undefined;

/** Public addresses only: the policy of `npm run check-links`, which nothing but tests replaces. */
export const PUBLIC_ADDRESSES_ONLY: AddressPolicy = addressProblem;

/** A host name's addresses, as the system resolves them. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

/** The system's resolver (getaddrinfo, so /etc/hosts counts), every address of every family. */
const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    // Looked up on the module at call time, so a test can stand in for DNS.
    dns.lookup(hostname, { all: true, order: 'verbatim' }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

export interface CheckOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** How long one request may take before it counts as a timeout, in milliseconds. */
  timeoutMs: number;
  /** How many times to try again after a timeout or a 5xx answer. */
  retries: number;
  /** The wait before the first retry, doubled before each next one, in milliseconds. */
  backoffMs: number;
  /** The most redirects followed for one URL. */
  maxRedirects: number;
  userAgent: string;
  /** Called as each URL's result is known, for progress. */
  onResult?: (result: LinkResult) => void;
  /** Which addresses may be connected to; PUBLIC_ADDRESSES_ONLY unless a test serves links locally. */
  addressPolicy?: AddressPolicy;
  /** How host names are resolved; the system's resolver unless a test stands in for DNS. */
  resolve?: Resolver;
}

/** Checks every target and returns the results in the targets' order. */
export function checkLinks(targets: readonly LinkTarget[], options: CheckOptions): Promise<LinkResult[]> {
  return mapPool(targets, options.concurrency, async (target) => {
    const result = await checkLink(target, options);
    options.onResult?.(result);
    return result;
  });
}

/** Checks one URL, trying again after timeouts and server errors. */
export async function checkLink(target: LinkTarget, options: CheckOptions): Promise<LinkResult> {
  for (let attempt = 1; ; attempt++) {
    const { retry, ...judged } = judge(target, await follow(target.url, options));
    if (!retry || attempt > options.retries) return { ...judged, attempts: attempt };
    await sleep(backoffDelay(attempt, options.backoffMs));
  }
}

/** Thrown by the lookup when a host may not be connected to; carries the reason for the report. */
class RefusedHostError extends Error {}

/**
 * Why `url` must not be requested before any connection is made, or undefined: its host is a private name
 * (localhost, .internal, a single label), or an IP address the policy refuses.
 */
function hostRefusal(url: URL, policy: AddressPolicy): string | undefined {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host)) {
    const why = policy(host);
    return why && `${host} is ${why}`;
  }
  const kind = privateNameKind(host);
  return kind && `${host} is ${kind}`;
}

/** A lookup for the HTTP client that refuses a host when any of its addresses is refused by the policy. */
function guardedLookup(policy: AddressPolicy, resolve: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const refused = addresses.find((a) => policy(a.address) !== undefined);
        if (refused) {
          const why = `${hostname} resolves to ${refused.address}, ${policy(refused.address)!}`;
          callback(new RefusedHostError(why), '', 4);
        } else if (addresses.length === 0) {
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
        } else if (options.all) {
          callback(null, addresses);
        } else {
          const first = addresses.find((a) => !options.family || a.family === options.family) ?? addresses[0]!;
          callback(null, first.address, first.family);
        }
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}

/** What a request answered: its status, and where it redirects to. */
interface Answer {
  status: number;
  location: string | undefined;
}

/** One GET request, resolving with the response's status and Location; the body is never read. */
function get(url: URL, options: CheckOptions, lookup: LookupFunction): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'GET',
        lookup,
        agent: false,
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
      },
      (response: IncomingMessage) => {
        resolve({ status: response.statusCode ?? 0, location: response.headers.location });
        response.destroy();
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** Requests `url` and follows its redirects, recording each response, until an answer, an error or the limit. */
async function follow(url: string, options: CheckOptions): Promise<Outcome> {
  const policy = options.addressPolicy ?? PUBLIC_ADDRESSES_ONLY;
  const lookup = guardedLookup(policy, options.resolve ?? systemResolver);
  const chain: Outcome['chain'] = [];
  let current = url;
  for (let hop = 0; ; hop++) {
    let answer: Answer;
    try {
      const parsed = new URL(current);
      const refusal = hostRefusal(parsed, policy);
      if (refusal) return { chain, refused: { url: current, reason: refusal } };
      answer = await get(parsed, options, lookup);
    } catch (error) {
      if (error instanceof RefusedHostError) return { chain, refused: { url: current, reason: error.message } };
      return { chain, error: { url: current, ...describeError(error) } };
    }
    chain.push({ url: current, status: answer.status });
    const location = answer.location;
    if (answer.status < 300 || answer.status >= 400 || location === undefined) return { chain };
    if (hop >= options.maxRedirects) return { chain, tooManyRedirects: true };
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      return {
        chain,
        error: { url: current, timeout: false, code: undefined, message: `redirects to "${location}", not a URL` },
      };
    }
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
      return {
        chain,
        error: { url: current, timeout: false, code: undefined, message: `redirects to a ${next.protocol} link` },
      };
    }
    current = next.href;
  }
}

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT']);

/** What a request error was: the system error (ENOTFOUND, ECONNREFUSED), also when wrapped in a `cause`. */
export function describeError(error: unknown): { timeout: boolean; code: string | undefined; message: string } {
  let code: string | undefined;
  let message = error instanceof Error ? error.message : String(error);
  let timeout = false;
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { name, cause, errors } = current as { name?: unknown; cause?: unknown; errors?: unknown };
    const currentCode = (current as { code?: unknown }).code;
    if (name === 'TimeoutError') timeout = true;
    if (typeof currentCode === 'string') {
      code ??= currentCode;
      if (TIMEOUT_CODES.has(currentCode)) timeout = true;
    }
    if (current !== error && current instanceof Error && current.message) message = current.message;
    queue.push(cause, ...(Array.isArray(errors) ? errors : []));
  }
  return { timeout, code, message };
}
