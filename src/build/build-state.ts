// What the parts of one build hand each other: the validated board (scripts/build.ts validates before Astro
// starts; the content loaders and the search index take that result) and the page bodies the search index's
// worker renders ahead of their pages. The parts run in separate module graphs, Node's own (scripts/, the
// integrations) and Vite's (the content config, the pages), so this module must exist once per process: Vite's
// graphs import Node's instance (integrations/shared-build-state.ts), never a copy of their own. They require() it,
// which refuses a module with top-level await anywhere below it: it imports nothing at run time but Node's own.

import { resolve } from 'node:path';
import type { Board } from '../board/board.ts';

/** Validated boards, by folder and build date: one validation each per process. */
const boards = new Map<string, Promise<Board>>();

function boardKey(root: string, today: string): string {
  return `${resolve(root)}\u0000${today}`;
}

/**
 * The board at `root` on `today`, validated by `validate` the first time it is asked for in this process and
 * taken from that first validation afterwards (failures included).
 */
export function validatedBoard(root: string, today: string, validate: () => Promise<Board>): Promise<Board> {
  const key = boardKey(root, today);
  let board = boards.get(key);
  if (!board) {
    board = validate();
    boards.set(key, board);
  }
  return board;
}

/** Forgets the board validated for `root` on `today`, so that the next call validates the files again (dev). */
export function forgetBoard(root: string, today: string): void {
  boards.delete(boardKey(root, today));
}

/**
 * Under `astro dev`, the problems of the content as the last validation found them (formatted as the validator
 * prints them), or empty: the pages show them instead of the site until they are fixed.
 */
let contentProblems: readonly string[] = [];

/** Records what the last validation under `astro dev` found. */
export function setContentProblems(problems: readonly string[]): void {
  contentProblems = problems;
}

/** What the last validation under `astro dev` found, formatted; empty when the content is valid. */
export function currentContentProblems(): readonly string[] {
  return contentProblems;
}

/** Makes `board` the one the build takes for `root` on `today`, instead of validating the files. */
export function provideBoard(root: string, today: string, board: Board): void {
  boards.set(boardKey(root, today), Promise.resolve(board));
}

/** A body ready for a page (bodies.ts renders it): safe HTML, and its first sentences as plain text. */
export interface RenderedBody {
  html: string;
  summary: string;
}

/** A body rendered ahead of its page, with a digest of the file's source it was rendered from. */
export interface OfferedBody {
  file: string;
  digest: string;
  body: RenderedBody;
}

/** Bodies rendered ahead of their pages, by file, with how many were offered and how many pages took theirs. */
const offers = { waiting: new Map<string, OfferedBody>(), offered: 0, used: 0 };

/** Makes bodies rendered elsewhere (the search index's worker) available to the pages of this build. */
export function offerBodies(bodies: Iterable<OfferedBody>): void {
  for (const body of bodies) {
    offers.waiting.set(body.file, body);
    offers.offered++;
  }
}

/** The body offered for `file`, left for its page to take. */
export function offeredBody(file: string): OfferedBody | undefined {
  return offers.waiting.get(file);
}

/**
 * Takes the body offered for `file`, when it was rendered from the source whose digest is `digest`; the offer
 * goes either way, since the page renders the file itself when it changed.
 */
export function takeOfferedBody(file: string, digest: string): RenderedBody | undefined {
  const offer = offers.waiting.get(file);
  offers.waiting.delete(file);
  if (offer?.digest !== digest) return undefined;
  offers.used++;
  return offer.body;
}

/** Forgets every offered body, the build being over, and tells how many were offered and how many pages used. */
export function withdrawBodies(): { offered: number; used: number } {
  const counts = { offered: offers.offered, used: offers.used };
  offers.waiting.clear();
  offers.offered = 0;
  offers.used = 0;
  return counts;
}
