package org.dozaban.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlWriterTest {

    private static final String NS = "urn:test";

    @Test
    void markupInTextAndAttributesIsEscapedAndReadsBackTheSame() throws Exception {
        String tricky = "a < b && \"c\" > 'd' </x> ]]> ‌زبان";
        String xml = XmlWriter.document("root", NS).xmlAttribute("lang", "fa")
                .open("item").attribute("title", tricky).text(tricky).close()
                .finish();
        Element root = XmlDocs.parse(xml);
        assertEquals("fa", root.getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
        Element item = XmlDocs.children(root, NS, "item").get(0);
        assertEquals(tricky, item.getTextContent());
        assertEquals(tricky, item.getAttribute("title"));
    }

    @Test
    void charactersXmlForbidsAreDroppedSoTheDocumentStillParses() throws Exception {
        String xml = XmlWriter.document("root", NS).element("item", "bell\u0007 nul\u0000 lone\uD800 end").finish();
        assertEquals("bell nul lone end", XmlDocs.only(XmlDocs.parse(xml), NS, "item"));
    }

    @Test
    void aFragmentMadeApartReadsAsTheSameElementsWrittenInPlace() {
        String entry = XmlWriter.fragment(2).open("entry").element("title", "a < b").empty("link")
                .attribute("href", "/x?a&b").open("content").xmlAttribute("base", "/x/").text("<p>زبان</p>").close()
                .close().fragmentText();
        // spliced after a start tag still open for attributes, and after other children
        String spliced = XmlWriter.document("root", NS).open("list").attribute("k", "v").fragment(entry)
                .element("count", "2").fragment(entry).close().finish();
        XmlWriter direct = XmlWriter.document("root", NS).open("list").attribute("k", "v");
        for (int i = 0; i < 2; i++) {
            direct.open("entry").element("title", "a < b").empty("link").attribute("href", "/x?a&b")
                    .open("content").xmlAttribute("base", "/x/").text("<p>زبان</p>").close().close();
            if (i == 0) {
                direct.element("count", "2");
            }
        }
        assertEquals(direct.close().finish(), spliced);
        assertTrue(spliced.contains("<list k=\"v\">\n    <entry>\n      <title>a &lt; b</title>"), spliced);
        assertThrows(IllegalStateException.class, () -> XmlWriter.fragment(1).open("a").fragmentText(),
                "an element left open");
    }

    @Test
    void nestedElementsAreIndentedAndTextElementsStayOnOneLine() {
        String xml = XmlWriter.document("root", NS)
                .open("a").element("b", "text").empty("c").attribute("k", "v").close()
                .finish();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root xmlns=\"urn:test\">\n"), xml);
        assertTrue(xml.contains("\n  <a>\n    <b>text</b>\n    <c k=\"v\"/>\n  </a>\n</root>\n"), xml);
    }
}
