// Queries over the postings collection: the only place pages get postings from.

import { getCollection, type CollectionEntry } from 'astro:content';
import { isClosed } from '../lib/board.ts';
import { buildDate } from './build-date.ts';

export type JobEntry = CollectionEntry<'jobs'>;
export type CompanyEntry = CollectionEntry<'companies'>;

/** Newest first; postings of the same day by title. */
function newestFirst(a: JobEntry, b: JobEntry): number {
  return a.data.posted === b.data.posted
    ? a.data.title.localeCompare(b.data.title)
    : a.data.posted < b.data.posted
      ? 1
      : -1;
}

/** Every published posting (drafts never reach the store), open and closed, newest first. */
export async function allJobs(): Promise<JobEntry[]> {
  return (await getCollection('jobs')).sort(newestFirst);
}

/** Whether a posting no longer takes applications at this build. */
export function jobIsClosed(job: JobEntry): boolean {
  return isClosed(job.data, buildDate());
}

/** Postings that take applications at this build, newest first. */
export async function openJobs(): Promise<JobEntry[]> {
  return (await allJobs()).filter((job) => !jobIsClosed(job));
}

/** Every company, by name. */
export async function allCompanies(): Promise<CompanyEntry[]> {
  return (await getCollection('companies')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}
