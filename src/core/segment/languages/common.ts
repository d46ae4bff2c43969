/** Lists shared by several languages: Latin abbreviations used everywhere and web page boilerplate. */

/** Abbreviations used in texts of any Latin-script language (scholarly Latin, units, "etc."). */
export const INTERNATIONAL_ABBREVIATIONS = [
  'etc', 'e.g', 'i.e', 'cf', 'vs', 'viz', 'ca', 'approx', 'et al', 'al', 'ibid', 'op', 'cit', 'Ph.D', 'Ph', 'Dr', 'Prof',
  'Jr', 'Sr', 'St', 'Mt', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'a.m', 'p.m', 'A.M', 'P.M', 'U.S', 'U.K', 'E.U', 'U.N',
];

/** Words of navigation and sharing widgets that web pages wrap around an article. */
export const WEB_CHROME_WORDS = [
  'print', 'e-mail', 'email', 'mail', 'bookmark', 'and', 'share', 'tweet', 'facebook', 'twitter', 'linkedin', 'weibo',
  'wechat', 'whatsapp', 'reddit', 'pinterest', 'close', 'top', 'back', 'to', 'next', 'previous', 'prev', 'home',
  'copy', 'link', 'save', 'comment', 'comments', 'like', 'font', 'size', 'a+', 'a-', '|', '·', '/', '-', '»', '«',
];

/** CJK boilerplate words of web pages (打印 "print", 分享 "share", 关闭 "close" ...). */
export const CJK_CHROME_WORDS = ['打印', '分享', '关闭', '返回顶部', '收藏', '纠错', '责任编辑', '字号', '大', '中', '小', '印刷', '共有', 'シェア', 'ツイート', '閉じる', '列印', '關閉'];
