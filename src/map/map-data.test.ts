import { describe, expect, it } from 'vitest';
import { densityToGeoJson, twoFigures } from './map-data';

const density = (cells: [number, number, number][]) => ({
  length: cells.length,
  lng: Float64Array.from(cells.map((c) => c[0])),
  lat: Float64Array.from(cells.map((c) => c[1])),
  households: Float64Array.from(cells.map((c) => c[2])),
});

describe('the density layer data', () => {
  it('keeps counts under 100 exact and rounds larger ones to two significant figures', () => {
    expect([1, 42, 99, 100, 104, 105, 1234, 1250, 98_765].map(twoFigures)).toEqual([
      1, 42, 99, 100, 100, 110, 1200, 1300, 99_000,
    ]);
  });

  it('draws every cell once, as a point of the MultiPoint of its household count', () => {
    const cells: [number, number, number][] = [
      [120.7, 30.7, 12],
      [120.71, 30.7, 12],
      [120.72, 30.71, 1234],
      [120.73, 30.72, 1198],
      [120.74, 30.73, 3],
    ];
    const geojson = densityToGeoJson(density(cells));
    const points = geojson.features.flatMap((feature) =>
      feature.geometry.coordinates.map(([lng, lat]) => [lng, lat, feature.properties.households]),
    );
    expect(points.sort()).toEqual(cells.map(([lng, lat, households]) => [lng, lat, twoFigures(households)]).sort());
    expect(geojson.features.map((feature) => feature.properties.households).sort((a, b) => a - b)).toEqual([
      3, 12, 1200,
    ]);
  });

  it('gives an empty collection for no cells', () => {
    expect(densityToGeoJson(density([]))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
