package org.dozaban.html;

import org.jsoup.nodes.Element;

import java.util.Set;

/** How the direction passes treat each kind of element. */
final class Tags {

    /** Blocks that get their own {@code dir} and {@code lang} when their text is in another language. */
    static final Set<String> DIRECTED = Set.of("blockquote", "caption", "dd", "div", "dl", "dt", "figcaption",
            "figure", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ol", "p", "pre", "table", "td", "th", "ul");

    /** Inline elements whose text flows with the surrounding text and can be split or wrapped. */
    static final Set<String> TRANSPARENT = Set.of("a", "abbr", "b", "cite", "del", "dfn", "em", "i", "ins",
            "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "u");

    /** Inline elements treated as one unbreakable object: computer text, isolates, images. */
    static final Set<String> OPAQUE = Set.of("bdi", "bdo", "code", "img", "kbd", "samp", "var");

    /** Computer text: always left to right, never counted as prose. */
    static final Set<String> CODE = Set.of("code", "kbd", "samp", "var", "pre");

    private Tags() {
    }

    /** An inline element whose text takes part in the surrounding paragraph's bidi run. */
    static boolean isTransparent(Element el) {
        return TRANSPARENT.contains(el.normalName()) && !el.hasAttr("dir");
    }

    /** An inline element that breaks no line but whose content is kept out of the paragraph's runs. */
    static boolean isOpaque(Element el) {
        return OPAQUE.contains(el.normalName()) || (TRANSPARENT.contains(el.normalName()) && el.hasAttr("dir"));
    }

    /** Everything that is neither transparent nor opaque starts a new bidi paragraph. */
    static boolean isBlock(Element el) {
        return !TRANSPARENT.contains(el.normalName()) && !OPAQUE.contains(el.normalName())
                && !"br".equals(el.normalName());
    }
}
