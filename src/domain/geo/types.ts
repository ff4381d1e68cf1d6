import type { MultiPolygon, Polygon } from 'geojson';

/** A WGS-84 position, always longitude first. */
export type LngLat = [lng: number, lat: number];

/** [west, south, east, north] in degrees WGS-84. */
export type BBox = [west: number, south: number, east: number, north: number];

/** A length in metres; branded so that degrees or kilometres cannot be passed by mistake. */
export type Meters = number & { readonly __unit: 'm' };
/** An area in square metres. */
export type SquareMeters = number & { readonly __unit: 'm2' };

export const meters = (value: number): Meters => value as Meters;
export const squareMeters = (value: number): SquareMeters => value as SquareMeters;

/** The only geometries a zone may have. */
export type AreaGeometry = Polygon | MultiPolygon;
