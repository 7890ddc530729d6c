import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { boardIndex } from '../../../site/board-index.ts';
import { feedItems, feedMeta, xml } from '../../../site/feed-items.ts';
import { rss } from '../../../site/feeds.ts';
import { tagLabel } from '../../../site/format.ts';
import { paths } from '../../../site/paths.ts';
import { STACK_TAGS, keysOf } from '../../../board/vocabulary.ts';
import { SITE } from '../../../site/site.ts';
import { pageText } from '../../../site/page-text.ts';

export const getStaticPaths = (() =>
  keysOf(STACK_TAGS).map((tag) => ({ params: { tag }, props: { tag } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { tag } }) => {
  const index = await boardIndex();
  const label = tagLabel(tag);
  const meta = feedMeta(
    index,
    `${SITE.name}: ${label}`,
    pageText.feedDescription(label),
    paths.stack(tag),
    paths.stackFeed(tag),
  );
  return xml(rss(meta, feedItems(index, index.openByTag.get(tag) ?? [])));
};
