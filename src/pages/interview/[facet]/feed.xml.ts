import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { boardIndex } from '../../../site/board-index.ts';
import { feedItems, feedMeta, xml } from '../../../site/feed-items.ts';
import { rss } from '../../../site/feeds.ts';
import { INTERVIEW_FACETS, facetInSentence, facetSlug } from '../../../site/interview.ts';
import { paths } from '../../../site/paths.ts';
import { SITE } from '../../../site/site.ts';
import { pageText } from '../../../site/page-text.ts';

export const getStaticPaths = (() =>
  INTERVIEW_FACETS.map((facet) => ({
    params: { facet: facetSlug(facet) },
    props: { facet },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { facet } }) => {
  const index = await boardIndex();
  const what = facetInSentence(facet);
  const meta = feedMeta(
    index,
    `${SITE.name}: ${pageText.interviewTitle(what)}`,
    pageText.interviewDescription(what),
    paths.interview(facetSlug(facet)),
    paths.interviewFeed(facetSlug(facet)),
  );
  return xml(rss(meta, feedItems(index, index.openByInterview.get(facet) ?? [])));
};
