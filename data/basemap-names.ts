/** Names of the areas the embedded basemap shows, in both languages. */
export const DISTRICT_NAMES: Record<string, { zh: string; en: string }> = {
  '330402': { zh: '南湖区', en: 'Nanhu' },
  '330411': { zh: '秀洲区', en: 'Xiuzhou' },
  '330421': { zh: '嘉善县', en: 'Jiashan' },
  '330424': { zh: '海盐县', en: 'Haiyan' },
  '330481': { zh: '海宁市', en: 'Haining' },
  '330482': { zh: '平湖市', en: 'Pinghu' },
  '330483': { zh: '桐乡市', en: 'Tongxiang' },
};

/** Neighbouring prefectures drawn for context, so Jiaxing does not float in a void. */
export const NEIGHBOUR_NAMES = [
  { file: 'shanghai.geojson', zh: '上海市', en: 'Shanghai' },
  { file: 'jiang1_su1_su1_zhou1.geojson', zh: '苏州市', en: 'Suzhou' },
  { file: 'zhe4_jiang1_hu2_zhou1.geojson', zh: '湖州市', en: 'Huzhou' },
  { file: 'zhe4_jiang1_hang2_zhou1.geojson', zh: '杭州市', en: 'Hangzhou' },
  { file: 'zhe4_jiang1_shao4_xing1.geojson', zh: '绍兴市', en: 'Shaoxing' },
  { file: 'zhe4_jiang1_ning2_bo1.geojson', zh: '宁波市', en: 'Ningbo' },
];

/** [west, south, east, north] of the embedded land layer, in degrees WGS-84. */
export const BASEMAP_BBOX: [number, number, number, number] = [118.8, 29.2, 122.6, 32.0];
