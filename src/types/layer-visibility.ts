/** Which of Cordon's layers the user wants to see. */
export interface LayerVisibility {
  districts: boolean;
  density: boolean;
  householdPoints: boolean;
  cases: boolean;
}

export const DEFAULT_VISIBILITY: LayerVisibility = {
  districts: true,
  density: true,
  householdPoints: true,
  cases: true,
};
