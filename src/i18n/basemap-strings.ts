/** Basemap settings: the map file (.pmtiles) kept in this browser, and its problems. */
export const basemapEn = {
  basemapFile: 'Map file (offline)',
  basemapFileHeading: 'Map file on this computer',
  basemapOnlineHeading: 'Online basemaps',
  basemapFileHelp:
    'A .pmtiles file of vector tiles (OpenMapTiles or Protomaps schema) or of raster tiles, for example from your intranet. Cordon keeps a copy in this browser, so it is still there after a reload. Nothing is sent anywhere.',
  openBasemapFile: 'Open map file…',
  removeBasemapFile: 'Remove map file',
  basemapFileOpening: 'Reading and keeping {name}…',
  basemapFileNone: 'No map file is kept.',
  basemapFileName: 'File',
  basemapFileTiles: 'Tiles',
  basemapFileVector: 'Vector, {schema} schema',
  basemapFileRaster: 'Raster, {format}',
  basemapFileZooms: 'Zoom levels',
  basemapFileBounds: 'Covers (west, south – east, north)',
  basemapFileAttribution: 'Attribution',
  basemapFileSize: 'Size',
  basemapFileOutside: 'This map does not cover Jiaxing: the embedded land shows where it has no tiles.',
  basemapFile_notPmtiles:
    '“{name}” is not a PMTiles map file (version 3): {found}. Export the map as .pmtiles (for example with the pmtiles or tippecanoe tools) and open that file. The basemap is unchanged.',
  basemapFile_tileType:
    'The tiles in “{name}” are {found}, which Cordon cannot draw. Use vector tiles (MVT) or PNG, JPEG or WebP images. The basemap is unchanged.',
  basemapFile_schema:
    'The vector tiles in “{name}” have the layers {found}: neither the OpenMapTiles nor the Protomaps schema, whose styles Cordon bundles. Export the map in one of them. The basemap is unchanged.',
  basemapFile_bounds:
    'The bounds in “{name}” ({found}) are not on the Earth: the file is damaged. Export it again. The basemap is unchanged.',
  basemapFile_storage:
    'The map file could not be kept in this browser ({found}). The basemap is unchanged. Free some disk space, or allow this site to store data, and open the file again.',
  basemapFileLost:
    'The kept map file “{name}” could not be opened, so the embedded map is shown. Open the file again in Basemap settings.',
} as const;

export const basemapZhCN: Record<keyof typeof basemapEn, string> = {
  basemapFile: '地图文件（离线）',
  basemapFileHeading: '本机地图文件',
  basemapOnlineHeading: '在线底图',
  basemapFileHelp:
    '矢量瓦片（OpenMapTiles 或 Protomaps 模式）或栅格瓦片的 .pmtiles 文件，例如来自单位内网。Cordon 会在本浏览器中保存一份副本，刷新后仍可使用，不会发送到任何地方。',
  openBasemapFile: '打开地图文件…',
  removeBasemapFile: '移除地图文件',
  basemapFileOpening: '正在读取并保存 {name}…',
  basemapFileNone: '尚未保存地图文件。',
  basemapFileName: '文件',
  basemapFileTiles: '瓦片',
  basemapFileVector: '矢量，{schema} 模式',
  basemapFileRaster: '栅格，{format}',
  basemapFileZooms: '缩放级别',
  basemapFileBounds: '范围（西、南 – 东、北）',
  basemapFileAttribution: '版权说明',
  basemapFileSize: '大小',
  basemapFileOutside: '该地图不覆盖嘉兴：没有瓦片的地方显示内置底图的陆地。',
  basemapFile_notPmtiles:
    '“{name}”不是 PMTiles 地图文件（第 3 版）：{found}。请将地图导出为 .pmtiles（例如使用 pmtiles 或 tippecanoe 工具）后打开该文件。底图未改变。',
  basemapFile_tileType:
    '“{name}”中的瓦片为 {found}，Cordon 无法绘制。请使用矢量瓦片（MVT）或 PNG、JPEG、WebP 图片瓦片。底图未改变。',
  basemapFile_schema:
    '“{name}”中的矢量瓦片图层为 {found}，既不是 OpenMapTiles 也不是 Protomaps 模式（Cordon 内置这两种样式）。请按其中一种模式导出地图。底图未改变。',
  basemapFile_bounds: '“{name}”中的范围（{found}）不在地球上，文件已损坏。请重新导出。底图未改变。',
  basemapFile_storage:
    '地图文件无法保存在本浏览器中（{found}）。底图未改变。请释放磁盘空间或允许本网站存储数据，然后重新打开文件。',
  basemapFileLost: '已保存的地图文件“{name}”无法打开，现显示内置底图。请在“底图设置”中重新打开该文件。',
};
