/**
 * A problem in one of the embedded demo files: they are ours, so a problem means the file is
 * damaged, and the message says where and how to get a good copy.
 */
export class DemoFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}, line ${line}, field "${field}": ${reason}. Regenerate the demo data with "npm run data:demo".`);
    this.name = 'DemoFormatError';
  }
}
