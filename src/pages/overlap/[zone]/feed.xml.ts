import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { boardIndex } from '../../../site/board-index.ts';
import { feedItems, feedMeta, xml } from '../../../site/feed-items.ts';
import { rss } from '../../../site/feeds.ts';
import { READER_ZONES, overlapInSentence } from '../../../site/working-hours.ts';
import { paths } from '../../../site/paths.ts';
import { SITE } from '../../../site/site.ts';
import { pageText } from '../../../site/page-text.ts';

export const getStaticPaths = (() =>
  READER_ZONES.map((zone) => ({
    params: { zone: zone.slug },
    props: { zone },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { zone } }) => {
  const index = await boardIndex();
  const meta = feedMeta(
    index,
    `${SITE.name}: ${pageText.overlapTitle(zone.name)}`,
    pageText.overlapDescription(overlapInSentence(zone)),
    paths.overlap(zone.slug),
    paths.overlapFeed(zone.slug),
  );
  return xml(rss(meta, feedItems(index, index.openByOverlap.get(zone.slug) ?? [])));
};
