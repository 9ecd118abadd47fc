// The French words of what loads after the first screen (programme, extension, the action table,
// planners' files, problems): added by loadMoreWords (i18n/index.ts) with those views (ui/lazy.ts)
// or right after the map's first sectors (main.tsx); added directly where every word is needed at
// once (problem texts and so the CLIs, the build's prerender, tests).
import { frProblems } from './fr-problems';
import { frExtension } from './fr-extension';
import { frProgramme } from './fr-programme';
import { frSuivi } from './fr-suivi';
import { frShare } from './fr-share';

export const frMore = { ...frProblems, ...frExtension, ...frProgramme, ...frSuivi, ...frShare };
