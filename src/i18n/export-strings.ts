/** Briefing exports: the wall image (PNG) and the slides' PDF. */
export const exportEn = {
  exportOpen: 'Export PNG / PDF…',
  exportTitle: 'Export for the minutes',
  exportHelp:
    'The map is drawn at full size, off screen, with the title, the legend, the scale bar, the north arrow, the attribution and the key figures.',
  exportPngHd: 'Export PNG 1920 × 1080',
  exportPng4k: 'Export PNG 3840 × 2160',
  exportPdf: 'Export slides (PDF)',
  exportPdfHelp: 'One A4 landscape page at 300 dpi per slide, each with its own date, layers and figures.',
  exportPdfNone: 'Add slides to export them as a PDF.',
  exportSensitiveOff: 'Case and household points are left out of every export.',
  exportSensitiveOn:
    'Sensitive layers are shown (S): the export will contain case locations and carry an “Internal” banner.',
  exportInternalBanner: 'Internal — contains case locations (内部资料)',
  exportProgressPng: 'Drawing the map…',
  exportProgressSlide: 'Drawing slide {number} of {count}…',
  exportProgressPdf: 'Writing the PDF…',
  exportDone: 'Saved {file} ({size}, {seconds} s).',
  exportCancelled: 'Export cancelled: nothing was saved.',
  exportTooLarge:
    'This computer’s graphics cannot draw the map at {width} × {height} pixels (at most {maxWidth} × {maxHeight}). Nothing was saved: choose the smaller size.',
  exportFailed: 'The export failed ({detail}). Nothing was saved; try again.',
  exportNoFigures: 'The figures are not ready yet: wait until the cases are loaded.',
  exportPageFooter: 'Page {number} / {count} · made {made} with Cordon',
  exportCancel: 'Cancel export',
} as const;

export const exportZhCN: Record<keyof typeof exportEn, string> = {
  exportOpen: '导出 PNG / PDF…',
  exportTitle: '导出（供会议纪要）',
  exportHelp: '地图在屏幕外按实际尺寸绘制，并附标题、图例、比例尺、指北针、版权信息和关键数据。',
  exportPngHd: '导出 PNG 1920 × 1080',
  exportPng4k: '导出 PNG 3840 × 2160',
  exportPdf: '导出汇报页（PDF）',
  exportPdfHelp: '每个汇报页一页 A4 横向、300 dpi，各带其日期、图层和数据。',
  exportPdfNone: '添加汇报页后才能导出 PDF。',
  exportSensitiveOff: '所有导出均不含病例与住户点位。',
  exportSensitiveOn: '正在显示敏感图层（S）：导出将含病例位置，并标注“内部资料”。',
  exportInternalBanner: '内部资料 — 含病例位置',
  exportProgressPng: '正在绘制地图…',
  exportProgressSlide: '正在绘制第 {number} / {count} 页…',
  exportProgressPdf: '正在生成 PDF…',
  exportDone: '已保存 {file}（{size}，{seconds} 秒）。',
  exportCancelled: '已取消导出，未保存任何文件。',
  exportTooLarge:
    '本机显卡无法按 {width} × {height} 像素绘制地图（最大 {maxWidth} × {maxHeight}）。未保存任何文件，请选择较小的尺寸。',
  exportFailed: '导出失败（{detail}），未保存任何文件，请重试。',
  exportNoFigures: '数据尚未就绪：请等病例加载完成。',
  exportPageFooter: '第 {number} / {count} 页 · {made} 由 Cordon 生成',
  exportCancel: '取消导出',
};
