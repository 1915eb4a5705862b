/**
 * Streams CSV records out of UTF-8 chunks with csv-parse, adding what an import needs and csv-parse
 * does not give reliably: each record's first source line (1-based, the header is line 1, right
 * across quoted newlines, `\r\n`, `\n` and `\r`) and its exact source text.
 *
 * A record csv-parse cannot read (a quote opened and never closed, or a "record" that grows past
 * `maxRecordBytes` because of one) comes out as `broken` with the line where it starts; reading then
 * resumes on the next line with a fresh parser, so one stray quote costs one row, not the rest of the
 * file. Only the bytes since the last complete record are held, never the file.
 */
import { Parser } from 'csv-parse';
import { ByteWindow, isBreak, LineCounter, withoutTrailingBreak } from './byte-window.js';

export type CsvEvent =
  | { kind: 'record'; line: number; cells: string[]; readonly raw: string }
  | { kind: 'broken'; line: number; reason: string; raw: string };

/** A record whose source text is decoded only when asked for (rejects need it, loaded rows don't). */
class CsvRecord {
  readonly kind = 'record';
  constructor(readonly line: number, readonly cells: string[], private readonly text: Buffer) {}
  get raw(): string {
    return withoutTrailingBreak(this.text).toString('utf8');
  }
}

export interface CsvReadOptions {
  /** Largest record accepted; beyond it the record is taken to be an unclosed quote. */
  maxRecordBytes?: number;
  /** Recoveries allowed before the file is declared unreadable (each costs a re-parse of the window). */
  maxRecoveries?: number;
}

export class CsvUnreadableError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

const RAW_CAP = 64 * 1024;

type Queued = { cells: string[]; end: number } | { error: { code?: string; message: string } };

/** One csv-parse instance and the records it produced; a recovery starts a new generation. */
class Generation {
  readonly queue: Queued[] = [];
  next = 0;
  failed = false;
  wake?: () => void;
  parser!: Parser;

  /** Records the parser's first error (it stops there); later reports of the same one are ignored. */
  fail(error: Error & { code?: string }): void {
    if (this.failed) return;
    this.failed = true;
    this.queue.push({ error });
    this.wake?.();
  }
}

function startParser(base: number, maxRecordBytes: number): Generation {
  const g = new Generation();
  g.parser = new Parser({
    relax_column_count: true, // ragged rows are judged (and rejected) by the caller, who knows the header
    // Strict quotes: a stray quote is how CSV rows silently merge into each other; strictness turns it
    // into one rejected line instead of a plausible-looking record made of several.
    relax_quotes: false,
    skip_empty_lines: true,
    // Stop at the first error rather than skip on: we restart after that line anyway, and skipping
    // would parse (and build an Error for) the rest of the window on every recovery.
    skip_records_with_error: false,
    record_delimiter: ['\r\n', '\n', '\r'], // files edited on several systems mix them
    max_record_size: maxRecordBytes,
    on_record: (cells: string[], ctx: { bytes: number }) => {
      g.queue.push({ cells, end: base + ctx.bytes });
      return null; // records travel through our queue, not the stream, so none is lost on error
    },
  });
  g.parser.on('error', (err: Error) => g.fail(err));
  g.parser.resume();
  return g;
}

/** Waits for a write/end; the error reaches the write callback before the 'error' event, so both report. */
function settle(g: Generation, act: (done: (err?: Error | null) => void) => void): Promise<void> {
  return new Promise((resolve) => {
    if (g.failed) return resolve();
    g.wake = resolve;
    act((err) => {
      if (err) g.fail(err);
      resolve();
    });
  });
}
const write = (g: Generation, buf: Buffer) => (buf.length ? settle(g, (done) => g.parser.write(buf, done)) : Promise.resolve());
const end = (g: Generation) => settle(g, (done) => g.parser.end(done));

const sizeText = (bytes: number) => (bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : `${bytes} bytes`);

function reasonFor(code: string | undefined, maxRecordBytes: number): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted field opened on this line is never closed';
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'a quoted field opened on this line is closed by a quote followed by more text (an unclosed quote, or a quote not doubled inside a quoted value)';
  if (code === 'INVALID_OPENING_QUOTE') return 'a quote inside an unquoted value (quote the value and double the quote: "5"" screen")';
  if (code === 'CSV_MAX_RECORD_SIZE') return `the record grows past ${sizeText(maxRecordBytes)}: a quote opened on this line is probably never closed`;
  return `unreadable CSV (${code ?? 'parse error'})`;
}

/**
 * The unclaimed source bytes and where they sit: which line the next record starts on, its text, and
 * for a record csv-parse gave up on, its first line (read on to the line's end if need be).
 */
class SourceCursor {
  readonly win = new ByteWindow();
  private readonly lines = new LineCounter();
  pos = 0; // first byte no record has claimed
  eof = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** The next chunk (also kept in the window), or undefined at the end of the input. */
  async pull(): Promise<Buffer | undefined> {
    this.win.dropBefore(this.pos);
    const next = await this.source.next();
    if (next.done) {
      this.eof = true;
      return undefined;
    }
    this.win.push(next.value);
    return next.value;
  }

  /** Skips the empty lines before the next record: where its text starts and its line. */
  private start(): { start: number; line: number } {
    let start = this.pos;
    while (start < this.win.end && isBreak(this.win.byteAt(start))) start++;
    this.lines.advance(this.win.slice(this.pos, start));
    return { start, line: this.lines.line };
  }

  /** Claims a record csv-parse completed at `end`. */
  takeRecord(end: number): { line: number; text: Buffer } {
    const { start, line } = this.start();
    const text = this.win.slice(start, end);
    this.lines.advance(text);
    this.pos = end;
    return { line, text };
  }

  /**
   * Claims the first line of a record csv-parse could not read. The parser may have stopped before
   * that line's end arrived, so read on until it has, keeping only its first RAW_CAP bytes (a 1 GB
   * line without a break must not sit in memory).
   */
  async takeBrokenLine(): Promise<{ line: number; raw: string }> {
    const { start, line } = this.start();
    const parts: Buffer[] = [];
    let kept = 0;
    let from = start;
    const keep = (to: number) => {
      if (kept >= RAW_CAP || to <= from) return;
      const part = this.win.slice(from, Math.min(to, from + RAW_CAP - kept));
      parts.push(part);
      kept += part.length;
    };
    let lineEnd = this.win.indexOfBreak(start);
    while (lineEnd === this.win.end && !this.eof) {
      keep(lineEnd);
      from = lineEnd;
      this.pos = lineEnd; // nothing before it is needed any more
      await this.pull();
      lineEnd = this.win.indexOfBreak(from);
    }
    keep(lineEnd);
    let next = lineEnd;
    if (this.win.byteAt(next) === 0x0d) next++;
    if (this.win.byteAt(next) === 0x0a) next++;
    this.lines.advance(this.win.slice(lineEnd, next)); // the line itself holds no break, by construction
    this.pos = next;
    return { line, raw: Buffer.concat(parts).toString('utf8') };
  }
}

export async function* csvRecords(chunks: AsyncIterable<Buffer>, opts: CsvReadOptions = {}): AsyncGenerator<CsvEvent> {
  const maxRecordBytes = opts.maxRecordBytes ?? 16 * 1024 * 1024;
  const maxRecoveries = opts.maxRecoveries ?? 1000;
  const source = chunks[Symbol.asyncIterator]();
  const cur = new SourceCursor(source);
  let g = startParser(0, maxRecordBytes);
  let recoveries = 0;
  try {
    for (;;) {
      let restarted = false;
      while (g.next < g.queue.length) {
        const q = g.queue[g.next++];
        if ('cells' in q) {
          const { line, text } = cur.takeRecord(q.end);
          yield new CsvRecord(line, q.cells, text);
          continue;
        }
        // Unreadable from here: give up on this line only and parse again after it.
        const { line, raw } = await cur.takeBrokenLine();
        yield { kind: 'broken', line, reason: reasonFor(q.error.code, maxRecordBytes), raw };
        if (++recoveries > maxRecoveries) throw new CsvUnreadableError(line, `more than ${maxRecoveries} unreadable records (the last at line ${line})`);
        g.parser.destroy();
        g = startParser(cur.pos, maxRecordBytes);
        restarted = true;
        break;
      }
      if (g.next === g.queue.length) g.queue.length = g.next = 0; // drained: let the records go
      if (restarted) {
        await write(g, cur.win.slice(cur.pos, cur.win.end));
        if (cur.eof) await end(g);
      } else if (cur.eof) {
        return;
      } else {
        const chunk = await cur.pull();
        await (chunk ? write(g, chunk) : end(g));
      }
    }
  } finally {
    g.parser.destroy();
    await source.return?.();
  }
}
