package org.dozaban.render;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An XML document written through {@link XMLStreamWriter}, which does the escaping, indented two
 * spaces per level so the committed feeds and sitemap read and diff well. Elements holding text stay
 * on one line, since whitespace added there would change the text.
 */
final class XmlWriter {

    /** Java does not promise that a factory is thread-safe: one per thread. */
    private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal.withInitial(XMLOutputFactory::newFactory);

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter out;
    /** Per open element: whether it has child elements, so its end tag goes on a line of its own. */
    private final Deque<Boolean> nested = new ArrayDeque<>();

    /** Elements around the text written, opened elsewhere: none in a document. */
    private final int outer;

    private XmlWriter(int outer) {
        this.outer = outer;
        try {
            out = FACTORY.get().createXMLStreamWriter(text);
            if (outer == 0) {
                out.writeStartDocument("UTF-8", "1.0");
            }
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        for (int i = 0; i < outer; i++) {
            nested.push(true);
        }
    }

    /** A new document whose root element {@code name} has {@code namespace} as its default namespace. */
    static XmlWriter document(String name, String namespace) {
        XmlWriter xml = new XmlWriter(0);
        xml.open(name);
        xml.run(() -> xml.out.writeDefaultNamespace(namespace));
        return xml;
    }

    /**
     * Elements to be put into a document by {@link #fragment(String)}, indented as children of an element
     * {@code outer} levels deep; their namespace is that element's.
     */
    static XmlWriter fragment(int outer) {
        if (outer < 1) {
            throw new IllegalArgumentException("a fragment goes inside an element, not " + outer + " deep");
        }
        return new XmlWriter(outer);
    }

    /** The elements of a {@link #fragment(int)}, all of them closed. */
    String fragmentText() {
        if (outer == 0 || nested.size() != outer) {
            throw new IllegalStateException("not a fragment with every element closed");
        }
        run(out::flush);
        return text.toString();
    }

    /**
     * Puts {@code xml}, the {@link #fragmentText} of a fragment made for this depth, here as children of the
     * current element.
     */
    XmlWriter fragment(String xml) {
        markHasChildren();
        // no text: only ends a start tag still open, so that what follows comes after it
        run(() -> out.writeCharacters(""));
        run(out::flush);
        text.write(xml);
        return this;
    }

    /** Declares {@code prefix} for {@code namespace} on the element just opened. */
    XmlWriter namespace(String prefix, String namespace) {
        return run(() -> out.writeNamespace(prefix, namespace));
    }

    /** Starts a child element of the current one on a new line. */
    XmlWriter open(String name) {
        return child(() -> out.writeStartElement(name), true);
    }

    /** An element without content, on a new line; give its attributes next. */
    XmlWriter empty(String name) {
        return child(() -> out.writeEmptyElement(name), false);
    }

    /** An element without content in the namespace bound to {@code prefix}, on a new line. */
    XmlWriter empty(String prefix, String namespace, String name) {
        return child(() -> out.writeEmptyElement(prefix, name, namespace), false);
    }

    /** An attribute of the element just opened. */
    XmlWriter attribute(String name, String value) {
        return run(() -> out.writeAttribute(name, XmlText.clean(value)));
    }

    /** An {@code xml:} attribute ({@code lang}, {@code base}) of the element just opened. */
    XmlWriter xmlAttribute(String name, String value) {
        return run(() -> out.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, name,
                XmlText.clean(value)));
    }

    /** Text inside the element just opened. */
    XmlWriter text(String value) {
        return run(() -> out.writeCharacters(XmlText.clean(value)));
    }

    /** A child element holding only {@code value}. */
    XmlWriter element(String name, String value) {
        return open(name).text(value).close();
    }

    /** Ends the current element. */
    XmlWriter close() {
        boolean hasChildren = nested.pop();
        if (hasChildren) {
            newLine();
        }
        return run(out::writeEndElement);
    }

    /** Ends every open element and the document; the text ends with a line break. */
    String finish() {
        while (!nested.isEmpty()) {
            close();
        }
        run(out::writeEndDocument);
        run(out::close);
        return text + "\n";
    }

    private XmlWriter child(XmlAction start, boolean keepsOpen) {
        markHasChildren();
        newLine();
        run(start);
        if (keepsOpen) {
            nested.push(false);
        }
        return this;
    }

    /** Notes that the current element has a child element, so that its end tag goes on a line of its own. */
    private void markHasChildren() {
        if (!nested.isEmpty()) {
            nested.pop();
            nested.push(true);
        }
    }

    private void newLine() {
        run(() -> out.writeCharacters("\n" + "  ".repeat(nested.size())));
    }

    private XmlWriter run(XmlAction action) {
        try {
            action.run();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return this;
    }

    /** The writer only fails on misuse, which is a bug here, not bad input. */
    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }
}
