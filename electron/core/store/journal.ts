// The write-ahead journal: one checksummed line per acknowledged write transaction.
// Line = 8 hex digits of CRC32 over the JSON text, a space, the JSON, "\n". The first line is a header naming the
// checkpointed file the entries apply to: its epoch (also stored in the file as PRAGMA application_id), size and
// CRC32. So a journal left over from before a completed checkpoint is skipped instead of applied twice, and a
// file whose bytes match the header needs no slow integrity check at open.
import { closeSync, existsSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { fsyncDir, writeAll } from './files';
import type { SqlValue, Statement } from './types';

type EncodedValue = string | number | null | { b: string } | { n: string };

export interface JournalHeader {
  epoch: number;
  size: number;
  crc: number;
}

interface EntryLine {
  seq: number;
  w: [string, EncodedValue[]][];
}

export interface JournalEntry {
  seq: number;
  statements: Statement[];
}

export interface JournalContents {
  /** The header, or null when the journal is missing, empty or its header is unreadable. */
  header: JournalHeader | null;
  entries: JournalEntry[];
  /** Bytes of the valid prefix (header plus good entries). */
  goodBytes: number;
  totalBytes: number;
  /** Why reading stopped early, when it did (a torn or corrupt line). */
  problem: string | null;
  /** True when the problem line was followed by more lines (so acknowledged data may be missing). */
  problemInMiddle: boolean;
}

function encodeValue(v: SqlValue): EncodedValue {
  if (v instanceof Uint8Array) return { b: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  // JSON has no Infinity/NaN; keep them exact so replay binds the same value.
  if (typeof v === 'number' && !Number.isFinite(v)) return { n: String(v) };
  return v;
}

function decodeValue(v: EncodedValue): SqlValue {
  if (v !== null && typeof v === 'object') {
    if ('b' in v) return new Uint8Array(Buffer.from(v.b, 'base64'));
    return Number(v.n);
  }
  return v;
}

function line(payload: JournalHeader | EntryLine): Buffer {
  const json = JSON.stringify(payload);
  const body = Buffer.from(json, 'utf8');
  const sum = crc32(body).toString(16).padStart(8, '0');
  return Buffer.concat([Buffer.from(sum + ' ', 'ascii'), body, Buffer.from('\n', 'ascii')]);
}

export function encodeEntry(seq: number, statements: Statement[]): Buffer {
  return line({ seq, w: statements.map((s) => [s.sql, (s.params ?? []).map(encodeValue)]) });
}

/**
 * The statements of one write as the journal spells them (the JSON of an entry's `w`), UTF-8. Built where the
 * statements are made (e.g. a sync worker), so the store can journal the bytes as they are and only parse them.
 */
export function encodeStatements(statements: Statement[]): Uint8Array {
  return Buffer.from(JSON.stringify(statements.map((s) => [s.sql, (s.params ?? []).map(encodeValue)])), 'utf8');
}

/** The statements in bytes made by encodeStatements. */
export function decodeStatements(bytes: Uint8Array): Statement[] {
  const w: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  if (!Array.isArray(w)) throw new Error('The encoded write is not a list of statements.');
  return (w as EntryLine['w']).map(([sql, params]) => {
    if (typeof sql !== 'string' || !Array.isArray(params)) throw new Error('The encoded write has a malformed statement.');
    return { sql, params: params.map(decodeValue) };
  });
}

/** The same line encodeEntry(seq, decodeStatements(w)) gives, without encoding the statements again. */
export function encodeEntryFrom(seq: number, w: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(`{"seq":${seq},"w":`, 'ascii'), w, Buffer.from('}', 'ascii')]);
  const sum = crc32(body).toString(16).padStart(8, '0');
  return Buffer.concat([Buffer.from(sum + ' ', 'ascii'), body, Buffer.from('\n', 'ascii')]);
}

export function encodeHeader(header: JournalHeader): Buffer {
  return line({ epoch: header.epoch, size: header.size, crc: header.crc });
}

/** The header describing a database file's bytes. */
export function headerFor(epoch: number, data: Uint8Array): JournalHeader {
  return { epoch, size: data.length, crc: crc32(data) };
}

function parseLine(raw: Buffer): unknown {
  if (raw.length < 10 || raw[8] !== 0x20) throw new Error('malformed line');
  const body = raw.subarray(9);
  const expected = raw.subarray(0, 8).toString('ascii');
  const actual = crc32(body).toString(16).padStart(8, '0');
  if (expected !== actual) throw new Error('checksum mismatch');
  return JSON.parse(body.toString('utf8'));
}

function isEntry(v: unknown): v is EntryLine {
  return typeof v === 'object' && v !== null && typeof (v as EntryLine).seq === 'number' && Array.isArray((v as EntryLine).w);
}

export function readJournal(path: string): JournalContents {
  const out: JournalContents = { header: null, entries: [], goodBytes: 0, totalBytes: 0, problem: null, problemInMiddle: false };
  if (!existsSync(path)) return out;
  const data = readFileSync(path);
  out.totalBytes = data.length;
  let pos = 0;
  let lineNo = 0;
  while (pos < data.length) {
    const nl = data.indexOf(0x0a, pos);
    lineNo++;
    if (nl < 0) {
      out.problem = `line ${lineNo} is incomplete (${data.length - pos} bytes), probably torn by a crash`;
      break;
    }
    try {
      const value = parseLine(data.subarray(pos, nl));
      if (lineNo === 1) {
        const h = value as JournalHeader;
        if (typeof h.epoch !== 'number' || typeof h.size !== 'number' || typeof h.crc !== 'number') throw new Error('not a header');
        out.header = { epoch: h.epoch, size: h.size, crc: h.crc };
      } else {
        if (!isEntry(value)) throw new Error('not an entry');
        out.entries.push({
          seq: value.seq,
          statements: value.w.map(([sql, params]) => ({ sql, params: params.map(decodeValue) })),
        });
      }
    } catch (err) {
      out.problem = `line ${lineNo} is unreadable: ${(err as Error).message}`;
      out.problemInMiddle = nl + 1 < data.length;
      break;
    }
    pos = nl + 1;
    out.goodBytes = pos;
  }
  return out;
}

/** The open journal file: appends are written and fdatasync'ed before they return. */
export class Journal {
  private fd: number;
  private size: number;
  private headerSize: number;

  constructor(readonly path: string) {
    const created = !existsSync(path);
    this.fd = openSync(path, 'a+');
    // A new file's name must reach the disk too, or a power cut could lose the whole journal.
    if (created) fsyncDir(dirname(path));
    this.size = fstatSync(this.fd).size;
    const head = Buffer.alloc(Math.min(this.size, 256));
    readSync(this.fd, head, 0, head.length, 0);
    this.headerSize = head.indexOf(0x0a) + 1;
  }

  get bytes(): number {
    return this.size;
  }

  /** Whether any write is journaled since the last checkpoint. */
  get hasEntries(): boolean {
    return this.size > this.headerSize;
  }

  /** Appends one line durably; on failure cuts the file back so no partial line stays behind. */
  append(data: Buffer): number {
    const before = this.size;
    try {
      writeAll(this.fd, data);
      fdatasyncSync(this.fd);
      this.size += data.length;
      return before;
    } catch (err) {
      try {
        ftruncateSync(this.fd, before);
      } catch {
        /* the original error is the one worth reporting */
      }
      throw err;
    }
  }

  /** Cuts the file to `length` bytes (used after a torn tail, and to empty it after a checkpoint). */
  truncate(length: number): void {
    ftruncateSync(this.fd, length);
    fdatasyncSync(this.fd);
    this.size = length;
    this.headerSize = Math.min(this.headerSize, length);
  }

  /** Empties the journal and starts it for the file the header describes. */
  reset(h: JournalHeader): void {
    this.truncate(0);
    const header = encodeHeader(h);
    this.append(header);
    this.headerSize = header.length;
  }

  close(): void {
    closeSync(this.fd);
  }
}

