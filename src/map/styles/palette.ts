import type { FoundIn } from '../../domain/cases/case-record';

/** Basemap colours: quiet, light and high enough in contrast to project. */
export const BASEMAP_COLORS = {
  sea: '#c6d9e8',
  land: '#f4f2ed',
  neighbourFill: '#ebe7de',
  neighbourLine: '#a9a193',
  districtFill: '#fbfaf7',
  districtLine: '#4b5b6c',
  labelText: '#1f2d3a',
  neighbourLabel: '#6b6458',
  halo: '#ffffff',
  // The demo's compounds: their outlines and names.
  compoundLine: '#b3a892',
  compoundLabel: '#5d5546',
};

/**
 * Case colours by where the case was found (from Okabe–Ito, readable by colour-blind viewers),
 * with no red, orange or yellow: those are the tiers' hues, and a case must never read as a zone.
 */
export const FOUND_IN_COLORS: Record<FoundIn, string> = {
  community: '#222222',
  quarantine: '#0072b2',
  screening: '#cc79a7',
  imported: '#009e73',
};
