package org.dozaban.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker, embedded and offline: the HTML schema comes from the copies bundled in the
 * validator's jar. Set up once (loading the schema takes seconds), then checks pages one at a time;
 * not thread-safe.
 */
final class HtmlChecker {

    /** The schema the W3C checker uses for text/html by default. */
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    HtmlChecker() {
        // no URL logging (pages are local files); language detection on: it warns about wrong lang
        validator = new SimpleDocumentValidator(true, false, true);
        try {
            validator.setUpMainSchema(SCHEMA, collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker", e);
        }
        if (!collector.drain().isEmpty()) {
            throw new IllegalStateException("the Nu Html Checker reported problems with its own schema");
        }
    }

    /** Every message about {@code file}, labelled {@code page} in the messages, in document order. */
    List<HtmlMessage> check(Path file, String page) throws IOException {
        collector.page = page;
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (org.xml.sax.SAXException e) {
            collector.add(true, new SAXParseException(e.getMessage(), null, null, -1, -1));
        }
        return collector.drain();
    }

    /** Collects the messages of the page being checked. */
    private static final class Collector implements ErrorHandler {
        private final List<HtmlMessage> messages = new ArrayList<>();
        private String page = "";

        @Override
        public void warning(SAXParseException e) {
            add(false, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(true, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(true, e);
        }

        void add(boolean error, SAXParseException e) {
            messages.add(new HtmlMessage(error, page, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        List<HtmlMessage> drain() {
            List<HtmlMessage> all = List.copyOf(messages);
            messages.clear();
            return all;
        }
    }
}
