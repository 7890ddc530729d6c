// Job alerts as static feeds: one RSS feed per level and stack tag, e.g. /feeds/staff/go.xml.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { boardIndex } from '../../../site/board-index.ts';
import { feedItems, feedMeta, xml } from '../../../site/feed-items.ts';
import { rss } from '../../../site/feeds.ts';
import { levelLabel, tagLabel } from '../../../site/format.ts';
import { paths } from '../../../site/paths.ts';
import { LEVELS, STACK_TAGS, keysOf } from '../../../board/vocabulary.ts';
import { SITE } from '../../../site/site.ts';
import { pageText } from '../../../site/page-text.ts';

export const getStaticPaths = (() =>
  keysOf(LEVELS).flatMap((level) =>
    keysOf(STACK_TAGS).map((tag) => ({ params: { level, tag }, props: { level, tag } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { level, tag } }) => {
  const index = await boardIndex();
  const title = `${levelLabel(level)} ${tagLabel(tag)}`;
  const jobs = (index.openByTag.get(tag) ?? []).filter((job) => job.data.level === level);
  const meta = feedMeta(
    index,
    `${SITE.name}: ${title} jobs`,
    pageText.feedDescription(title),
    paths.search({ level, stack: tag }),
    paths.alertFeed(level, tag),
  );
  return xml(rss(meta, feedItems(index, jobs)));
};
