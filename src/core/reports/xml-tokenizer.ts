import { PositionCounter, ReportSyntaxError } from './report-syntax-error.js';
import { decodeXmlEntities, safeTextEnd } from './xml-entities.js';

/** What the tokenizer reports, in document order. */
export interface XmlHandler {
  /** A start tag (or an empty-element tag, with `selfClosing`). Attribute values are decoded and capped. */
  openTag(name: string, attributes: ReadonlyMap<string, string>, selfClosing: boolean): void;
  /** An end tag; a self-closing tag is also closed with this call. */
  closeTag(name: string): void;
  /** Character data and CDATA content, decoded, in pieces of any size; only while `captureText` is on. */
  text(text: string): void;
}

/** Limits that keep a hostile document from growing the tokenizer's memory. */
export interface XmlTokenizerOptions {
  /** Longest attribute value kept, in characters; the rest is dropped (default 65,536). */
  maxAttributeLength?: number;
  /** Most attributes kept per tag; later ones are dropped (default 256). */
  maxAttributes?: number;
  /** Longest element or attribute name (default 1,024); longer is an error. */
  maxNameLength?: number;
  /** Deepest nesting of elements (default 512); deeper is an error. */
  maxDepth?: number;
}

const TEXT = 0;
const OPEN_TAG_NAME = 1;
const BEFORE_ATTRIBUTE = 2;
const ATTRIBUTE_NAME = 3;
const AFTER_ATTRIBUTE_NAME = 4;
const BEFORE_VALUE = 5;
const VALUE = 6;
const SELF_CLOSING = 7;
const CLOSE_TAG = 8;
const COMMENT = 9;
const CDATA = 10;
const PROCESSING_INSTRUCTION = 11;
const DECLARATION = 12;

const SPECIAL_IN_VALUE = /[<&\t\n\r]/;
// Fast paths for a whole tag inside the current piece (nearly every tag); anything else, including
// a tag split across pieces or a malformed one, goes through the state machine, which names errors.
const WHOLE_START_TAG = /<([^\s/>=<"'!?]+)((?:\s+[^\s/>=<"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /\s+([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const WHOLE_END_TAG = /<\/([^\s/>=<"']+)\s*>/y;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** Ends a name: whitespace, `/`, `>`, `=`, quotes, `<`. */
function endsName(code: number): boolean {
  return isSpace(code) || code === 0x2f || code === 0x3e || code === 0x3d || code === 0x22 || code === 0x27 || code === 0x3c;
}

/**
 * A streaming, non-validating XML tokenizer: `write` text in pieces of any size, then `end`. Only
 * the five predefined entities and character references are decoded; a DOCTYPE (with any entity
 * declarations in it) is skipped, never expanded. Text is only decoded while `captureText` is on,
 * so long passages nobody needs cost a scan and nothing more, and a CDATA block of any length
 * streams through in pieces. Mismatched or missing end tags are a `ReportSyntaxError` with the
 * line and column.
 */
export class XmlTokenizer {
  /** Set by the handler: whether character data should be decoded and passed to `text`. */
  captureText = false;

  private buffer = '';
  private index = 0;
  private state = TEXT;
  private readonly positions = new PositionCounter();
  private readonly stack: string[] = [];
  private tagName = '';
  private attributeName = '';
  private attributeValue = '';
  private attributeValueDropped = false;
  private quote = 0;
  private attributes = new Map<string, string>();
  private declarationDepth = 0;
  private declarationQuote = 0;
  private sawRoot = false;
  private readonly maxAttributeLength: number;
  private readonly maxAttributes: number;
  private readonly maxNameLength: number;
  private readonly maxDepth: number;

  constructor(
    private readonly handler: XmlHandler,
    options: XmlTokenizerOptions = {},
  ) {
    this.maxAttributeLength = options.maxAttributeLength ?? 65_536;
    this.maxAttributes = options.maxAttributes ?? 256;
    this.maxNameLength = options.maxNameLength ?? 1024;
    this.maxDepth = options.maxDepth ?? 512;
  }

  /** Names of the elements open now, outermost first. */
  get openElements(): readonly string[] {
    return this.stack;
  }

  write(chunk: string): void {
    this.buffer = this.buffer.length > 0 ? this.buffer + chunk : chunk;
    this.index = 0;
    this.run(false);
    // Keep only what is not consumed yet (a few characters at most), counting lines over the rest.
    this.positions.advance(this.buffer.slice(0, this.index));
    this.buffer = this.buffer.slice(this.index);
    this.index = 0;
  }

  end(): void {
    this.run(true);
    if (this.state !== TEXT || this.stack.length > 0) {
      const inside = this.stack.length > 0 ? `inside <${this.stack.join('> <')}>` : 'inside markup';
      throw this.error(`the file ends ${inside}: truncated`);
    }
    if (!this.sawRoot) throw this.error('no XML element found');
  }

  private error(message: string): ReportSyntaxError {
    return new ReportSyntaxError(message, this.positions.at(this.buffer, this.index));
  }

  private run(final: boolean): void {
    const buffer = this.buffer;
    const length = buffer.length;
    while (this.index < length) {
      switch (this.state) {
        case TEXT:
          if (!this.scanText(final)) return;
          break;
        case OPEN_TAG_NAME:
        case ATTRIBUTE_NAME:
        case CLOSE_TAG:
          this.scanName();
          break;
        case BEFORE_ATTRIBUTE:
          this.scanBeforeAttribute();
          break;
        case AFTER_ATTRIBUTE_NAME:
        case BEFORE_VALUE:
          this.scanBeforeValue();
          break;
        case VALUE:
          this.scanValue();
          break;
        case SELF_CLOSING:
          if (buffer.charCodeAt(this.index) !== 0x3e) throw this.error(`expected '>' after '/' in <${this.tagName}>`);
          this.index += 1;
          this.finishOpenTag(true);
          break;
        case COMMENT:
          if (!this.skipUntil('-->', final)) return;
          break;
        case PROCESSING_INSTRUCTION:
          if (!this.skipUntil('?>', final)) return;
          break;
        case CDATA:
          if (!this.scanCdata(final)) return;
          break;
        case DECLARATION:
          this.scanDeclaration();
          break;
      }
    }
  }

  /** Character data up to the next `<`, then the kind of markup; false when more input is needed. */
  private scanText(final: boolean): boolean {
    const buffer = this.buffer;
    const lessThan = buffer.indexOf('<', this.index);
    const textEnd = lessThan === -1 ? buffer.length : lessThan;
    if (this.captureText && textEnd > this.index) {
      let cut = textEnd;
      if (lessThan === -1 && !final) cut = this.index + safeTextEnd(buffer.slice(this.index, textEnd));
      if (cut > this.index) this.handler.text(decodeXmlEntities(buffer.slice(this.index, cut)));
      this.index = cut;
      if (cut < textEnd) return false;
    }
    this.index = textEnd;
    if (lessThan === -1) return true;
    const available = buffer.length - lessThan;
    const next = buffer.charCodeAt(lessThan + 1);
    if (available < 2) {
      if (final) throw this.error("the file ends after '<'");
      return false;
    }
    if (next === 0x2f /* / */) {
      WHOLE_END_TAG.lastIndex = lessThan;
      const whole = WHOLE_END_TAG.exec(buffer);
      if (whole !== null && whole[1]!.length <= this.maxNameLength) {
        this.tagName = whole[1]!;
        this.index = WHOLE_END_TAG.lastIndex - 1;
        this.finishCloseTag();
        return true;
      }
      this.state = CLOSE_TAG;
      this.tagName = '';
      this.index = lessThan + 2;
    } else if (next === 0x3f /* ? */) {
      this.state = PROCESSING_INSTRUCTION;
      this.index = lessThan + 2;
    } else if (next === 0x21 /* ! */) {
      if (buffer.startsWith('<!--', lessThan)) {
        this.state = COMMENT;
        this.index = lessThan + 4;
      } else if (buffer.startsWith('<![CDATA[', lessThan)) {
        if (this.stack.length === 0) throw this.error('CDATA section outside the root element');
        this.state = CDATA;
        this.index = lessThan + 9;
      } else if (!final && available < 9 && ('<![CDATA['.startsWith(buffer.slice(lessThan)) || '<!--'.startsWith(buffer.slice(lessThan)))) {
        return false;
      } else {
        this.state = DECLARATION;
        this.declarationDepth = 0;
        this.declarationQuote = 0;
        this.index = lessThan + 2;
      }
    } else {
      if (endsName(next)) throw this.error("'<' in text must be written as &lt;");
      this.state = OPEN_TAG_NAME;
      this.tagName = '';
      this.attributes = new Map();
      this.index = lessThan + 1;
      WHOLE_START_TAG.lastIndex = lessThan;
      const whole = WHOLE_START_TAG.exec(buffer);
      if (whole !== null && whole[1]!.length <= this.maxNameLength) {
        this.tagName = whole[1]!;
        const attributeText = whole[2]!;
        if (attributeText !== '') {
          ATTRIBUTE.lastIndex = 0;
          for (let attribute = ATTRIBUTE.exec(attributeText); attribute !== null; attribute = ATTRIBUTE.exec(attributeText)) {
            if (attribute[1]!.length > this.maxNameLength) throw this.error(`a name longer than ${this.maxNameLength} characters`);
            const value = attribute[2] ?? attribute[3] ?? '';
            const dropped = value.length > this.maxAttributeLength;
            this.storeAttribute(attribute[1]!, dropped ? value.slice(0, this.maxAttributeLength) : value, dropped);
          }
        }
        this.index = WHOLE_START_TAG.lastIndex;
        this.finishOpenTag(whole[3] === '/');
      }
    }
    return true;
  }

  /** A tag or attribute name, possibly across pieces. */
  private scanName(): void {
    const buffer = this.buffer;
    let end = this.index;
    while (end < buffer.length && !endsName(buffer.charCodeAt(end))) end += 1;
    const piece = buffer.slice(this.index, end);
    this.index = end;
    if (this.state === ATTRIBUTE_NAME) this.attributeName += piece;
    else this.tagName += piece;
    const name = this.state === ATTRIBUTE_NAME ? this.attributeName : this.tagName;
    if (name.length > this.maxNameLength) throw this.error(`a name longer than ${this.maxNameLength} characters`);
    if (end === buffer.length) return;
    if (name.length === 0) throw this.error(`expected a name, found '${buffer[end]}'`);
    if (this.state === OPEN_TAG_NAME) this.state = BEFORE_ATTRIBUTE;
    else if (this.state === ATTRIBUTE_NAME) this.state = AFTER_ATTRIBUTE_NAME;
    else this.finishCloseTag();
  }

  private finishCloseTag(): void {
    const buffer = this.buffer;
    while (this.index < buffer.length && isSpace(buffer.charCodeAt(this.index))) this.index += 1;
    if (this.index === buffer.length) return; // more whitespace may follow in the next piece
    if (buffer.charCodeAt(this.index) !== 0x3e) throw this.error(`expected '>' to end </${this.tagName}>`);
    const open = this.stack.at(-1);
    if (open === undefined) throw this.error(`end tag </${this.tagName}> without a start tag`);
    if (open !== this.tagName) throw this.error(`end tag </${this.tagName}> does not match <${open}>`);
    this.index += 1;
    this.stack.pop();
    this.state = TEXT;
    this.handler.closeTag(this.tagName);
  }

  private scanBeforeAttribute(): void {
    const buffer = this.buffer;
    while (this.index < buffer.length && isSpace(buffer.charCodeAt(this.index))) this.index += 1;
    if (this.index === buffer.length) return;
    const code = buffer.charCodeAt(this.index);
    if (code === 0x3e /* > */) {
      this.index += 1;
      this.finishOpenTag(false);
    } else if (code === 0x2f /* / */) {
      this.index += 1;
      this.state = SELF_CLOSING;
    } else {
      if (endsName(code)) throw this.error(`unexpected '${buffer[this.index]}' in <${this.tagName}>`);
      this.state = ATTRIBUTE_NAME;
      this.attributeName = '';
    }
  }

  /** `=` after an attribute name, then the opening quote. */
  private scanBeforeValue(): void {
    const buffer = this.buffer;
    while (this.index < buffer.length && isSpace(buffer.charCodeAt(this.index))) this.index += 1;
    if (this.index === buffer.length) return;
    const code = buffer.charCodeAt(this.index);
    if (this.state === AFTER_ATTRIBUTE_NAME) {
      if (code !== 0x3d) throw this.error(`attribute '${this.attributeName}' of <${this.tagName}> has no value`);
      this.index += 1;
      this.state = BEFORE_VALUE;
      return;
    }
    if (code !== 0x22 && code !== 0x27) throw this.error(`the value of attribute '${this.attributeName}' must be quoted`);
    this.index += 1;
    this.quote = code;
    this.attributeValue = '';
    this.attributeValueDropped = false;
    this.state = VALUE;
  }

  private scanValue(): void {
    const buffer = this.buffer;
    const close = buffer.indexOf(this.quote === 0x22 ? '"' : "'", this.index);
    const end = close === -1 ? buffer.length : close;
    const room = this.maxAttributeLength - this.attributeValue.length;
    if (end - this.index > room) {
      this.attributeValueDropped = true;
      this.attributeValue += buffer.slice(this.index, this.index + room);
    } else if (end > this.index) {
      this.attributeValue += buffer.slice(this.index, end);
    }
    if (close === -1) {
      this.index = buffer.length;
      return;
    }
    if (this.attributeValue.includes('<')) throw this.error(`'<' in the value of attribute '${this.attributeName}'`);
    this.index = close + 1;
    this.storeAttribute(this.attributeName, this.attributeValue, this.attributeValueDropped);
    this.attributeValue = '';
    this.state = BEFORE_ATTRIBUTE;
  }

  /** Keeps the first value of an attribute (up to the cap on attributes), decoded and normalized. */
  private storeAttribute(name: string, raw: string, dropped: boolean): void {
    if (this.attributes.size >= this.maxAttributes || this.attributes.has(name)) return;
    let value = raw;
    // One scan for the rare cases; most values hold none of these characters.
    if (SPECIAL_IN_VALUE.test(value)) {
      // Attribute-value normalization (XML 1.0 §3.3.3): literal tabs and line breaks read as spaces.
      value = decodeXmlEntities(value.replace(/[\t\n\r]/g, ' '));
    }
    if (dropped) value += '… [attribute value cut]';
    this.attributes.set(name, value);
  }

  private finishOpenTag(selfClosing: boolean): void {
    if (this.stack.length === 0 && this.sawRoot) throw this.error(`a second root element <${this.tagName}>`);
    this.sawRoot = true;
    this.state = TEXT;
    if (!selfClosing) {
      if (this.stack.length >= this.maxDepth) throw this.error(`elements nested deeper than ${this.maxDepth}`);
      this.stack.push(this.tagName);
    }
    const attributes = this.attributes;
    this.attributes = new Map();
    this.handler.openTag(this.tagName, attributes, selfClosing);
    if (selfClosing) this.handler.closeTag(this.tagName);
  }

  /** Skips to just after `terminator`; false when more input is needed. */
  private skipUntil(terminator: string, final: boolean): boolean {
    const found = this.buffer.indexOf(terminator, this.index);
    if (found === -1) {
      // Keep the last characters: the terminator may start in this piece and end in the next.
      if (final) throw this.error(`the file ends before '${terminator}'`);
      this.index = Math.max(this.index, this.buffer.length - (terminator.length - 1));
      return false;
    }
    this.index = found + terminator.length;
    this.state = TEXT;
    return true;
  }

  private scanCdata(final: boolean): boolean {
    const buffer = this.buffer;
    const found = buffer.indexOf(']]>', this.index);
    const end = found === -1 ? Math.max(this.index, buffer.length - 2) : found;
    if (this.captureText && end > this.index) this.handler.text(buffer.slice(this.index, end));
    this.index = end;
    if (found === -1) {
      if (final) throw this.error("the file ends inside a CDATA section (no ']]>')");
      return false;
    }
    this.index = found + 3;
    this.state = TEXT;
    return true;
  }

  /** `<!DOCTYPE …>` with an internal subset in brackets: skipped whole, never interpreted. */
  private scanDeclaration(): void {
    const buffer = this.buffer;
    let index = this.index;
    for (; index < buffer.length; index += 1) {
      const code = buffer.charCodeAt(index);
      if (this.declarationQuote !== 0) {
        if (code === this.declarationQuote) this.declarationQuote = 0;
      } else if (code === 0x22 || code === 0x27) {
        this.declarationQuote = code;
      } else if (code === 0x5b /* [ */) {
        this.declarationDepth += 1;
      } else if (code === 0x5d /* ] */) {
        this.declarationDepth = Math.max(0, this.declarationDepth - 1);
      } else if (code === 0x3e && this.declarationDepth === 0) {
        this.index = index + 1;
        this.state = TEXT;
        return;
      }
    }
    this.index = index;
  }
}
