/** The toolbar's short visible labels (each inside its button's full accessible name): both languages. */
export const toolbarEn = {
  deleteZoneShort: 'Delete',
  addFromCoordinatesShort: 'From coordinates…',
  drawTools: 'Draw',
  mergeZonesShort: 'Merge',
  splitZoneShort: 'Split',
};

export const toolbarZhCN: typeof toolbarEn = {
  deleteZoneShort: '删除',
  addFromCoordinatesShort: '按坐标…',
  drawTools: '绘制',
  mergeZonesShort: '合并',
  splitZoneShort: '分割',
};
