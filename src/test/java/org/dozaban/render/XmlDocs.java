package org.dozaban.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Parses generated XML strictly, with namespaces, and walks it by namespace and local name. */
final class XmlDocs {

    private XmlDocs() {
    }

    /** The document element of {@code xml}; a parse error fails the test. */
    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return document.getDocumentElement();
    }

    /** The child elements of {@code parent} named {@code name} in {@code namespace}, in document order. */
    static List<Element> children(Element parent, String namespace, String name) {
        List<Element> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                out.add(element);
            }
        }
        return out;
    }

    /** The text of the one child named {@code name}; fails when there is none or more than one. */
    static String only(Element parent, String namespace, String name) {
        List<Element> found = children(parent, namespace, name);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " <" + name + "> in <" + parent.getLocalName() + ">, expected 1");
        }
        return found.get(0).getTextContent();
    }
}
