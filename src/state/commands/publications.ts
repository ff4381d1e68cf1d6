import { MAX_PUBLICATION_RECORDS, type PublicationRecord } from '../../domain/plan/publication';
import { done, type Command } from './command';

/**
 * Records a publication of the public map in the plan (its number, day, file and zones), so the
 * next one says what changed. One step in the log; undo takes the record back, not the files.
 */
export const recordPublication: Command<{ record: PublicationRecord }> = (plan, { record }, context) =>
  done(
    { ...plan, publications: [...plan.publications, record].slice(-MAX_PUBLICATION_RECORDS) },
    plan.zones,
    { key: 'notePublished', values: { number: record.number, asOf: record.asOf } },
    [],
    context,
  );
