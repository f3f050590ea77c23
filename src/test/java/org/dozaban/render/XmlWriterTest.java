package org.dozaban.render;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void nestedElementsAreIndentedAndTextElementsStayOnOneLine() {
        String xml = XmlWriter.document("root", NS)
                .open("a").element("b", "text").empty("c").attribute("k", "v").close()
                .finish();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root xmlns=\"urn:test\">\n"), xml);
        assertTrue(xml.contains("\n  <a>\n    <b>text</b>\n    <c k=\"v\"/>\n  </a>\n</root>\n"), xml);
    }
}
