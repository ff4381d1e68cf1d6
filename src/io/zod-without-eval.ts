import { config } from 'zod/mini';

/**
 * Zod compiles faster parsers with `new Function` when it may, probing for it first. The planner
 * and the public page run under a Content-Security-Policy without 'unsafe-eval' (README), where
 * even the probe is a reported violation, so every schema parses without. Imported by each module
 * that defines a schema, before it does.
 */
config({ jitless: true });
