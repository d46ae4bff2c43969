import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText, findInvalidUtf8, readText } from '../../src/io/read-text.js';
import { UserError } from '../../src/core/errors.js';
import { EXIT } from '../../src/core/exit-codes.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

test('decodeText strips a BOM and normalises CRLF and CR to LF', () => {
  const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('黄利斌：\r\nFirst.\rSecond.\n', 'utf8')]);
  assert.equal(decodeText(input, 'x'), '黄利斌：\nFirst.\nSecond.\n');
});

test('findInvalidUtf8 gives the offset of the first bad byte', () => {
  assert.equal(findInvalidUtf8(Buffer.from('Huang Libin: 你好 😀', 'utf8')), -1);
  assert.equal(findInvalidUtf8(bytes(0x41, 0x42, 0xff, 0x43)), 2);
  assert.equal(findInvalidUtf8(bytes(0x41, 0xc0, 0x80)), 1, 'overlong encoding');
  assert.equal(findInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80)), 1, 'UTF-8 encoded surrogate');
  assert.equal(findInvalidUtf8(bytes(0x41, 0x41, 0xe4, 0xbd)), 2, 'truncated sequence at the end');
  // GB18030 bytes of 你好, the usual mistake with Chinese files
  assert.equal(findInvalidUtf8(bytes(0xc4, 0xe3, 0xba, 0xc3)), 0);
});

test('invalid UTF-8 is a data error naming the file and the offset', () => {
  assert.throws(
    () => decodeText(bytes(0x4f, 0x4b, 0x20, 0xc4, 0xe3), 'brief.txt'),
    (error: unknown) =>
      error instanceof UserError && error.code === 'invalid-utf8' && error.params['offset'] === 3 && error.params['path'] === 'brief.txt' && error.exitCode === EXIT.dataError,
  );
});

test('readText: a missing file and a folder are user errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-read-'));
  assert.throws(() => readText(join(dir, 'nope.txt')), (e: unknown) => e instanceof UserError && e.code === 'file-not-found');
  assert.throws(() => readText(dir), (e: unknown) => e instanceof UserError && e.code === 'file-is-directory');
  writeFileSync(join(dir, 'ok.txt'), 'Thank you.\r\n');
  assert.equal(readText(join(dir, 'ok.txt')), 'Thank you.\n');
});

test('a binary file that happens to be valid UTF-8 is a data error, not text', () => {
  // A zip container (.docx, .odt) starts PK\x03\x04 and then NULs; UTF-16LE without a BOM too.
  const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00);
  assert.throws(
    () => decodeText(zip, 'brief.docx'),
    (e: unknown) => e instanceof UserError && e.code === 'binary-file' && e.params['offset'] === 5 && e.exitCode === EXIT.dataError,
  );
  assert.throws(() => decodeText(Buffer.from('Thank you.', 'utf16le'), 'x.txt'), (e: unknown) => e instanceof UserError && e.code === 'binary-file');
});

test('UTF-16 with a BOM is named as such', () => {
  const littleEndian = Buffer.from('\ufeff谢谢。', 'utf16le');
  const bigEndian = Buffer.from(littleEndian).swap16();
  for (const input of [littleEndian, bigEndian]) {
    assert.throws(() => decodeText(input, 'zh.txt'), (e: unknown) => e instanceof UserError && e.code === 'utf16-text' && e.exitCode === EXIT.dataError);
  }
});
