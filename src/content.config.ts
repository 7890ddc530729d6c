// The board's collections. Postings and companies are read and validated by the board's own loaders
// (the same code as `npm run validate`); editorial pages are MDX written by maintainers.

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CompanySchema, JobSchema, singleLine } from './board/schema.ts';
import { boardLoaders } from './build/board-loader.ts';

const board = boardLoaders();

export const collections = {
  jobs: defineCollection({ loader: board.jobs, schema: JobSchema }),
  companies: defineCollection({ loader: board.companies, schema: CompanySchema }),
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/pages' }),
    schema: z.strictObject({
      title: singleLine(2, 80).describe('The page title, shown as its heading.'),
      description: singleLine(20, 200).describe('One sentence for search engines and link previews.'),
      order: z.int().optional().describe('Position in the footer navigation; pages without one are left out.'),
    }),
  }),
};
