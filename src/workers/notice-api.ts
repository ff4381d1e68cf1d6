import type { AreaGeometry } from '../domain/geo/types';
import type { GridIndex } from '../domain/households/grid-index';
import { forEachPointInArea } from '../domain/households/count-in-areas';
import type { HouseholdStore } from '../domain/households/household-store';
import { groupNoticePlaces, placesInArea, type NamedPlace, type NoticePlace } from '../domain/notices/notice-places';
import type { PlaceInput } from '../domain/publish/gazetteer';

/**
 * The places zone notices name, found in the worker (docs/architecture.md, Notices): the named
 * places inside each zone (the demo's compounds while the plan counts with the demo households)
 * and the compounds and buildings of the household addresses kept inside it.
 */
export function createNoticeApi(
  activeHouseholds: () => { households: HouseholdStore; index: GridIndex } | undefined,
  loadPlaces: () => Promise<PlaceInput[]>,
) {
  let places: Promise<NamedPlace[]> | undefined;
  const placesOnce = () =>
    (places ??= loadPlaces()
      .then((list) => list.map((place) => ({ name: place.nameZh, geometry: place.geometry })))
      .catch(() => []));
  return {
    async noticePlaces(
      zones: { id: string; geometry: AreaGeometry }[],
      withNamedPlaces: boolean,
    ): Promise<Record<string, NoticePlace[]>> {
      const named = withNamedPlaces ? await placesOnce() : [];
      const active = activeHouseholds();
      const result: Record<string, NoticePlace[]> = {};
      for (const zone of zones) {
        const addresses: string[] = [];
        if (active)
          forEachPointInArea(active.index, zone.geometry, (i) => {
            const address = active.households.addresses[i];
            if (address) addresses.push(address);
          });
        result[zone.id] = groupNoticePlaces(placesInArea(zone.geometry, named), addresses);
      }
      return result;
    },
  };
}
