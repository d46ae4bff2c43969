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

const isMalformed = (reason: RegExp) => (error: unknown) =>
  error instanceof UserError && error.code === 'srx-malformed' && error.exitCode === EXIT.dataError && reason.test(String(error.params['reason']));

test('malformed SRX is a data error that says what is wrong', () => {
  assert.throws(() => parseSrx('<srx><body>', 'rules.srx'), isMalformed(/unclosed/));
  assert.throws(() => parseSrx('<html></html>'), isMalformed(/root element is <html>/));
  assert.throws(() => parseSrx('not xml at all'), isMalformed(/./));
  assert.throws(() => parseSrx('<srx><body><maprules><languagemap languagepattern=".*" languagerulename="Missing"/></maprules></body></srx>'), isMalformed(/missing languagerule "Missing"/));
});

test('a rule with a regular expression JavaScript cannot compile is a clear error', () => {
  const rules = parseSrx(SRX.replace('\\bAbt\\.', '(unclosed'));
  assert.throws(() => segment('Hello.', { lang: 'en', rules }), (e: unknown) => e instanceof UserError && e.code === 'srx-bad-regex');
});
