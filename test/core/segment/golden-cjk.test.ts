/** Chinese and Japanese: sentences without spaces, full-width marks, quotes and brackets. */
import { runGoldenTable } from './golden-table.js';

runGoldenTable('zh-CN', [
  { name: '。 without a space', input: '今天下雨了。我们没有出门。', expected: ['今天下雨了。', '我们没有出门。'] },
  { name: '？', input: '你去哪儿？我去学校。', expected: ['你去哪儿？', '我去学校。'] },
  { name: '！', input: '太好了！我们赢了。', expected: ['太好了！', '我们赢了。'] },
  { name: 'closing ” stays with its sentence', input: '他说：“我明天来。”然后他走了。', expected: ['他说：“我明天来。”', '然后他走了。'] },
  { name: 'book title marks inside a sentence', input: '我读了《红楼梦》。这是一部小说。', expected: ['我读了《红楼梦》。', '这是一部小说。'] },
  { name: 'closing ） after 。', input: '请见附件。（附件共三页。）下面是正文。', expected: ['请见附件。', '（附件共三页。）', '下面是正文。'] },
  { name: 'ellipsis inside a sentence', input: '他想了想……最后还是同意了。', expected: ['他想了想……最后还是同意了。'] },
  { name: 'ellipsis closing a quotation', input: '“我不知道……”她低下了头。', expected: ['“我不知道……”', '她低下了头。'] },
  { name: 'decimal number', input: '增长了3.5%。这是好消息。', expected: ['增长了3.5%。', '这是好消息。'] },
  { name: 'Latin abbreviation inside Chinese', input: '他在 U.S. 工作。后来回国了。', expected: ['他在 U.S. 工作。', '后来回国了。'] },
  { name: '？！ together', input: '真的吗？！太棒了。', expected: ['真的吗？！', '太棒了。'] },
  { name: 'exclamation inside a quotation', input: '“快跑！”他喊道。', expected: ['“快跑！”', '他喊道。'] },
  { name: 'half-width quotes around a quotation', input: '要"千方百计创造条件"。请问进展如何？', expected: ['要"千方百计创造条件"。', '请问进展如何？'] },
  { name: 'full-width ） inside a sentence', input: '中小企业（SMEs）是重要组成部分。谢谢。', expected: ['中小企业（SMEs）是重要组成部分。', '谢谢。'] },
  { name: 'no final punctuation', input: '这是一个没有句号的句子', expected: ['这是一个没有句号的句子'] },
  { name: 'version number', input: '第1.5版已发布。请更新。', expected: ['第1.5版已发布。', '请更新。'] },
]);

runGoldenTable('zh-TW', [
  { name: '「」 quotation', input: '他說：「我明天來。」然後他走了。', expected: ['他說：「我明天來。」', '然後他走了。'] },
  { name: '『』 nested quotation', input: '她說：「書名是『三國』。」大家都笑了。', expected: ['她說：「書名是『三國』。」', '大家都笑了。'] },
]);

runGoldenTable('ja', [
  { name: '。 without a space', input: '今日は雨です。明日は晴れるでしょう。', expected: ['今日は雨です。', '明日は晴れるでしょう。'] },
  { name: '？', input: '本当ですか？はい、本当です。', expected: ['本当ですか？', 'はい、本当です。'] },
  { name: '！', input: 'すごい！やった！', expected: ['すごい！', 'やった！'] },
  { name: 'quotation followed by と stays in the sentence', input: '彼は「明日行きます。」と言った。', expected: ['彼は「明日行きます。」と言った。'] },
  { name: 'quotation followed by って', input: '「もう無理！」って叫んだ。次の日は休んだ。', expected: ['「もう無理！」って叫んだ。', '次の日は休んだ。'] },
  { name: 'quotation then a new sentence', input: '「行きます。」彼はそう言った。', expected: ['「行きます。」', '彼はそう言った。'] },
  { name: 'note in full-width parentheses', input: '（注：数値は速報値。）次に進みます。', expected: ['（注：数値は速報値。）', '次に進みます。'] },
  { name: 'half-width ｡', input: 'ｱﾘｶﾞﾄｳ｡ｻﾖｳﾅﾗ｡', expected: ['ｱﾘｶﾞﾄｳ｡', 'ｻﾖｳﾅﾗ｡'] },
  { name: 'decimal number', input: '価格は3.5%上昇した。', expected: ['価格は3.5%上昇した。'] },
  { name: 'ellipsis inside a sentence', input: 'えっと……わかりません。', expected: ['えっと……わかりません。'] },
  { name: 'ellipsis closing a quotation', input: '「待って……」彼女は言った。', expected: ['「待って……」', '彼女は言った。'] },
  { name: 'full-width period ．', input: 'これはペンです．あれは本です．', expected: ['これはペンです．', 'あれは本です．'] },
  { name: 'Latin abbreviation glued to kana', input: 'U.S.の経済は回復した。', expected: ['U.S.の経済は回復した。'] },
  { name: '！？ together', input: 'まさか！？信じられない。', expected: ['まさか！？', '信じられない。'] },
  { name: '『』 title', input: '『こころ』を読んだ。面白かった。', expected: ['『こころ』を読んだ。', '面白かった。'] },
]);
