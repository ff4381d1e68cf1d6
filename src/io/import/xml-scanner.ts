/**
 * A small streaming XML tokenizer for a worksheet's rows, where saxes (used for the workbook's
 * other parts) cost a third of a million-row import in tag objects and attribute maps. It hands
 * on each element's local name (prefix dropped), its attributes as raw text (read on demand with
 * `attribute`), text with entities decoded, and closing tags; comments, CDATA (as text),
 * processing instructions and the doctype are handled. Text is fed in chunks of any size.
 */
export interface XmlHandlers {
  open(name: string, attributes: string, selfClosing: boolean): void;
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

/** The value of one attribute (by local name) in an element's raw attribute text, entities decoded. */
export function attribute(attributes: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(name, from);
    if (at === -1) return undefined;
    const before = attributes.charCodeAt(at - 1);
    let i = at + name.length;
    while (attributes.charCodeAt(i) === 32) i++;
    // A whole attribute name (after a space or a prefix's colon), followed by =.
    if ((at === 0 || before === 32 || before === 58 || before === 9 || before === 10) && attributes[i] === '=') {
      i++;
      while (attributes.charCodeAt(i) === 32) i++;
      const quote = attributes[i];
      const end = attributes.indexOf(quote, i + 1);
      if ((quote === '"' || quote === "'") && end !== -1) return decodeEntities(attributes.slice(i + 1, end));
    }
    from = at + name.length;
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

export class XmlScanner {
  private rest = '';

  constructor(private readonly handlers: XmlHandlers) {}

  /** Feeds the next piece of text; an element cut at the piece's end waits for the next. */
  push(chunk: string): void {
    const text = this.rest.length ? this.rest + chunk : chunk;
    this.rest = text.slice(this.scan(text));
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
        handlers.close(localName(text.slice(lt + 2, end).trim()));
      } else {
        const selfClosing = text.charCodeAt(end - 1) === 47;
        const inner = text.slice(lt + 1, selfClosing ? end - 1 : end);
        let nameEnd = 0;
        while (nameEnd < inner.length && inner.charCodeAt(nameEnd) > 32) nameEnd++;
        const name = localName(inner.slice(0, nameEnd));
        const attributes = inner.slice(nameEnd);
        handlers.open(name, attributes, selfClosing);
        if (selfClosing) handlers.close(name);
      }
      i = end + 1;
    }
    return n;
  }
}
