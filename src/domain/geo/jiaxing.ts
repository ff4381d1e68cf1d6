import type { BBox } from './types';

/** The extent of Jiaxing's seven districts, WGS-84 (from public/basemap/jiaxing-districts.geojson). */
export const JIAXING_BBOX: BBox = [120.291, 30.265, 121.271, 31.033];
