package org.dozaban.html;

import org.dozaban.text.Language;
import org.dozaban.text.ScriptCounts;
import org.dozaban.text.Scripts;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Wraps each phrase that runs against its block's direction in {@code <span dir lang>}, so the browser
 * isolates it (HTML {@code dir} isolates) and reads it in the right language. Phrases are found over
 * the whole block, across inline markup; a phrase that covers whole elements is wrapped as one span,
 * one that starts or ends inside an element is wrapped piece by piece, so markup stays valid. Code,
 * {@code pre} and elements that already carry {@code dir} are left alone; inline code inside a
 * right-to-left block is made left to right.
 */
final class InlineDirection {

    private InlineDirection() {
    }

    static void apply(Element body, String articleLang) {
        for (Element block : body.getAllElements()) {
            if (!Tags.isBlock(block) || insideComputerText(block)) {
                continue;
            }
            Context context = Context.at(block, articleLang);
            if (!"auto".equals(nearestDir(block))) {
                new Wrapper(block, context.rtl()).run();
            }
        }
    }

    private static boolean insideComputerText(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (Tags.CODE.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static String nearestDir(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.hasAttr("dir")) {
                return e.attr("dir");
            }
        }
        return "";
    }

    /** The wrapping of one block. */
    private static final class Wrapper {
        private final Element block;
        private final boolean rtl;
        private final Set<Element> ours = Collections.newSetFromMap(new IdentityHashMap<>());

        Wrapper(Element block, boolean rtl) {
            this.block = block;
            this.rtl = rtl;
        }

        void run() {
            InlineText inline = InlineText.of(block, ours);
            List<Phrase> phrases = new ArrayList<>(Phrases.find(inline.text(), rtl));
            // From the end, so that splitting and wrapping never moves the offsets still to come.
            Collections.reverse(phrases);
            for (Phrase phrase : phrases) {
                wrap(phrase, inline.text());
            }
            if (rtl) {
                codeLeftToRight(InlineText.of(block, ours));
            }
        }

        private void wrap(Phrase phrase, String text) {
            InlineText inline = InlineText.of(block, ours);
            if (inline.splitAt(phrase.start())) {
                inline = InlineText.of(block, ours);
            }
            if (inline.splitAt(phrase.end())) {
                inline = InlineText.of(block, ours);
            }
            List<InlineText.Piece> covered = inline.within(phrase.start(), phrase.end());
            if (covered.isEmpty()) {
                return;
            }
            Element span = span(phrase, text.substring(phrase.start(), phrase.end()));
            Optional<List<Node>> whole = wholeNodes(inline, covered, phrase);
            if (whole.isPresent()) {
                wrapNodes(whole.get(), span);
            } else {
                wrapPieceByPiece(covered, span);
            }
        }

        /** The siblings that hold exactly the phrase, when there are such. */
        private Optional<List<Node>> wholeNodes(InlineText inline, List<InlineText.Piece> covered, Phrase phrase) {
            Node first = covered.get(0).node();
            Node last = covered.get(covered.size() - 1).node();
            Node parent = first == last ? first.parent() : commonAncestor(first, last);
            Node a = childOnPath(parent, first);
            Node b = childOnPath(parent, last);
            if (inline.startOf(a) != phrase.start() || inline.endOf(b) != phrase.end()) {
                return Optional.empty();
            }
            // Climb while the phrase is all of an inline element, so the link or emphasis goes inside.
            while (parent != block && a == firstChild(parent) && b == lastChild(parent)) {
                a = parent;
                b = parent;
                parent = parent.parent();
            }
            List<Node> nodes = new ArrayList<>();
            for (Node n = a; n != null; n = n.nextSibling()) {
                nodes.add(n);
                if (n == b) {
                    break;
                }
            }
            return Optional.of(nodes);
        }

        private void wrapNodes(List<Node> nodes, Element span) {
            nodes.get(0).before(span);
            for (Node n : nodes) {
                span.appendChild(n);
            }
            ours.add(span);
        }

        private void wrapPieceByPiece(List<InlineText.Piece> covered, Element template) {
            for (InlineText.Piece piece : covered) {
                if (piece.node() instanceof TextNode t && !t.isBlank()) {
                    wrapNodes(List.of(withoutEdgeSpace(t)), template.shallowClone());
                }
            }
        }

        /** Leaves the spaces at either end of a piece outside its span, where they separate words. */
        private static TextNode withoutEdgeSpace(TextNode t) {
            String text = t.getWholeText();
            int lead = text.length() - text.stripLeading().length();
            TextNode core = lead > 0 ? t.splitText(lead) : t;
            int trail = core.getWholeText().length() - core.getWholeText().stripTrailing().length();
            if (trail > 0) {
                core.splitText(core.getWholeText().length() - trail);
            }
            return core;
        }

        private Element span(Phrase phrase, String text) {
            Element span = new Element("span").attr("dir", rtl ? "ltr" : "rtl");
            language(phrase, text).ifPresent(lang -> span.attr("lang", lang));
            return span;
        }

        private Optional<String> language(Phrase phrase, String text) {
            if (phrase.numeric()) {
                return Optional.empty();
            }
            ScriptCounts counts = Scripts.count(text);
            if (rtl) {
                return counts.latin() > 0 ? Optional.of(Language.ENGLISH.code()) : Optional.empty();
            }
            return counts.arabicScript() > 0 ? Optional.of(Scripts.arabicScriptLanguage(counts)) : Optional.empty();
        }

        private void codeLeftToRight(InlineText inline) {
            for (InlineText.Piece piece : inline.pieces()) {
                if (piece.node() instanceof Element e && Tags.CODE.contains(e.normalName()) && !e.hasAttr("dir")
                        && !Scripts.dominantLanguage(e.text()).map(Language::isRightToLeft).orElse(false)) {
                    e.attr("dir", "ltr");
                }
            }
        }
    }

    private static Node commonAncestor(Node a, Node b) {
        Set<Node> chain = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n = a; n != null; n = n.parent()) {
            chain.add(n);
        }
        for (Node n = b; n != null; n = n.parent()) {
            if (chain.contains(n)) {
                return n;
            }
        }
        throw new IllegalStateException("nodes of one block share an ancestor");
    }

    /** The child of {@code ancestor} on the way down to {@code node}, or {@code node} itself. */
    private static Node childOnPath(Node ancestor, Node node) {
        if (node == ancestor) {
            return node;
        }
        Node n = node;
        while (n.parent() != ancestor) {
            n = n.parent();
        }
        return n;
    }

    private static Node firstChild(Node parent) {
        return parent.childNodeSize() == 0 ? null : parent.childNode(0);
    }

    private static Node lastChild(Node parent) {
        return parent.childNodeSize() == 0 ? null : parent.childNode(parent.childNodeSize() - 1);
    }
}
