// Preloaded by bench-cli (node --import): prints the process's peak resident memory on exit, on fd 3.
import { writeSync } from 'node:fs';
process.on('exit', () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    /* fd 3 not open: not run by the bench */
  }
});
