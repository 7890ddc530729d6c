// What Google's job posting guidelines require of a posting's JSON-LD, for its kind of workplace, checked against
// the posting's front-matter (docs/structured-data.md gives the rules and where they come from).

import { COUNTRIES, REGIONS, type CountryCode, type Place } from '../../src/board/vocabulary.ts';

/** The front-matter fields that decide where a posting's work happens. */
export interface Workplace {
  workplace: 'remote' | 'hybrid' | 'onsite';
  remoteFrom?: readonly string[] | undefined;
  offices?: ReadonlyArray<{ city: string; region?: string; postalCode?: string; country: string }> | undefined;
}

/** The JSON-LD of every `<script type="application/ld+json">` element of a built page. */
export function jsonLdBlocks(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );
}

/** The names of the countries a remoteFrom list covers, sorted: a region stands for its countries. */
export function expectedCountryNames(remoteFrom: readonly string[]): string[] {
  const codes = new Set<CountryCode>();
  for (const place of remoteFrom as readonly Place[]) {
    if (place in REGIONS) for (const code of REGIONS[place as keyof typeof REGIONS].countries) codes.add(code);
    else codes.add(place as CountryCode);
  }
  return [...codes].map((code) => COUNTRIES[code]).sort();
}

/** The jobLocation a list of offices must give: a Place with its PostalAddress for each office, in order. */
function expectedLocations(offices: NonNullable<Workplace['offices']>): unknown[] {
  return offices.map((office) => ({
    '@type': 'Place',
    address: {
      '@type': 'PostalAddress',
      addressLocality: office.city,
      ...(office.region === undefined ? {} : { addressRegion: office.region }),
      ...(office.postalCode === undefined ? {} : { postalCode: office.postalCode }),
      addressCountry: office.country,
    },
  }));
}

/**
 * What is missing or wrong in a JobPosting for Google, given its front-matter; empty when nothing is. Every
 * posting needs a title, a description, datePosted, validThrough and a hiring organization's name. A fully
 * remote posting is TELECOMMUTE and names the countries applicants may live in (every country for worldwide),
 * with its offices as jobLocation when it has any; a hybrid or on-site one gives its offices as jobLocation, with
 * region and postal code when known, and is never TELECOMMUTE.
 */
export function googleJobPostingProblems(posting: Record<string, unknown>, job: Workplace): string[] {
  const problems: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ['title', 'description', 'datePosted', 'validThrough']) {
    if (typeof posting[key] !== 'string' || posting[key] === '') problems.push(`${key} is missing`);
  }
  const organization = posting['hiringOrganization'] as { name?: unknown } | undefined;
  if (typeof organization?.name !== 'string') problems.push('hiringOrganization.name is missing');

  const locations = job.offices ? expectedLocations(job.offices) : undefined;
  if (!same(posting['jobLocation'], locations)) {
    problems.push(
      `jobLocation is ${JSON.stringify(posting['jobLocation'])}, but the offices make it ${JSON.stringify(locations)}`,
    );
  }
  if (job.workplace === 'remote') {
    if (posting['jobLocationType'] !== 'TELECOMMUTE') problems.push('a remote posting is not TELECOMMUTE');
    const requirements = posting['applicantLocationRequirements'];
    if (!Array.isArray(requirements) || requirements.length === 0) {
      problems.push('a TELECOMMUTE posting has no applicantLocationRequirements');
    } else {
      const kinds = new Set(requirements.map((r: { '@type'?: unknown }) => r['@type']));
      if (!same([...kinds], ['Country'])) problems.push(`applicantLocationRequirements holds ${[...kinds].join(', ')}`);
      const names = requirements.map((r: { name?: unknown }) => String(r.name)).sort();
      const expected = expectedCountryNames(job.remoteFrom ?? []);
      if (!same(names, expected)) {
        problems.push(
          `applicantLocationRequirements names ${names.length} countries, not the ${expected.length} expected`,
        );
      }
    }
  } else {
    if (posting['jobLocationType'] !== undefined) problems.push(`a ${job.workplace} posting is marked TELECOMMUTE`);
    if (posting['applicantLocationRequirements'] !== undefined) {
      problems.push(`a ${job.workplace} posting has applicantLocationRequirements`);
    }
    if (!job.offices?.length) problems.push(`a ${job.workplace} posting has no jobLocation`);
  }
  return problems;
}
