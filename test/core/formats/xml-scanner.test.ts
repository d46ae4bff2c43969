/**
 * The streaming XML tokenizer under TMX import: what it hands on (text with references decoded, line
 * ends normalised, attributes), the same whatever the chunk borders, and the well-formedness errors
 * it must raise, each checked against libxml2's own verdict so the test data is really (not) XML.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { XmlScanner, XmlSyntaxError } from '../../../src/core/formats/xml-scanner.js';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

/** Events of a document written in chunks of `size` characters (whole when 0); text wanted everywhere. */
function scan(xml: string, size = 0, trackPosition = true): Event[] {
  const events: Event[] = [];
  const scanner: XmlScanner = new XmlScanner(
    {
      openElement: (name) => {
        events.push(['open', name, scanner.attributes()]);
        scanner.wantText = true;
      },
      closeElement: (name) => events.push(['close', name]),
      text: (text) => {
        const last = events.at(-1);
        // Pieces of one text run (cut by chunk borders) are one text to the reader.
        if (last?.[0] === 'text') last[1] += text;
        else events.push(['text', text]);
      },
    },
    trackPosition,
  );
  if (size === 0) scanner.write(xml);
  else for (let i = 0; i < xml.length; i += size) scanner.write(xml.slice(i, i + size));
  scanner.end();
  return events;
}

function scanError(xml: string, size = 0): XmlSyntaxError {
  try {
    scan(xml, size);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
  assert.fail(`no error for ${JSON.stringify(xml)}`);
}

function xmllintAccepts(xml: string): boolean {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
  if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return result.status === 0;
}

const DOCUMENT = [
  '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n',
  '<!DOCTYPE tmx [\n  <!ELEMENT tmx ANY>\n  <!-- a > inside the subset -->\n]>\n',
  '<!-- comment with <tags> & ampersands -->\n',
  "<tmx version='1.4'>\r\n",
  '  <seg a = "x&amp;y&#x9;z" b="line\r\nend\ttab">one &lt;two&gt; &quot;&apos; &#65;&#x1F600; caf\u00e9\r\nnext\rlast</seg>\n',
  '  <seg><![CDATA[<raw> &amp; kept]]>after</seg><empty x="1"/>\n',
  '  <?pi inside?>\n',
  '</tmx >\n',
  '<!-- trailing comment -->\n',
].join('');

const EXPECTED: Event[] = [
  ['open', 'tmx', { version: '1.4' }],
  ['text', '\n  '],
  ['open', 'seg', { a: 'x&y\tz', b: 'line end tab' }],
  ['text', 'one <two> "\' A😀 café\nnext\nlast'],
  ['close', 'seg'],
  ['text', '\n  '],
  ['open', 'seg', {}],
  ['text', '<raw> &amp; keptafter'],
  ['close', 'seg'],
  ['open', 'empty', { x: '1' }],
  ['close', 'empty'],
  ['text', '\n  \n'],
  ['close', 'tmx'],
];

test('references, CDATA, comments, PIs, a DOCTYPE with an internal subset, line ends and attribute normalisation, as XML defines them', () => {
  assert.ok(xmllintAccepts(DOCUMENT.slice(1)), 'the test document is well-formed XML');
  assert.deepEqual(scan(DOCUMENT), EXPECTED);
});

test('the same events whatever the chunk borders (inside names, attribute values, references, CR LF, surrogate pairs)', () => {
  for (let size = 1; size <= 40; size++) assert.deepEqual(scan(DOCUMENT, size), EXPECTED, `chunks of ${size}`);
});

const MALFORMED: Array<[string, RegExp, number?]> = [
  ['<tmx><body><tu></body></tmx>', /<\/body> does not match <tu>/],
  ['<tmx>\n<body>\n<tu>', /<tu> is not closed/, 3],
  ['<tmx></tmx></tmx>', /without a start tag/],
  ['<tmx/><tmx/>', /second root/],
  ['text <tmx/>', /text before the root/],
  ['<tmx/> text', /text after the root/],
  ['<tmx><seg>a &nbsp; b</seg></tmx>', /undefined entity: &nbsp;/],
  ['<tmx><seg>fish & chips</seg></tmx>', /'&' must start/],
  ['<tmx><seg>&#65</seg></tmx>', /'&' must start/],
  ['<tmx><seg>bell &#7;</seg></tmx>', /forbids/],
  ['<tmx><seg>half &#xD800;</seg></tmx>', /forbids/],
  ['<tmx><seg>bell \u0007</seg></tmx>', /U\+0007 is not allowed/],
  ['<tmx><seg>\uFFFE</seg></tmx>', /U\+FFFE is not allowed/],
  ['<tmx a=1/>', /must be quoted/],
  ['<tmx a/>', /has no value/],
  ['<tmx a="1" a="2"/>', /appears twice/],
  ['<tmx a="1"b="2"/>', /separated by white space/],
  ['<tmx><seg a="&bogus;"/></tmx>', /undefined entity/],
  ['<tmx><seg', /end of the file inside markup/],
  ['<tmx><!-- open', /end of the file inside markup/],
  ['', /no root element/],
  ['<tmx><!BOGUS stuff></tmx>', /unknown markup/],
];

test('malformed documents are refused with a reason (each one libxml2 refuses too), whatever the chunk size', () => {
  for (const [xml, reason] of MALFORMED) {
    assert.equal(xmllintAccepts(xml), false, `xmllint should refuse ${JSON.stringify(xml)}`);
    for (const size of [0, 1, 3]) assert.match(scanError(xml, size).reason, reason, `${JSON.stringify(xml)} in chunks of ${size}`);
  }
});

test('errors give the line and column, counted across chunks; without tracking they carry line 0', () => {
  const xml = '<?xml version="1.0"?>\n<tmx>\n  <body>\n    <tu></body>\n</tmx>\n';
  for (const size of [0, 1, 5, 64]) {
    const error = scanError(xml, size);
    assert.equal(error.line, 4, `chunks of ${size}`);
    assert.equal(error.column, 9, `chunks of ${size}`);
  }
  assert.equal(scanError('<tmx>\n\n<a>').line, 3);
  try {
    scan(xml, 0, false);
    assert.fail('no error');
  } catch (error) {
    assert.ok(error instanceof XmlSyntaxError);
    assert.equal(error.line, 0);
  }
});

test('text is cut out only while wanted: skipped text is neither decoded nor checked', () => {
  const texts: string[] = [];
  const scanner: XmlScanner = new XmlScanner({
    openElement: (name) => (scanner.wantText = name === 'seg'),
    closeElement: () => (scanner.wantText = false),
    text: (text) => texts.push(text),
  });
  scanner.write('<tmx><note>skipped &amp; not decoded</note><seg>kept &amp; decoded</seg>between<seg>2</seg></tmx>');
  scanner.end();
  assert.deepEqual(texts, ['kept & decoded', '2']);
});
