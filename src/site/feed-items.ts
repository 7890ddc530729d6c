// Postings as feed items and the feeds' shared metadata.

import type { CollectionEntry } from 'astro:content';
import type { FeedItem, FeedMeta } from './feeds.ts';
import { formatSalary, formatWhere, levelLabel, tagLabel } from './format.ts';
import { paths } from './paths.ts';
import { SITE } from './site.ts';
import { companyOf, type BoardIndex } from './board-index.ts';
import { summaryOf } from '../build/bodies.ts';
import { absolute } from './links.ts';

/** The newest `SITE.feedSize` postings of a list as feed items. */
export function feedItems(index: BoardIndex, jobs: readonly CollectionEntry<'jobs'>[]): FeedItem[] {
  return jobs.slice(0, SITE.feedSize).map((job) => {
    const company = companyOf(index, job).data.name;
    const facts = `${company} · ${levelLabel(job.data.level)} · ${formatWhere(job.data)} · ${formatSalary(job.data.salary)}`;
    return {
      url: absolute(paths.job(job.id)),
      title: `${job.data.title} at ${company}`,
      summary: `${facts}. ${summaryOf(job.filePath!)}`,
      date: job.data.posted,
      categories: [levelLabel(job.data.level), ...job.data.stack.map(tagLabel)],
    };
  });
}

/** A feed's metadata; `page` and `feed` are root-relative paths. */
export function feedMeta(index: BoardIndex, title: string, description: string, page: string, feed: string): FeedMeta {
  return { title, description, pageUrl: absolute(page), feedUrl: absolute(feed), updated: index.today };
}

/** An XML response. */
export function xml(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
