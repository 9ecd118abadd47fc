// zod, configured once before any schema is built: every module of the app takes z from here.
// - jitless: no code generation (new Function), which the app's Content-Security-Policy refuses;
//   it must be set before the first object schema is constructed, hence this module.
// - French messages ("Entrée invalide : …"): quoted in the data problems, read by French-speaking maintainers.
import { z } from 'zod';

z.config({ jitless: true });
z.config(z.locales.fr());

export { z };
