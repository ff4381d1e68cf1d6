/** An ISO calendar date as people write it in a language: 2022年4月8日, 8 Apr 2022. */
export function formatIsoDate(language: string, iso: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
