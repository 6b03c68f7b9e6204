# Reading, querying, building and writing XML with xml.etree.ElementTree.
import io
import xml.etree.ElementTree as ET

CATALOG = """<?xml version="1.0" encoding="UTF-8"?>
<!-- product catalog -->
<catalog store="Tools &amp; Co">
  <product sku="T-100" category="hand">
    <name>Hammer</name>
    <price currency="EUR">12.50</price>
    <stock>40</stock>
  </product>
  <product sku="T-200" category="power">
    <name>Drill &lt;18V&gt;</name>
    <price currency="EUR">89.00</price>
    <stock>0</stock>
    <note><![CDATA[Battery <not> included]]></note>
  </product>
  <product sku="T-300" category="hand">
    <name>Screwdriver set</name>
    <price currency="USD">19.99</price>
    <stock>12</stock>
  </product>
</catalog>
"""

root = ET.fromstring(CATALOG)
print(root.tag, root.attrib, len(root), [p.get("sku") for p in root])
total = 0.0
for product in root.iter("product"):
    name = product.findtext("name")
    price = float(product.find("price").text)
    stock = int(product.findtext("stock"))
    total += price * stock
    flag = "out of stock" if stock == 0 else f"{stock} left"
    print(f"{product.get('sku'):<6} {name:<16} {price:>7.2f} {product.find('price').get('currency')} ({flag})")
print(f"stock value: {total:.2f}")
print([p.findtext("name") for p in root.findall("product[@category='hand']")])
print(root.find(".//note").text, root.findall("*/stock")[2].text, len(root.findall(".//*")))
print(root.find("product/missing"), root.findtext("product/missing", "n/a"), [e.tag for e in root[1]])

report = ET.Element("report", date="2024-05-01")
summary = ET.SubElement(report, "summary")
summary.text = f"{len(root)} products"
for product in root.findall("product"):
    if int(product.findtext("stock")) < 20:
        low = ET.SubElement(report, "low-stock", sku=product.get("sku"))
        low.text = product.findtext("name")
ET.SubElement(report, "empty")
ET.SubElement(report, "comment", text='say "hi"\tnow').text = "5 < 6 & 7 > 3"
print(ET.tostring(report))
print(ET.tostring(report, encoding="unicode"))
ET.indent(report, space="    ")
print(ET.tostring(report, encoding="unicode"))
buf = io.BytesIO()
ET.ElementTree(report).write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue().decode().splitlines()[:3])
tree = ET.parse(io.StringIO(CATALOG))
print(tree.getroot().get("store"), tree.findtext("product/name"), len(tree.findall(".//price")))
ET.dump(ET.fromstring("<a><b x='1'>t</b>tail</a>"))
print("".join(ET.fromstring("<p>Hello <b>big</b> world<br/>!</p>").itertext()))
doc = ET.fromstring("<list><i>1</i><i>2</i><i>3</i></list>")
doc.remove(doc[1])
doc.insert(0, ET.Element("i", n="0"))
doc[-1].text = "three"
print(ET.tostring(doc, encoding="unicode"), [i.text for i in doc], doc[0].attrib)
print(ET.tostring(ET.fromstring("<t>caf\u00e9 \u2713</t>")), ET.tostring(ET.fromstring("<t>&#169;</t>"), encoding="unicode"))
for bad in ["<a>", "<a></b>", "<a><b></a>", "", "<x/><y/>", "<a>&nbsp;</a>", "<a b='1' b='2'/>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(f"{bad!r:<20} {e} {e.position}")
