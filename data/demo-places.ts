/**
 * Where people live in the synthetic demo: urban cores (WGS-84, approximate town centres) with a
 * share of the urban records and a spread. The quarantine site and clusters are illustrative only.
 */
export interface UrbanCore {
  name: string;
  lng: number;
  lat: number;
  /** Relative share of urban records. */
  weight: number;
  /** Standard deviation of the spread, in metres. */
  sigmaMeters: number;
}

export const URBAN_CORES: UrbanCore[] = [
  { name: 'Jiaxing centre', lng: 120.755, lat: 30.757, weight: 30, sigmaMeters: 3200 },
  { name: 'Jiaxing west (Xiuzhou)', lng: 120.705, lat: 30.765, weight: 10, sigmaMeters: 2200 },
  { name: 'Jiaxing development zone', lng: 120.728, lat: 30.735, weight: 8, sigmaMeters: 1800 },
  { name: 'Jiashan (Weitang)', lng: 120.922, lat: 30.838, weight: 8, sigmaMeters: 2200 },
  { name: 'Pinghu (Danghu)', lng: 121.02, lat: 30.7, weight: 8, sigmaMeters: 2200 },
  { name: 'Haining (Xiashi)', lng: 120.68, lat: 30.515, weight: 10, sigmaMeters: 2500 },
  { name: 'Tongxiang (Wutong)', lng: 120.565, lat: 30.632, weight: 9, sigmaMeters: 2300 },
  { name: 'Haiyan (Wuyuan)', lng: 120.945, lat: 30.525, weight: 6, sigmaMeters: 1800 },
  { name: 'Wuzhen', lng: 120.49, lat: 30.745, weight: 2, sigmaMeters: 1000 },
  { name: 'Xitang', lng: 120.889, lat: 30.944, weight: 2, sigmaMeters: 900 },
  { name: 'Zhapu', lng: 121.08, lat: 30.6, weight: 2, sigmaMeters: 1100 },
  { name: 'Changan (Haining)', lng: 120.44, lat: 30.46, weight: 2, sigmaMeters: 1100 },
  { name: 'Puyuan', lng: 120.6, lat: 30.72, weight: 1.5, sigmaMeters: 900 },
  { name: 'Xincheng (Xiuzhou)', lng: 120.84, lat: 30.86, weight: 1.5, sigmaMeters: 900 },
];

/** The centralized quarantine site where the first case is found (illustrative position). */
export const QUARANTINE_SITE = { lng: 120.7262, lat: 30.7405 };

/** Community clusters: where and on which day (0 = 2022-03-26) each starts. */
export const CLUSTERS = [
  { name: 'development zone', lng: 120.731, lat: 30.738, startDay: 2, sigmaMeters: 900 },
  { name: 'Nanhu old town', lng: 120.758, lat: 30.752, startDay: 5, sigmaMeters: 1200 },
  { name: 'Xiuzhou west', lng: 120.702, lat: 30.768, startDay: 8, sigmaMeters: 1000 },
  { name: 'Jiashan', lng: 120.92, lat: 30.836, startDay: 11, sigmaMeters: 1100 },
  { name: 'Pinghu', lng: 121.018, lat: 30.703, startDay: 13, sigmaMeters: 1000 },
  { name: 'Haining', lng: 120.682, lat: 30.512, startDay: 15, sigmaMeters: 1200 },
  { name: 'Tongxiang', lng: 120.566, lat: 30.63, startDay: 18, sigmaMeters: 1000 },
  { name: 'Haiyan', lng: 120.944, lat: 30.527, startDay: 21, sigmaMeters: 900 },
];

export const DEMO_START_DATE = '2022-03-26';
export const DEMO_DAYS = 30;
export const DEMO_HOUSEHOLD_RECORDS = 300_000;
export const DEMO_CASES = 3_000;
export const DEMO_SEED = 20220326;
