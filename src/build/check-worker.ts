// Worker thread for checkBoardFiles: reads and checks its share of posting files, sends the results back.

import { parentPort, workerData } from 'node:worker_threads';
import { checkJobFile } from '../board/board.ts';
import { readEntry } from './content-files.ts';

const { root, paths } = workerData as { root: string; paths: string[] };
parentPort!.postMessage(paths.map((path) => checkJobFile(readEntry(root, path))));
