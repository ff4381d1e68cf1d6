import { describe, expect, it } from 'vitest';
import { report } from '../../../test/helpers/import-run';
import { demoSites } from '../demo-data/demo-sites';
import { sitesCsv, sitesGeoJson } from './site-export';

describe('exporting sites', () => {
  it('writes CSV and GeoJSON that the site import reads back as the same sites', async () => {
    const sites = [
      ...demoSites(),
      { id: 'x', name: '=HYPERLINK("x")', kind: 'supply' as const, lng: 120.75, lat: 30.75, capacity: 5 },
    ];
    const fromCsv = await report(sitesCsv(sites), { kind: 'sites', name: 'sites.csv' });
    expect(fromCsv.result.report.rejected).toBe(0);
    // A formula-like name is kept from running in a spreadsheet: it comes back with its guard.
    expect(fromCsv.result.sites).toEqual(
      sites.map((site) => (site.id === 'x' ? { ...site, name: `'${site.name}` } : site)),
    );
    const fromJson = await report(JSON.stringify(sitesGeoJson(sites)), { kind: 'sites', name: 'sites.geojson' });
    expect(fromJson.result.sites).toEqual(sites);
  });
});
