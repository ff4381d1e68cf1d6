/**
 * Splits streamed text into lines (LF or CRLF) without holding the whole text, and numbers them
 * from 1. Feed it chunks as they arrive, then call `end()` for a last line without a newline.
 */
export class LineSplitter {
  private pending = '';
  private lineNumber = 0;

  constructor(private readonly onLine: (line: string, lineNumber: number) => void) {}

  push(chunk: string): void {
    const text = this.pending + chunk;
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      this.onLine(text.slice(start, end), ++this.lineNumber);
      start = newline + 1;
    }
    this.pending = text.slice(start);
  }

  end(): void {
    if (this.pending.length > 0) {
      const line = this.pending.endsWith('\r') ? this.pending.slice(0, -1) : this.pending;
      this.pending = '';
      this.onLine(line, ++this.lineNumber);
    }
  }
}
