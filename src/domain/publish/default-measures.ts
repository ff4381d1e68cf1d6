import type { Measures } from './snapshot-types';
import type { Tier } from '../zones/tier';

/**
 * What each tier asks of residents, as the 9th edition of the national protocol words it; a
 * publication carries them in both languages so the public page needs no strings of its own for them.
 */
export const DEFAULT_MEASURES: Record<Tier, Measures> = {
  sealed: {
    zh: '区域封闭、足不出户、服务上门。请留在家中，生活物资和核酸检测上门提供。',
    en: 'The area is closed: stay at home. Food, supplies and testing are brought to your door.',
  },
  controlled: {
    zh: '人不出区、严禁聚集。每户可按规定安排人员错峰取物资。',
    en: 'Do not leave the area and do not gather. One person per household may collect supplies at set times.',
  },
  precaution: {
    zh: '强化社会面管控、严格限制人员聚集。非必要不离开所在县（市、区）。',
    en: 'Stricter public controls and no gatherings. Do not leave the district unless you must.',
  },
};
