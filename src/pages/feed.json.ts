import type { APIRoute } from 'astro';
import { boardIndex } from '../site/board-index.ts';
import { feedItems, feedMeta } from '../site/feed-items.ts';
import { jsonFeed } from '../site/feeds.ts';
import { paths } from '../site/paths.ts';
import { SITE } from '../site/site.ts';

export const GET: APIRoute = async () => {
  const index = await boardIndex();
  const feed = jsonFeed(
    feedMeta(index, SITE.name, SITE.description, paths.home(), paths.jsonFeed()),
    feedItems(index, index.open),
  );
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
};
