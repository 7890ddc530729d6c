// Every open posting with its front-matter and URL, for people who build on the board.
import type { APIRoute } from 'astro';
import { boardIndex, companyOf } from '../../site/board-index.ts';
import { absolute } from '../../site/links.ts';
import { paths } from '../../site/paths.ts';
import { SITE } from '../../site/site.ts';

export const GET: APIRoute = async () => {
  const index = await boardIndex();
  const body = {
    board: SITE.name,
    url: absolute(paths.home()),
    generated: index.today,
    count: index.open.length,
    jobs: index.open.map((job) => {
      const { draft: _draft, ...data } = job.data;
      const company = companyOf(index, job);
      return {
        id: job.id,
        url: absolute(paths.job(job.id)),
        ...data,
        company: {
          id: company.id,
          name: company.data.name,
          website: company.data.website,
          url: absolute(paths.company(company.id)),
        },
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
