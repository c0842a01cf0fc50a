import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** End of central directory record: its signature, and how far from the end of the file it may start (a comment follows it). */
const END_SIGNATURE = 0x06054b50;
const END_MIN_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const STORED = 0;
const DEFLATED = 8;

/**
 * The named entries of a zip archive (a jar), uncompressed. Enough of the format for the jars Maven fetches (stored or
 * deflated entries, no zip64): the encoder's jar is unpacked without an unzip tool on the machine.
 */
export function readZipEntries(file: string, names: readonly string[]): Map<string, Buffer> {
  const zip = readFileSync(file);
  let end = -1;
  for (let i = zip.length - END_MIN_BYTES; i >= Math.max(0, zip.length - END_MIN_BYTES - MAX_COMMENT_BYTES); i -= 1) {
    if (zip.readUInt32LE(i) === END_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file}: not a zip archive (no end of central directory)`);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const wanted = new Set(names);
  const out = new Map<string, Buffer>();
  for (let n = 0; n < entries; n += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error(`${file}: damaged central directory at byte ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!wanted.has(name)) continue;
    if (zip.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new Error(`${file}: damaged local header of ${name}`);
    const dataStart = localOffset + LOCAL_HEADER_BYTES + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method === STORED) out.set(name, Buffer.from(data));
    else if (method === DEFLATED) out.set(name, inflateRawSync(data));
    else throw new Error(`${file}: ${name} is compressed with method ${method}, which is not read here`);
  }
  const missing = names.filter((n) => !out.has(n));
  if (missing.length) throw new Error(`${file}: no entry ${missing.join(', ')}`);
  return out;
}
