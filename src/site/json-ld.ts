// schema.org JobPosting for open postings, following Google's job posting guidelines (docs/structured-data.md
// says what each workplace maps to, and why), and a serializer that is safe inside a <script> element.

import type { Company, Job } from '../board/schema.ts';
import {
  COUNTRIES,
  EMPLOYMENT_TYPES,
  REGIONS,
  type CountryCode,
  type Place,
  type Region,
} from '../board/vocabulary.ts';

/** Every country a list of places covers; undefined when it covers the whole world. */
export function applicantCountries(places: readonly Place[]): CountryCode[] | undefined {
  if (places.includes('worldwide')) return undefined;
  const countries = new Set<CountryCode>();
  for (const place of places) {
    if (place in REGIONS) for (const code of REGIONS[place as Region].countries) countries.add(code);
    else countries.add(place as CountryCode);
  }
  return [...countries].sort();
}

/** A country as `applicantLocationRequirements` names it. */
interface CountryRequirement {
  '@type': 'Country';
  name: string;
}

const countryRequirement = (code: CountryCode): CountryRequirement => ({ '@type': 'Country', name: COUNTRIES[code] });

// Google has no value for "anywhere", and reports a TELECOMMUTE posting without applicantLocationRequirements as
// an error. Worldwide is every country the board knows, made once: a large board has many worldwide postings.
const EVERY_COUNTRY: readonly CountryRequirement[] = REGIONS.worldwide.countries.map(countryRequirement);

/**
 * Where applicants to a remote posting may live, as Google reads it: one `Country` for every country the
 * places cover, a region standing for its countries and worldwide for every country.
 */
export function applicantLocationRequirements(places: readonly Place[]): readonly CountryRequirement[] {
  const countries = applicantCountries(places);
  return countries ? countries.map(countryRequirement) : EVERY_COUNTRY;
}

const UNIT: Record<Job['salary']['period'], string> = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' };

export interface JobPostingInput {
  id: string;
  job: Job;
  company: Company;
  /** The posting's canonical URL. */
  url: string;
  /** The rendered body, safe HTML. */
  descriptionHtml: string;
  /** The company logo's absolute URL, when it has one. */
  logoUrl?: string | undefined;
}

/** The JobPosting object for an open posting. */
export function jobPosting({
  id,
  job,
  company,
  url,
  descriptionHtml,
  logoUrl,
}: JobPostingInput): Record<string, unknown> {
  const remote = job.workplace === 'remote';
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: descriptionHtml,
    identifier: { '@type': 'PropertyValue', name: company.name, value: id },
    datePosted: job.posted,
    // `expires` is the last day the posting is open.
    validThrough: `${job.expires}T23:59:59Z`,
    employmentType: EMPLOYMENT_TYPES[job.employmentType].schemaOrg,
    hiringOrganization: {
      '@type': 'Organization',
      name: company.name,
      sameAs: company.website,
      ...(logoUrl ? { logo: logoUrl } : {}),
    },
    ...(job.offices
      ? {
          jobLocation: job.offices.map((office) => ({
            '@type': 'Place',
            address: {
              '@type': 'PostalAddress',
              addressLocality: office.city,
              ...(office.region === undefined ? {} : { addressRegion: office.region }),
              ...(office.postalCode === undefined ? {} : { postalCode: office.postalCode }),
              addressCountry: office.country,
            },
          })),
        }
      : {}),
    // Only a fully remote job is TELECOMMUTE: Google asks not to mark hybrid jobs so, which keep their offices.
    ...(remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          applicantLocationRequirements: applicantLocationRequirements(job.remoteFrom ?? []),
        }
      : {}),
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: job.salary.currency,
      value: {
        '@type': 'QuantitativeValue',
        minValue: job.salary.min,
        maxValue: job.salary.max,
        unitText: UNIT[job.salary.period],
      },
    },
    // schema.org's `workHours` is text ("8am-5pm"): the window as the posting states it, with its zone, which
    // stays true through clock changes (its UTC times do not).
    ...(job.hours ? { workHours: `${job.hours.start}–${job.hours.end} ${job.hours.zone}` } : {}),
    directApply: false,
    url,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written as \u escapes
 * (still the same JSON values), so no value can close the element or open a comment.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!);
}

const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
