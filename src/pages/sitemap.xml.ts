// The sitemap: open postings and every listing page that has open postings; closed postings are left out.
import type { APIRoute } from 'astro';
import { boardIndex } from '../site/board-index.ts';
import { absolute } from '../site/links.ts';
import { escapeXml } from '../site/feeds.ts';
import { paginate } from '../site/paginate.ts';
import { paths } from '../site/paths.ts';
import { LEVELS, STACK_TAGS, keysOf } from '../board/vocabulary.ts';
import { SITE } from '../site/site.ts';
import { INTERVIEW_FACETS, facetSlug } from '../site/interview.ts';
import { READER_ZONES } from '../site/working-hours.ts';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const index = await boardIndex();
  const urls: Array<[path: string, lastmod?: string]> = [];
  const listing = (path: (page: number) => string, items: readonly unknown[], maxPages = Infinity) => {
    if (items.length === 0) return;
    for (const page of paginate(items, SITE.pageSize, maxPages)) urls.push([path(page.page)]);
  };
  listing((page) => paths.home(page), index.open);
  for (const job of index.open) urls.push([paths.job(job.id), job.data.posted]);
  for (const tag of keysOf(STACK_TAGS)) listing((page) => paths.stack(tag, page), index.openByTag.get(tag) ?? []);
  for (const level of keysOf(LEVELS)) listing((page) => paths.level(level, page), index.openByLevel.get(level) ?? []);
  for (const facet of INTERVIEW_FACETS) {
    const open = index.openByInterview.get(facet) ?? [];
    listing((page) => paths.interview(facetSlug(facet), page), open, SITE.maxFacetPages);
  }
  for (const zone of READER_ZONES) {
    const open = index.openByOverlap.get(zone.slug) ?? [];
    listing((page) => paths.overlap(zone.slug, page), open, SITE.maxFacetPages);
  }
  for (const place of index.listedPlaces) {
    listing((page) => paths.remote(place, page), index.openByPlace.get(place) ?? [], SITE.maxPlacePages);
  }
  for (const company of index.companies)
    if (index.openByCompany.has(company.id)) urls.push([paths.company(company.id)]);
  urls.push([paths.browse()], [paths.companies()], [paths.feeds()], [paths.salaries()]);
  for (const page of await getCollection('pages')) urls.push([paths.page(page.id)]);

  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      ([path, lastmod]) =>
        `  <url><loc>${escapeXml(absolute(path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
