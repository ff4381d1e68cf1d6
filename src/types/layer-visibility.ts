/** Which of Cordon's layers the user wants to see. */
export interface LayerVisibility {
  districts: boolean;
  density: boolean;
  householdPoints: boolean;
  /** The synthetic demo's compounds (only while the plan uses the demo households). */
  compounds: boolean;
  cases: boolean;
}

export const DEFAULT_VISIBILITY: LayerVisibility = {
  districts: true,
  density: true,
  householdPoints: true,
  compounds: true,
  cases: true,
};
