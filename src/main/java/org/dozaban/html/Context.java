package org.dozaban.html;

import org.dozaban.text.Language;
import org.jsoup.nodes.Element;

/**
 * The language and direction an element's content is in, as the browser will see it: {@code dir} is
 * inherited from the nearest ancestor that sets it, {@code lang} likewise.
 *
 * @param lang language code
 * @param rtl  whether the content runs right to left
 */
record Context(String lang, boolean rtl) {

    /** The context of an article body written in {@code lang}. */
    static Context of(String lang) {
        return new Context(lang, Language.isRightToLeft(lang));
    }

    /** The context inside {@code el}, given the context around it. */
    Context inside(Element el) {
        String ownLang = el.hasAttr("lang") ? el.attr("lang") : lang;
        return switch (el.attr("dir")) {
            case "rtl" -> new Context(ownLang, true);
            case "ltr" -> new Context(ownLang, false);
            default -> new Context(ownLang, rtl);
        };
    }

    /** The context inside {@code el} in an article written in {@code articleLang}. */
    static Context at(Element el, String articleLang) {
        Context context = of(articleLang);
        var chain = el.parents();
        for (int i = chain.size() - 1; i >= 0; i--) {
            context = context.inside(chain.get(i));
        }
        return context.inside(el);
    }

    /** Whether text detected as {@code other} needs marking here: another direction, or fa vs ar. */
    boolean differsFrom(String other) {
        boolean otherRtl = Language.isRightToLeft(other);
        return otherRtl != rtl || (otherRtl && !other.equals(lang));
    }
}
