package org.dozaban.html;

import org.dozaban.text.Language;
import org.dozaban.text.Numbers;
import org.jsoup.nodes.Element;

/**
 * Footnote markers in the digits of the article's language: ۱, ۲ in a Persian article. The numbers
 * of the footnote list itself come from the stylesheet's list counters.
 */
final class FootnoteDigits {

    private FootnoteDigits() {
    }

    static void apply(Element body, String articleLang) {
        if (!Language.of(articleLang).map(Language::ownDigits).orElse(false)) {
            return;
        }
        for (Element ref : body.select("a.footnote-ref")) {
            String text = ref.text().strip();
            if (text.matches("[0-9]{1,9}")) {
                ref.text(Numbers.format(Long.parseLong(text), articleLang));
            }
        }
    }
}
