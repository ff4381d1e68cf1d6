/**
 * Sites: the places operations run from once zones are drawn (docs/architecture.md, Sites). A
 * site is a plan object with a position, like a zone's vertex, and a capacity whose unit follows
 * its kind.
 */
export const SITE_KINDS = ['testing', 'isolation', 'supply', 'checkpoint'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export interface Site {
  id: string;
  name: string;
  kind: SiteKind;
  lng: number;
  lat: number;
  /** Testing: swabs per hour; isolation: rooms; supply: packs per day; checkpoint: 0 (none). */
  capacity: number;
  /** Isolation only: the rooms in use now. */
  roomsInUse?: number;
  /** Testing only: opening hours, "HH:MM" each, local time. */
  opens?: string;
  closes?: string;
  /** Checkpoint only: the traffic it checks, in words ("into the city from Shanghai, G60"). */
  direction?: string;
}

/** What a kind's capacity counts, for reports and the panel. */
export const CAPACITY_UNIT: Record<SiteKind, 'swabsPerHour' | 'rooms' | 'packsPerDay' | 'none'> = {
  testing: 'swabsPerHour',
  isolation: 'rooms',
  supply: 'packsPerDay',
  checkpoint: 'none',
};

/** The most a site's capacity may be: a value above it is a typing error, refused with the limit named. */
export const MAX_SITE_CAPACITY = 1_000_000;

/** The hours a testing site is open a day, from its opening hours (24 when none are given; a night shift past midnight counts). */
export function openHours(site: Pick<Site, 'opens' | 'closes'>): number {
  const minutes = (text: string | undefined) => {
    const match = /^(\d{1,2}):(\d{2})$/.exec(text ?? '');
    if (!match) return undefined;
    const [hours, mins] = [Number(match[1]), Number(match[2])];
    return hours <= 24 && mins < 60 && hours * 60 + mins <= 24 * 60 ? hours * 60 + mins : undefined;
  };
  const from = minutes(site.opens);
  const to = minutes(site.closes);
  if (from === undefined || to === undefined) return 24;
  const span = to - from;
  return (span > 0 ? span : span + 24 * 60) / 60;
}
