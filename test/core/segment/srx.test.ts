/** SRX 2.0: parsing with a real XML parser, language maps, cascade, and rules applied on top of ours. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSrx, segment } from '../../../src/core/segment/index.js';
import { UserError } from '../../../src/core/errors.js';
import { EXIT } from '../../../src/core/exit-codes.js';

const SRX = `<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="English">
        <rule break="no"><beforebreak>\\bAbt\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
        <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule break="yes"><beforebreak>\\Q--\\E</beforebreak><afterbreak>\\s\\p{Lu}</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="EN.*" languagerulename="English"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>
    </maprules>
  </body>
</srx>`;

test('parseSrx reads rules, language maps and cascade', () => {
  const rules = parseSrx(SRX);
  assert.equal(rules.cascade, true);
  assert.deepEqual(rules.maps.map((m) => [m.languagePattern, m.rules.length]), [['EN.*', 2], ['.*', 1]]);
  assert.deepEqual(rules.maps[0]?.rules[0], { isBreak: false, before: '\\bAbt\\.', after: '\\s' });
});

test('SRX break and no-break rules apply on top of the built-in rules, for the matching language only', () => {
  const rules = parseSrx(SRX);
  const text = 'It weighs 5 kg; the crate is heavier. We counted Abt. Twelve -- Then we left.';
  assert.deepEqual(segment(text, { lang: 'en-US', rules }).map((s) => s.text), [
    'It weighs 5 kg;',
    'the crate is heavier.',
    'We counted Abt. Twelve --',
    'Then we left.',
  ]);
  // French matches only the catch-all map: ";" does not break, "Abt." (unknown in French) does before a capital.
  assert.deepEqual(segment(text, { lang: 'fr', rules }).map((s) => s.text), [
    'It weighs 5 kg; the crate is heavier.',
    'We counted Abt.',
    'Twelve --',
    'Then we left.',
  ]);
});

test('without cascade only the first matching language map applies', () => {
  const rules = parseSrx(SRX.replace('cascade="yes"', 'cascade="no"'));
  assert.equal(rules.cascade, false);
  assert.deepEqual(segment('Stop -- Go now.', { lang: 'en', rules }).map((s) => s.text), ['Stop -- Go now.']);
  assert.deepEqual(segment('Stop -- Go now.', { lang: 'de', rules }).map((s) => s.text), ['Stop --', 'Go now.']);
});

/** The error parseSrx throws: a data error whose parameters are the path and the problem as a code with its parameters. */
function problemOf(xml: string): Record<string, string | number> {
  try {
    parseSrx(xml, 'rules.srx');
  } catch (error) {
    assert.ok(error instanceof UserError && error.code === 'srx-malformed' && error.exitCode === EXIT.dataError, String(error));
    return { ...error.params };
  }
  return assert.fail('parseSrx accepted a malformed file');
}

test('malformed SRX is a data error naming the problem as a code with parameters, no English words', () => {
  assert.deepEqual(problemOf('<html></html>'), { path: 'rules.srx', problem: 'srx-wrong-root', root: 'html' });
  assert.deepEqual(problemOf('<tmx version="1.4"><body/></tmx>'), { path: 'rules.srx', problem: 'srx-wrong-root', root: 'tmx' });
  assert.deepEqual(problemOf('<srx><body><maprules><languagemap languagepattern=".*" languagerulename="Missing"/></maprules></body></srx>'), {
    path: 'rules.srx',
    problem: 'srx-map-unknown-rule',
    rule: 'Missing',
  });
  assert.deepEqual(problemOf('<srx><body><maprules><languagemap languagepattern=".*"/></maprules></body></srx>'), { path: 'rules.srx', problem: 'srx-map-attributes' });
  assert.deepEqual(problemOf(''), { path: 'rules.srx', problem: 'srx-not-xml', line: 1, column: 0, detail: 'document must contain a root element' });
  // Not XML: where, as numbers; the XML parser's own words stay as a detail.
  assert.deepEqual(problemOf('<srx><body>'), { path: 'rules.srx', problem: 'srx-not-xml', line: 1, column: 11, detail: 'unclosed tag: body' });
  assert.equal(problemOf('<srx>\n  <body></srx>')['line'], 2);
  // Apart from the XML parser's detail, no parameter carries words for people.
  for (const xml of ['<html></html>', '<srx><body>', 'not xml at all', '']) {
    const { detail, ...params } = problemOf(xml);
    for (const value of Object.values(params)) assert.doesNotMatch(String(value), /root element|needs|missing|refers/);
    assert.ok(detail === undefined || params['problem'] === 'srx-not-xml');
  }
});

test('a rule with a regular expression JavaScript cannot compile is a clear error', () => {
  const rules = parseSrx(SRX.replace('\\bAbt\\.', '(unclosed'));
  assert.throws(() => segment('Hello.', { lang: 'en', rules }), (e: unknown) => e instanceof UserError && e.code === 'srx-bad-regex');
});
