import { describe, expect, it } from 'vitest';
import { emptyPlan } from '../../domain/plan/plan';
import { MAX_PUBLICATION_RECORDS, type PublicationRecord } from '../../domain/plan/publication';
import { testContext } from '../../../test/helpers/zone-builders';
import { parseProjectFile, serializePlan } from '../../io/project-file/project-file';
import { recordPublication } from './publications';

const record = (number: number): PublicationRecord => ({
  number,
  publishedAt: '2022-04-20T10:00:00.000Z',
  asOf: '2022-04-20',
  file: `snapshot-${number}-0123456789ab.json`,
  zones: [
    {
      id: 'z1',
      name: '清桥苑',
      tier: 'sealed',
      declaredOn: '2022-03-27',
      earliestOn: '2022-04-27',
      outline: 'abcd1234',
    },
  ],
});

describe('recording publications', () => {
  it('adds each publication to the plan with a note, keeps it in the saved file, and keeps the last 500', () => {
    const context = testContext();
    const result = recordPublication(emptyPlan('p'), { record: record(1) }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.note).toEqual({ key: 'notePublished', values: { number: 1, asOf: '2022-04-20' } });
    expect(result.plan.publications).toEqual([record(1)]);
    const reopened = parseProjectFile(serializePlan(result.plan));
    expect(reopened.ok && reopened.plan.publications).toEqual([record(1)]);
    let plan = {
      ...result.plan,
      publications: Array.from({ length: MAX_PUBLICATION_RECORDS }, (_, i) => record(i + 1)),
    };
    const next = recordPublication(plan, { record: record(MAX_PUBLICATION_RECORDS + 1) }, context);
    if (next.ok) plan = next.plan;
    expect(plan.publications).toHaveLength(MAX_PUBLICATION_RECORDS);
    expect(plan.publications.at(-1)?.number).toBe(MAX_PUBLICATION_RECORDS + 1);
  });
});
