package org.dozaban.html;

import java.util.regex.Pattern;
import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes everything from article HTML that could run code or restyle the page: scripts, event
 * handlers, {@code javascript:} and {@code data:} URLs, {@code style}, frames, objects, forms. Keeps
 * what flexmark emits (tables, footnotes, heading ids) and the {@code dir}/{@code lang}/{@code class}
 * attributes authors set with the attributes syntax. Thread-safe: the safelist is never changed.
 */
final class Sanitizer {

    private static final Pattern DIRECTION = Pattern.compile("ltr|rtl|auto");

    /** Relative links are resolved against this only to check them; the output keeps them relative. */
    static final String CHECK_BASE = "https://dozaban.invalid/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("abbr", "bdi", "del", "dfn", "figure", "figcaption", "hr", "ins", "kbd", "mark", "s",
                    "samp", "time", "var")
            .addAttributes(":all", "class", "dir", "id", "lang", "title")
            .addAttributes("time", "datetime")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);

    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(ULocale.getISOLanguages()));

    /** Markdown table alignment, as classes: the obsolete {@code align} attribute would not validate. */
    private static final Map<String, String> ALIGN_CLASS =
            Map.of("left", "align-start", "right", "align-end", "center", "align-center");

    private Sanitizer() {
    }

    /**
     * A clean copy of {@code dirty}'s body. {@code dirty} must have been parsed with base URI
     * {@link #CHECK_BASE}.
     */
    static Document clean(Document dirty) {
        alignmentToClasses(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        dropInvalidDirectionAttributes(clean);
        return clean;
    }

    /** Whether the sanitizer keeps elements named {@code name}. */
    static boolean allowsTag(String name) {
        return SAFELIST.isSafeTag(name);
    }

    /**
     * Whether the sanitizer keeps the attribute {@code key="value"} on {@code element}, which must have
     * base URI {@link #CHECK_BASE}. Table cell alignment is kept, as a class.
     */
    static boolean allowsAttribute(Element element, String key, String value) {
        if (key.equals("align") && (element.normalName().equals("td") || element.normalName().equals("th"))) {
            return true;
        }
        element.attr(key, value);
        return SAFELIST.isSafeAttribute(element.normalName(), element, element.attribute(key));
    }

    private static void alignmentToClasses(Document doc) {
        for (Element cell : doc.select("td[align], th[align]")) {
            String css = ALIGN_CLASS.get(cell.attr("align").toLowerCase(Locale.ROOT));
            cell.removeAttr("align");
            if (css != null) {
                cell.addClass(css);
            }
        }
    }

    /** A well-formed BCP 47 tag whose language is a known ISO 639 code ("fa", "en", "fa-Latn"). */
    static boolean isLanguageTag(String tag) {
        try {
            String language = new ULocale.Builder().setLanguageTag(tag).build().getLanguage();
            return LANGUAGES.contains(language);
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** Values the HTML checker would reject: {@code dir} other than ltr/rtl/auto, malformed language tags. */
    private static void dropInvalidDirectionAttributes(Document doc) {
        for (Element el : doc.select("[dir]")) {
            if (!DIRECTION.matcher(el.attr("dir")).matches()) {
                el.removeAttr("dir");
            }
        }
        for (Element el : doc.select("[lang]")) {
            if (!isLanguageTag(el.attr("lang"))) {
                el.removeAttr("lang");
            }
        }
    }
}
