import { dayFromIsoDate } from '../../domain/time/day-number';
import { done, fail, type Command } from './command';

/**
 * Sets the date the plan is worked on (new zones are declared on it, edits are dated by it), or
 * null to follow today again: one undoable step. A date that is not a real calendar date changes nothing.
 */
export const setWorkingDate: Command<{ date: string | null }> = (plan, payload, context) => {
  const { date } = payload;
  if (date !== null && dayFromIsoDate(date) === undefined) return fail('errorBadDate', { value: String(date) });
  if (date === plan.settings.workingDate) return fail('errorWorkingDateSame');
  const note = date === null ? { key: 'noteWorkingDateToday' } : { key: 'noteWorkingDate', values: { date } };
  return done({ ...plan, settings: { ...plan.settings, workingDate: date } }, plan.zones, note, [], context);
};
