/** Saving in the browser: recovery after a crash, saved versions, storage use, tabs. Both languages. */
export const persistenceEn = {
  'readOnly_newer-tab':
    'A newer Cordon has this plan open in another tab or window. This tab stopped saving, so nothing the newer one writes is overwritten. Reload this tab to use the newer version.',
  readOnly_unreadable:
    'The plan saved in this browser could not be read, so this tab does not save: nothing stored is overwritten. Reload the page to try again.',
  storedPlanUnreadable:
    'The plan saved in this browser could not be read ({detail}). It was left as it is; this tab is read-only. Reload the page to try again; if it keeps failing, restart the browser.',
  newerCordonStopped:
    'This tab stopped saving: a newer Cordon works on this plan now, and this tab must not overwrite it. Edits made here since the last save are kept in memory; download the project file to keep them.',
  recoveredAfterCrash:
    'Cordon was not closed properly last time (the tab or the browser was killed or crashed). The plan is as it was autosaved at {time}. Earlier saved versions can be restored under Saved versions.',
  savedVersions: 'Saved versions',
  savedVersionsHeading: 'Saved versions (the last {count} autosaves, newest first)',
  savedVersionsNone: 'Nothing has been saved in this browser yet.',
  savedVersionsLoading: 'Reading the saved versions…',
  savedVersionsFailed: 'The saved versions could not be read ({detail}).',
  savedVersionItem: '{time} · {zones} zones · {size}',
  savedVersionUnreadable: '{time} · cannot be read ({detail})',
  savedVersionCurrent: 'as now',
  restoreVersion: 'Restore',
  restoreVersionLabel: 'Restore the version saved at {time}',
  noteRestoredVersion: 'Restored the version saved at {time}',
  versionRestored: 'Restored the version saved at {time}. Undo brings back the plan as it was before.',
  storageUseHeading: 'Storage in this browser',
  storageUse: '{used} used of {quota} ({percent} %).',
  storageUseUnknown: 'This browser does not tell how much storage is used.',
  storagePersisted: 'The browser keeps this data until you clear it.',
  storageNotPersisted:
    'The browser may clear this data when the disk runs short: download the project file now and then.',
  storageNearlyFull:
    'Browser storage is {percent} % full ({used} of {quota}). Download the project file and free some space (Basemap settings: remove the map file), or saving may soon fail.',
};

export const persistenceZhCN: typeof persistenceEn = {
  'readOnly_newer-tab':
    '较新版本的 Cordon 已在另一个标签页或窗口中打开此方案。本页已停止保存，不会覆盖新版本写入的内容。请刷新本页以使用新版本。',
  readOnly_unreadable: '本浏览器中保存的方案无法读取，因此本页不保存，已保存的内容不会被覆盖。请刷新页面重试。',
  storedPlanUnreadable:
    '本浏览器中保存的方案无法读取（{detail}），已原样保留；本页为只读。请刷新页面重试；如仍失败，请重启浏览器。',
  newerCordonStopped:
    '本页已停止保存：较新版本的 Cordon 正在处理此方案，本页不得覆盖它。本页自上次保存以来的修改仍在内存中，请下载方案文件予以保留。',
  recoveredAfterCrash:
    '上次 Cordon 未正常关闭（标签页或浏览器被强行关闭或崩溃）。方案已恢复为 {time} 自动保存的状态。更早保存的版本可在“已保存的版本”中恢复。',
  savedVersions: '已保存的版本',
  savedVersionsHeading: '已保存的版本（最近 {count} 次自动保存，最新在前）',
  savedVersionsNone: '本浏览器中尚未保存任何内容。',
  savedVersionsLoading: '正在读取已保存的版本…',
  savedVersionsFailed: '无法读取已保存的版本（{detail}）。',
  savedVersionItem: '{time} · {zones} 个区域 · {size}',
  savedVersionUnreadable: '{time} · 无法读取（{detail}）',
  savedVersionCurrent: '与当前相同',
  restoreVersion: '恢复',
  restoreVersionLabel: '恢复 {time} 保存的版本',
  noteRestoredVersion: '恢复了 {time} 保存的版本',
  versionRestored: '已恢复 {time} 保存的版本。撤销可回到恢复之前的方案。',
  storageUseHeading: '本浏览器中的存储',
  storageUse: '已用 {used}，共 {quota}（{percent}%）。',
  storageUseUnknown: '本浏览器未提供存储用量。',
  storagePersisted: '浏览器会一直保留这些数据，直到您清除。',
  storageNotPersisted: '磁盘空间不足时浏览器可能清除这些数据：请不时下载方案文件。',
  storageNearlyFull:
    '浏览器存储已用 {percent}%（{used}，共 {quota}）。请下载方案文件并释放空间（底图设置：移除地图文件），否则可能很快无法保存。',
};
