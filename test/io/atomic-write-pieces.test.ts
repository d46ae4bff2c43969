/** Writing a file given in pieces: the bytes on disk, the chunking, and the size reported. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeProject, serializeProjectPieces } from '../../src/core/project/index.js';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { goldProject } from '../core/project/gold-project.js';

test('a text in pieces is written byte for byte, in chunks, and its size returned', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-atomic-'));
  const path = join(dir, 'big.txt');
  // 3 MB of mixed scripts, with a surrogate pair (𠀋) and CJK at every piece boundary.
  const pieces = Array.from({ length: 3000 }, (_, i) => `${i} 国务院新闻办公室 𠀋 Conférence de presse ${'x'.repeat(950)}\n`);
  const chunks: number[] = [];
  const bytes = writeFileAtomic(path, pieces, { hooks: { afterChunk: (written) => chunks.push(written) } });
  const expected = Buffer.from(pieces.join(''), 'utf8');
  assert.equal(bytes, expected.length);
  assert.deepEqual(readFileSync(path), expected);
  assert.ok(chunks.length >= 3, `written in ${chunks.length} chunks`);
  assert.ok(chunks.every((written, i) => i === 0 || written > chunks[i - 1]!), 'the count only grows');
  assert.equal(chunks.at(-1), expected.length);
  assert.deepEqual(readdirSync(dir), ['big.txt']);
});

test('the project text in pieces joins to the file text, in pieces of bounded size', () => {
  const project = goldProject(['zh-CN', 'fr', 'ja']);
  const pieces = [...serializeProjectPieces(project)];
  assert.equal(pieces.join(''), serializeProject(project));
  assert.ok(pieces.length > 5);
  const dir = mkdtempSync(join(tmpdir(), 'bitext-atomic-'));
  const path = join(dir, 'p.bitext.json');
  assert.equal(writeFileAtomic(path, serializeProjectPieces(project)), Buffer.byteLength(serializeProject(project)));
  assert.equal(readFileSync(path, 'utf8'), serializeProject(project));
});
