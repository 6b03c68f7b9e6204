# html: escape/unescape (HTML5 references), html.entities, html.parser.HTMLParser events.
import html
import html.entities
from html.parser import HTMLParser

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('<"\'>', quote=False))
for s in ['a &amp; b &lt; &#62; &#x3e; &notanentity; &amp &ampx', '&#0; &#x80; &#x9f; &#xd800; &#1114112;',
          '&#12; &#xfffe; &#127; &#x10FFFF; &#65 &#x41', '&Aacute &aacutex &#', '&;', '&nbsp;&copy;&eacute;',
          '&NotNestedGreaterGreater; &acE; &fjlig;', 'no refs', '&#99999999999999999999;', '&#x;', '&lt&gt']:
    print(repr(s), '->', ascii(html.unescape(s)))
print(len(html.entities.html5), len(html.entities.name2codepoint), len(html.entities.codepoint2name),
      len(html.entities.entitydefs))
print(html.entities.html5['amp;'], html.entities.html5['amp'], ascii(html.entities.html5['NotEqualTilde;']),
      html.entities.name2codepoint['eacute'], html.entities.codepoint2name[0x3b1], html.entities.entitydefs['lt'])
print(list(html.entities.html5)[:6], list(html.entities.name2codepoint)[:4], html.entities.__all__)


class Dump(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs, repr(self.get_starttag_text()), self.getpos())

    def handle_endtag(self, tag):
        print('end', tag, self.getpos())

    def handle_startendtag(self, tag, attrs):
        print('startend', tag, attrs)

    def handle_data(self, data):
        print('data', repr(data))

    def handle_charref(self, name):
        print('charref', name)

    def handle_entityref(self, name):
        print('entityref', name)

    def handle_comment(self, data):
        print('comment', repr(data))

    def handle_decl(self, decl):
        print('decl', repr(decl))

    def handle_pi(self, data):
        print('pi', repr(data))

    def unknown_decl(self, data):
        print('unknown_decl', repr(data))


DOC = '''<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; page</title>
<meta charset=utf-8><link rel='stylesheet' href="a.css"/>
<style>p > a { color: red } </p></style>
<script type="text/javascript">if (a < b && c > d) { x = "</div>"; }</script>
</head>
<body class="main  wide" data-x=1 checked>
<!-- a comment -- with dashes -->
<p id=first>Caf&eacute; &copy; 2024 &#169; &#xA9; &unknown; 5 < 6 & 7 > 3</p>
<img src="x.png" alt='A "quoted" alt' /><br/><hr>
<?xml version="1.0"?>
<![CDATA[ raw <data> ]]>
<!bogus comment>
</ p></p junk></>
<a href="?a=1&amp;b=2&c=3">link</a>
<DIV CLASS=Upper>Mixed CASE</DIV>
</body></html>
'''
for conv in (True, False):
    print('==== convert_charrefs', conv)
    p = Dump(convert_charrefs=conv)
    p.feed(DOC)
    p.close()
print('==== chunked')
p = Dump()
for i in range(0, len(DOC), 7):
    p.feed(DOC[i:i + 7])
p.close()
print('==== incomplete at close')
for tail in ['<a href="x', '&amp', '<!-- no end', '<', 'text &#12', '<![CDATA[x', '<script>unclosed', '</a']:
    p = Dump(convert_charrefs=False)
    p.feed(tail)
    print('-- fed', repr(tail), repr(p.rawdata))
    p.close()
p = Dump()
p.feed('<a>')
p.reset()
print(repr(p.rawdata), p.lasttag, p.getpos(), p.cdata_elem, HTMLParser.CDATA_CONTENT_ELEMENTS)
