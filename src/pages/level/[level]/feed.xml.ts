import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { boardIndex } from '../../../site/board-index.ts';
import { feedItems, feedMeta, xml } from '../../../site/feed-items.ts';
import { rss } from '../../../site/feeds.ts';
import { levelLabel } from '../../../site/format.ts';
import { paths } from '../../../site/paths.ts';
import { LEVELS, keysOf } from '../../../board/vocabulary.ts';
import { SITE } from '../../../site/site.ts';
import { pageText } from '../../../site/page-text.ts';

export const getStaticPaths = (() =>
  keysOf(LEVELS).map((level) => ({ params: { level }, props: { level } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { level } }) => {
  const index = await boardIndex();
  const label = levelLabel(level);
  const meta = feedMeta(
    index,
    `${SITE.name}: ${label}`,
    pageText.feedDescription(label),
    paths.level(level),
    paths.levelFeed(level),
  );
  return xml(rss(meta, feedItems(index, index.openByLevel.get(level) ?? [])));
};
