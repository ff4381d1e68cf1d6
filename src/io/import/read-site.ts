/** Reading a site list's row (after its position and id): name, kind, capacity and the fields of its kind. */
import { MAX_SITE_CAPACITY, type Site, type SiteKind } from '../../domain/sites/site';
import { parseCount } from './parse-values';
import type { RowCells } from './row-cells';
import { cellOf, key, rejectRow, type RowState } from './row-state';
import { SITE_KIND_ALIASES } from './value-aliases';

/** "7:00", "07:00" or "07:00:00" as "07:00"; undefined when it is not a time of day. */
export function parseTimeOfDay(text: string): string | undefined {
  const match = /^(\d{1,2})[:：](\d{2})(?:[:：]00)?$/.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** A count of a site (capacity, rooms in use): undefined after refusing the row for it. */
function siteCount(
  state: RowState,
  cells: RowCells,
  line: number,
  role: 'capacity' | 'roomsInUse',
): number | undefined {
  const text = cellOf(state, cells, role) ?? '';
  const parsed = parseCount(text, !state.options.decimalComma);
  if (!parsed.ok) {
    rejectRow(state, line, role, `value_${parsed.problem}`, text);
    return undefined;
  }
  if (parsed.value > MAX_SITE_CAPACITY) {
    rejectRow(state, line, role, 'value_too-large', text, { max: MAX_SITE_CAPACITY });
    return undefined;
  }
  if (parsed.note) state.rowNotes.push(parsed.note);
  return parsed.value;
}

/** The site of a row at a checked position, or undefined when the row was refused (with the reason recorded). */
export function readSite(
  state: RowState,
  cells: RowCells,
  line: number,
  id: string,
  lng: number,
  lat: number,
): Site | undefined {
  const { columns } = state;
  const kindText = cellOf(state, cells, 'kind');
  if (kindText === undefined || kindText.trim() === '') {
    rejectRow(state, line, 'kind', kindText === undefined ? 'rowNoSiteKind' : 'value_empty', kindText);
    return undefined;
  }
  const kindKey = key(kindText);
  const kind: SiteKind | undefined = Object.hasOwn(SITE_KIND_ALIASES, kindKey) ? SITE_KIND_ALIASES[kindKey] : undefined;
  if (!kind) {
    rejectRow(state, line, 'kind', 'value_unknown-site-kind', kindText);
    return undefined;
  }
  let name = id;
  if (columns.siteName === -1) state.rowNotes.push('siteNameFromId');
  else {
    name = (cellOf(state, cells, 'siteName') ?? '').trim();
    if (!name) {
      rejectRow(state, line, 'siteName', 'value_empty', '');
      return undefined;
    }
  }
  const site: Site = { id, name, kind, lng, lat, capacity: 0 };
  if (kind !== 'checkpoint') {
    if (columns.capacity === -1 || (cellOf(state, cells, 'capacity') ?? '').trim() === '') {
      rejectRow(state, line, 'capacity', 'rowNoCapacity', cellOf(state, cells, 'capacity'), { kind });
      return undefined;
    }
    const capacity = siteCount(state, cells, line, 'capacity');
    if (capacity === undefined) return undefined;
    site.capacity = capacity;
  }
  if (kind === 'isolation' && (cellOf(state, cells, 'roomsInUse') ?? '').trim() !== '') {
    const inUse = siteCount(state, cells, line, 'roomsInUse');
    if (inUse === undefined) return undefined;
    if (inUse > site.capacity) {
      rejectRow(state, line, 'roomsInUse', 'rowRoomsInUseOverRooms', String(inUse), { rooms: site.capacity });
      return undefined;
    }
    site.roomsInUse = inUse;
  }
  if (kind === 'testing')
    for (const role of ['opens', 'closes'] as const) {
      const text = cellOf(state, cells, role);
      if (text === undefined || text.trim() === '') continue;
      const time = parseTimeOfDay(text);
      if (!time) {
        rejectRow(state, line, role, 'value_not-a-time', text);
        return undefined;
      }
      site[role] = time;
    }
  if (kind === 'checkpoint') {
    const direction = cellOf(state, cells, 'direction')?.trim();
    if (direction) site.direction = direction;
  }
  return site;
}
