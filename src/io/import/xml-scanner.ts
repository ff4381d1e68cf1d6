/**
 * A small streaming XML tokenizer for a workbook's parts (OOXML: no DTDs, five entities). A
 * general parser (saxes) spent a third of a million-row import on tag objects and attribute
 * maps; this hands on each element's local name (prefix dropped) and where its attributes lie
 * in the text (read on demand with `attribute`), text with entities decoded, and closing tags;
 * comments, CDATA (as text), processing instructions and the doctype are handled. Text may be
 * fed in chunks of any size.
 */
export interface XmlHandlers {
  /** An element opens; its attributes are `source.slice(from, to)`, read with `attribute(source, from, to, name)`. */
  open(name: string, source: string, from: number, to: number, selfClosing: boolean): void;
  text(text: string): void;
  close(name: string): void;
}

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with the five named entities and numeric character references decoded. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body] ?? whole;
  });
}

/**
 * The value of one attribute (by local name) in `source.slice(from, to)`, an element's attribute
 * text, entities decoded. The search stays inside the tag: a name found nowhere in it must not
 * send a search to the end of the part (a sheet without one `s` attribute made a million-row
 * import quadratic).
 */
export function attribute(source: string, from: number, to: number, name: string): string | undefined {
  const tag = source.slice(from, to);
  let at = 0;
  for (;;) {
    at = tag.indexOf(name, at);
    if (at === -1) return undefined;
    const before = at === 0 ? source.charCodeAt(from - 1) : tag.charCodeAt(at - 1);
    let i = at + name.length;
    while (tag.charCodeAt(i) === 32) i++;
    // A whole attribute name (after a space or a prefix's colon), followed by =.
    if (
      (before === 32 || before === 58 || before === 9 || before === 10 || before === 13) &&
      tag.charCodeAt(i) === 61
    ) {
      i++;
      while (tag.charCodeAt(i) === 32) i++;
      const quote = tag.charCodeAt(i);
      const end = quote === 34 || quote === 39 ? tag.indexOf(quote === 34 ? '"' : "'", i + 1) : -1;
      if (end !== -1) return decodeEntities(tag.slice(i + 1, end));
    }
    at += name.length;
  }
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

/** Where the tag opened at `lt` ends (its '>'), outside quoted attribute values (which may hold '>'), or -1 when the text ends first. */
function tagEnd(text: string, lt: number): number {
  const gt = text.indexOf('>', lt);
  if (gt === -1) return -1;
  let quote = 0;
  for (let i = lt + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62 /* > */) return i;
  }
  return -1;
}

/** The longest stretch of text, or the longest tag, the scanner waits on across pieces. */
export const MAX_PENDING = 16 << 20;

export class XmlScanner {
  private rest = '';

  constructor(private readonly handlers: XmlHandlers) {}

  /** Feeds the next piece of text; an element cut at the piece's end waits for the next. */
  push(chunk: string): void {
    const text = this.rest.length ? this.rest + chunk : chunk;
    this.rest = text.slice(this.scan(text));
    // An unfinished tag or text this long is no workbook's (Excel caps a cell at 32 767
    // characters); waiting on would end in a string too long for the engine to make.
    if (this.rest.length > MAX_PENDING)
      throw new XmlError(`more than ${MAX_PENDING / (1 << 20)} MB without markup (“${this.rest.slice(0, 20)}…”)`);
  }

  /** Ends the text: anything left unfinished is an error. */
  end(): void {
    if (this.rest.trim().length) throw new XmlError(`the XML ends inside “${this.rest.slice(0, 40)}”`);
  }

  /** Tokens in `text` as far as they are whole; returns where the unfinished rest starts. */
  private scan(text: string): number {
    const { handlers } = this;
    let i = 0;
    const n = text.length;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt === -1) {
        // Text up to the end may continue in the next piece.
        return i;
      }
      if (lt > i) handlers.text(decodeEntities(text.slice(i, lt)));
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      if (next === 33 /* ! */) {
        if (text.startsWith('<!--', lt)) {
          const end = text.indexOf('-->', lt + 4);
          if (end === -1) return lt;
          i = end + 3;
        } else if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) return lt;
          handlers.text(text.slice(lt + 9, end));
          i = end + 3;
        } else {
          const end = text.indexOf('>', lt);
          if (end === -1) return lt;
          i = end + 1;
        }
        continue;
      }
      if (next === 63 /* ? */) {
        const end = text.indexOf('?>', lt);
        if (end === -1) return lt;
        i = end + 2;
        continue;
      }
      const end = tagEnd(text, lt);
      if (end === -1) return lt;
      if (next === 47 /* / */) {
        let nameEnd = end;
        while (text.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
        handlers.close(localName(text.slice(lt + 2, nameEnd)));
      } else {
        const selfClosing = text.charCodeAt(end - 1) === 47;
        const to = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        while (nameEnd < to && text.charCodeAt(nameEnd) > 32) nameEnd++;
        const name = localName(text.slice(lt + 1, nameEnd));
        handlers.open(name, text, nameEnd, to, selfClosing);
        if (selfClosing) handlers.close(name);
      }
      i = end + 1;
    }
    return n;
  }
}
