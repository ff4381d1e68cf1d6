import { MAX_SITE_TEXT_CHARACTERS, MAX_SITES } from '../../domain/plan/plan-limits';
import type { Plan } from '../../domain/plan/plan';
import { MAX_SITE_CAPACITY, SITE_KINDS, type Site, type SiteKind } from '../../domain/sites/site';
import { done, fail, type Command, type CommandContext, type CommandResult } from './command';

/** Default names by kind: T-1 (testing), I-1 (isolation), SU-1 (supply), CP-1 (checkpoint). */
const NAME_PREFIX: Record<SiteKind, string> = { testing: 'T', isolation: 'I', supply: 'SU', checkpoint: 'CP' };

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const wholeWithin = (value: number, max: number) => Number.isInteger(value) && value >= 0 && value <= max;

/** What is wrong with a site, or undefined: the same bounds as the plan file's schema. */
function siteProblem(site: Site): CommandResult | undefined {
  const name = site.name.trim();
  if (!name || name.length > MAX_SITE_TEXT_CHARACTERS) return fail('errorSiteName', { max: MAX_SITE_TEXT_CHARACTERS });
  if (!SITE_KINDS.includes(site.kind)) return fail('errorSiteKind');
  if (!(Math.abs(site.lng) <= 180 && Math.abs(site.lat) <= 90)) return fail('errorSitePosition');
  if (!wholeWithin(site.capacity, MAX_SITE_CAPACITY)) return fail('errorSiteCapacity', { max: MAX_SITE_CAPACITY });
  if (site.roomsInUse !== undefined && !wholeWithin(site.roomsInUse, site.capacity))
    return fail('errorSiteRoomsInUse', { rooms: site.capacity });
  for (const time of [site.opens, site.closes])
    if (time !== undefined && !TIME.test(time)) return fail('errorSiteTime');
  if ((site.direction ?? '').length > MAX_SITE_TEXT_CHARACTERS)
    return fail('errorSiteName', { max: MAX_SITE_TEXT_CHARACTERS });
  return undefined;
}

/** Only the fields of its kind: a testing site keeps no rooms in use, a checkpoint no capacity. */
function tidy(site: Site): Site {
  const { roomsInUse, opens, closes, direction, ...base } = site;
  const kept: Site = { ...base, name: base.name.trim(), capacity: site.kind === 'checkpoint' ? 0 : base.capacity };
  if (site.kind === 'isolation' && roomsInUse !== undefined) kept.roomsInUse = roomsInUse;
  if (site.kind === 'testing') {
    if (opens) kept.opens = opens;
    if (closes) kept.closes = closes;
  }
  if (site.kind === 'checkpoint' && direction?.trim()) kept.direction = direction.trim();
  return kept;
}

const withSites = (
  plan: Plan,
  sites: Site[],
  note: { key: string; values?: Record<string, string | number> },
  context: CommandContext,
) => done({ ...plan, sites }, plan.zones, note, [], context);

const kindKey = (kind: SiteKind) => `siteKind_${kind}`;

export interface AddSitePayload {
  kind: SiteKind;
  lng: number;
  lat: number;
  name?: string;
  capacity?: number;
}

/** Places a new site (a click with a site tool); named T-1, I-1… unless a name is given. */
export const addSite: Command<AddSitePayload> = (plan, payload, context) => {
  if (plan.sites.length >= MAX_SITES) return fail('errorSiteLimit', { max: MAX_SITES });
  const sameKind = plan.sites.filter((site) => site.kind === payload.kind).length;
  const site = tidy({
    id: context.newId(),
    name: payload.name?.trim() || `${NAME_PREFIX[payload.kind]}-${sameKind + 1}`,
    kind: payload.kind,
    lng: payload.lng,
    lat: payload.lat,
    capacity: payload.capacity ?? 0,
  });
  const problem = siteProblem(site);
  if (problem) return problem;
  return withSites(
    plan,
    [...plan.sites, site],
    { key: 'noteSiteAdded', values: { name: site.name, kindKey: kindKey(site.kind) } },
    context,
  );
};

/** Changes a site's fields (its name, kind, capacity, hours, rooms in use, direction); its id stays. */
export const updateSite: Command<{ site: Site }> = (plan, { site: changed }, context) => {
  const index = plan.sites.findIndex((site) => site.id === changed.id);
  if (index === -1) return fail('errorSiteMissing');
  const site = tidy(changed);
  const problem = siteProblem(site);
  if (problem) return problem;
  const before = plan.sites[index];
  const moved = before.lng !== site.lng || before.lat !== site.lat;
  const onlyMoved =
    moved && JSON.stringify({ ...before, lng: 0, lat: 0 }) === JSON.stringify({ ...site, lng: 0, lat: 0 });
  return withSites(
    plan,
    plan.sites.map((each, i) => (i === index ? site : each)),
    onlyMoved
      ? { key: 'noteSiteMoved', values: { name: site.name } }
      : { key: 'noteSiteChanged', values: { name: site.name, kindKey: kindKey(site.kind) } },
    context,
  );
};

/** Moves a site (a drag on the map). */
export const moveSite: Command<{ id: string; lng: number; lat: number }> = (plan, { id, lng, lat }, context) => {
  const site = plan.sites.find((each) => each.id === id);
  if (!site) return fail('errorSiteMissing');
  return updateSite(plan, { site: { ...site, lng, lat } }, context);
};

/** Removes a site (undo brings it back). */
export const deleteSite: Command<{ id: string }> = (plan, { id }, context) => {
  const site = plan.sites.find((each) => each.id === id);
  if (!site) return fail('errorSiteMissing');
  return withSites(
    plan,
    plan.sites.filter((each) => each !== site),
    { key: 'noteSiteDeleted', values: { name: site.name, kindKey: kindKey(site.kind) } },
    context,
  );
};

/**
 * Adds the sites of an imported list, as one step. Ids are the file's: the import refused a row
 * whose id the plan holds with other values and skipped one it holds as it is.
 */
export const importSites: Command<{ sites: Site[]; fileName: string }> = (plan, { sites, fileName }, context) => {
  if (plan.sites.length + sites.length > MAX_SITES) return fail('errorSiteLimit', { max: MAX_SITES });
  const taken = new Set(plan.sites.map((site) => site.id));
  const added: Site[] = [];
  for (const each of sites) {
    if (taken.has(each.id)) return fail('errorSiteIdTaken', { id: each.id.slice(0, 40) });
    const site = tidy(each);
    const problem = siteProblem(site);
    if (problem) return problem;
    taken.add(site.id);
    added.push(site);
  }
  return withSites(
    plan,
    [...plan.sites, ...added],
    { key: 'noteSitesImported', values: { count: added.length, file: fileName } },
    context,
  );
};
