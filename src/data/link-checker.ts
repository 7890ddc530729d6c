// Checks URLs over the network with Node's fetch: a few at a time, each request with a timeout, redirects
// followed one by one so the chain can be reported, and retries with backoff for timeouts and server errors.

import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, judge, mapPool, type LinkResult, type LinkTarget, type Outcome } from '../lib/link-health.ts';

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

/** Requests `url` and follows its redirects, recording each response, until an answer, an error or the limit. */
async function follow(url: string, options: CheckOptions): Promise<Outcome> {
  const chain: Outcome['chain'] = [];
  let current = url;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        method: 'GET',
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
      });
    } catch (error) {
      return { chain, error: { url: current, ...describeError(error) } };
    }
    // Only the status matters: the body is never read.
    await response.body?.cancel().catch(() => undefined);
    chain.push({ url: current, status: response.status });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) return { chain };
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

/** What a fetch error was: fetch wraps the system error (ENOTFOUND, ECONNREFUSED) in its `cause`. */
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
