/**
 * The bounds of a plan's values, one set for the plan file's schema, the commands that change a
 * plan, the zone importer and the CLI's flags (docs/architecture.md, Limits).
 */

/** Largest ring distance: 50 km is a city, not a ring. */
export const MAX_RING_METERS = 50_000;
/** Largest planning rate (per household, resident or 100 households). */
export const MAX_RATE = 1000;
/** Longest case-free wait a protocol rule may ask for. */
export const MAX_CASE_FREE_DAYS = 365;
/** Longest zone name; a longer one is cut, with a note. */
export const MAX_ZONE_NAME_CHARACTERS = 120;
/** Longest zone notes. */
export const MAX_ZONE_NOTES_CHARACTERS = 4000;
/** Most sites a plan holds. */
export const MAX_SITES = 5000;
/** Longest walking distance to a testing site, in metres. */
export const MAX_WALKING_METERS = 5000;
/** Longest target for a testing round, in hours. */
export const MAX_ROUND_HOURS = 72;
/** Most close contacts per case. */
export const MAX_CONTACTS_PER_CASE = 1000;
/** Longest site name or checkpoint direction. */
export const MAX_SITE_TEXT_CHARACTERS = 120;
