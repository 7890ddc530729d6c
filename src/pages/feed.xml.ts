import type { APIRoute } from 'astro';
import { boardIndex } from '../site/board-index.ts';
import { feedItems, feedMeta, xml } from '../site/feed-items.ts';
import { rss } from '../site/feeds.ts';
import { paths } from '../site/paths.ts';
import { SITE } from '../site/site.ts';

export const GET: APIRoute = async () => {
  const index = await boardIndex();
  return xml(
    rss(feedMeta(index, SITE.name, SITE.description, paths.home(), paths.feed()), feedItems(index, index.open)),
  );
};
