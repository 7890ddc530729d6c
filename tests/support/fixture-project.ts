// Throwaway copies of the project for tests (see scripts/lib/project-copy.ts).

export { PROJECT, copyProject as createFixtureProject } from '../../scripts/lib/project-copy.ts';
