package org.dozaban.html;

import com.ibm.icu.util.ULocale;
import org.dozaban.text.Language;
import org.dozaban.text.Scripts;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Optional;

/**
 * Gives a block {@code dir} and {@code lang} when the script that dominates its letters (see
 * {@link Scripts#dominantLanguage}) belongs to another language than its container. Works top down,
 * so a blockquote or list that is Persian as a whole is marked once, not on every child. Attributes an
 * author set win; a missing half of such a pair is filled in when it is certain.
 */
final class BlockDirection {

    private BlockDirection() {
    }

    static void apply(Element body, String articleLang) {
        visitChildren(body, Context.of(articleLang));
    }

    private static void visitChildren(Element parent, Context context) {
        for (Element child : parent.children()) {
            visitChildren(child, decide(child, context));
        }
    }

    /** Marks {@code el} if needed and returns the context inside it. */
    private static Context decide(Element el, Context around) {
        if (!Tags.DIRECTED.contains(el.normalName())) {
            return around.inside(el);
        }
        if (el.hasAttr("dir") || el.hasAttr("lang")) {
            completeAuthored(el, around);
            return around.inside(el);
        }
        Optional<String> detected = Scripts.dominantLanguage(prose(el));
        if (detected.isEmpty() || !around.differsFrom(detected.get())) {
            return around;
        }
        String lang = detected.get();
        el.attr("dir", Language.direction(lang)).attr("lang", lang);
        return around.inside(el);
    }

    private static void completeAuthored(Element el, Context around) {
        if (!el.hasAttr("lang")) {
            Scripts.dominantLanguage(prose(el))
                    .filter(lang -> Language.direction(lang).equals(el.attr("dir")) && !lang.equals(around.lang()))
                    .ifPresent(lang -> el.attr("lang", lang));
        } else if (!el.hasAttr("dir")) {
            boolean rtl = new ULocale(el.attr("lang")).isRightToLeft();
            if (rtl != around.rtl()) {
                el.attr("dir", rtl ? "rtl" : "ltr");
            }
        }
    }

    /** The text whose letters decide a block's language: inline computer text does not count. */
    static String prose(Element el) {
        if (Tags.CODE.contains(el.normalName())) {
            return el.text();
        }
        StringBuilder text = new StringBuilder();
        appendProse(el, text);
        return text.toString();
    }

    private static void appendProse(Element el, StringBuilder text) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element e && !Tags.CODE.contains(e.normalName())) {
                text.append(' ');
                appendProse(e, text);
            }
        }
    }
}
