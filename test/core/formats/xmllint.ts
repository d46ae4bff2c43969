/**
 * DTD validation with libxml2's xmllint against the TMX 1.4 DTD in ../shared/formats/. Missing tools
 * are a failure, not a skip: a test that silently validates nothing proves nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The TMX 1.4 DTD, beside the clone (CI puts shared/ next to it). */
export const TMX_DTD = fileURLToPath(new URL('../../../../shared/formats/tmx14.dtd', import.meta.url));
/** The LISA TMX compliance kit files. */
export const COMPLIANCE_KIT = fileURLToPath(new URL('../../../../shared/formats/tmx-samples/lisa-compliance-kit/', import.meta.url));

/** Validates an XML document (as text) against the TMX DTD; returns xmllint's complaints, '' when valid. */
export function tmxDtdErrors(xml: string): string {
  if (!existsSync(TMX_DTD)) throw new Error(`TMX DTD not found at ${TMX_DTD}: put the shared formats folder beside the repository`);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', TMX_DTD, '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint is needed for DTD validation (apt-get install libxml2-utils): ${result.error.message}`);
  return result.status === 0 ? '' : result.stderr || `xmllint exited with ${result.status}`;
}
