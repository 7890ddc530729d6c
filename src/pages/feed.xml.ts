import type { APIRoute } from 'astro';
import { boardIndex } from '../data/board-index.ts';
import { feedItems, feedMeta, xml } from '../data/feed-items.ts';
import { rss } from '../lib/feeds.ts';
import { paths } from '../lib/paths.ts';
import { SITE } from '../site.config.ts';

export const GET: APIRoute = async () => {
  const index = await boardIndex();
  return xml(
    rss(feedMeta(index, SITE.name, SITE.description, paths.home(), paths.feed()), feedItems(index, index.open)),
  );
};
