/** The three kinds of zone ("三区"), from most to least severe. */
export const TIERS = ['sealed', 'controlled', 'precaution'] as const;
export type Tier = (typeof TIERS)[number];

/** Higher is more severe: a household inside two zones belongs to the more severe one (从高原则). */
export const TIER_SEVERITY: Record<Tier, number> = { sealed: 3, controlled: 2, precaution: 1 };

/** Fixed tier colours, explained in every legend: sealed red, controlled orange, precaution yellow. */
export const TIER_COLORS: Record<Tier, string> = {
  sealed: '#d7191c',
  controlled: '#f28e2b',
  precaution: '#f2c12e',
};

/** Whether a string read from outside (a stored note, a file) names a tier. */
export const isTier = (value: string): value is Tier => (TIERS as readonly string[]).includes(value);
