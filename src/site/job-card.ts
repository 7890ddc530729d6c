// A posting's card, as listings, company pages, the home page and related postings show it. A card depends only on
// the posting, its company and the build date, and an open posting is on a dozen pages: it is made once a build
// and reused, instead of being rendered as components on every page (a tenth of a 10,000-posting build's time).

import type { CollectionEntry } from 'astro:content';
import { companyOf, type BoardIndex } from './board-index.ts';
import { formatDate } from '../board/dates.ts';
import { formatSalary, formatSalaryExact, formatWhere, isNew, levelLabel, tagLabel } from './format.ts';
import { markup, type Markup } from './html.ts';
import { link } from './links.ts';
import { paths } from './paths.ts';
import { SITE } from './site.ts';

/** A card's heading level: 2 on a listing, 3 where the cards sit under a heading of their own. */
export type CardHeading = 2 | 3;

/** How many of a posting's stack tags its card shows, in the posting's order (most important first). */
const CARD_TAGS = 5;

const cache = new WeakMap<BoardIndex, Map<string, Markup>>();

/** The card of `job`, as a list item. */
export function jobCard(index: BoardIndex, job: CollectionEntry<'jobs'>, headingLevel: CardHeading): Markup {
  let cards = cache.get(index);
  if (!cards) {
    cards = new Map();
    cache.set(index, cards);
  }
  const key = `${headingLevel}${job.id}`;
  let card = cards.get(key);
  if (!card) {
    card = makeCard(job, companyOf(index, job), index.today, headingLevel);
    cards.set(key, card);
  }
  return card;
}

function makeCard(
  job: CollectionEntry<'jobs'>,
  company: CollectionEntry<'companies'>,
  today: string,
  headingLevel: CardHeading,
): Markup {
  const data = job.data;
  const badge = isNew(data, today, SITE.newForDays) && markup`<span class="badge badge-new">New</span>`;
  const title = markup`<a href="${link(paths.job(job.id))}">${data.title}</a>${badge}`;
  // The heading's tag is one of two fixed names, never text from the posting.
  const heading = headingLevel === 2 ? markup`<h2>${title}</h2>` : markup`<h3>${title}</h3>`;
  const facts = [
    markup`<a href="${link(paths.company(company.id))}">${company.data.name}</a>`,
    levelLabel(data.level),
    formatWhere(data),
  ].map((fact) => markup`<li>${fact}</li>`);
  const salary = markup`<abbr title="${formatSalaryExact(data.salary)}">${formatSalary(data.salary)}</abbr>`;
  const posted = markup`<time datetime="${data.posted}">${formatDate(data.posted)}</time>`;
  const tags = data.stack
    .slice(0, CARD_TAGS)
    .map(
      (tag) =>
        markup`<li><a href="${link(paths.stack(tag))}">${tagLabel(tag)}<span class="visually-hidden"> jobs</span></a></li>`,
    );
  return markup`<li class="job-card">${heading}<ul class="job-meta">${facts}<li class="salary">${salary}</li><li>Posted ${posted}</li></ul><ul class="tags" aria-label="Stack">${tags}</ul></li>`;
}
