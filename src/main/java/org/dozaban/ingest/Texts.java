package org.dozaban.ingest;

import org.dozaban.text.Language;
import org.dozaban.text.ScriptCounts;
import org.dozaban.text.Scripts;

import java.util.regex.Pattern;

/** Small classifications of lines and blocks shared by the extraction steps. */
final class Texts {

    private static final Pattern LINK = Pattern.compile(
            "(?:!?\\[[^\\]]*\\]\\([^)\\s]+\\)|<[a-z]+:[^>\\s]+>|<[^>\\s@]+@[^>\\s]+>|https?://\\S+|www\\.\\S+"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\p{Alnum}[\\w-]*(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/\\S*)?)");
    private static final Pattern LINK_ONLY = Pattern.compile("(?:[*_]{0,2}" + LINK.pattern() + "[*_]{0,2}\\s*)+");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s(?:/|»|›|>|\\|)\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;][\"'”’)\\]*_]*$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)\\s]*\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)(?:\\s+#+)?$");

    private Texts() {
    }

    /** Whether the text is only links, URLs, e-mail addresses or bare domains. */
    static boolean isLinkOnly(String text) {
        return LINK_ONLY.matcher(text.strip()).matches();
    }

    /** Whether the text is a breadcrumb trail ("Home / Section / Title"). */
    static boolean isBreadcrumb(String text) {
        return BREADCRUMB_SEPARATOR.matcher(text).results().count() >= 2;
    }

    /** The last element of a breadcrumb trail. */
    static String lastCrumb(String text) {
        String[] parts = BREADCRUMB_SEPARATOR.split(text);
        return parts[parts.length - 1].strip();
    }

    /** Whether the text ends a sentence (or introduces what follows, with a colon). */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text.strip()).find();
    }

    /** The text without Markdown heading marks, wrapping strong emphasis or link targets. */
    static String plainTitle(String text) {
        String t = text.strip();
        var heading = HEADING.matcher(t);
        if (heading.matches()) {
            t = heading.group(1).strip();
        }
        while (t.length() > 4 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__"))) {
            t = t.substring(2, t.length() - 2).strip();
        }
        return Escapes.undo(MARKDOWN_LINK.matcher(t).replaceAll("$1"));
    }

    /** Whether {@code text} is written mostly in the script of {@code lang} (Latin for en, Arabic else). */
    static boolean inScriptOf(String text, String lang) {
        ScriptCounts counts = Scripts.count(text);
        if (counts.letters() == 0) {
            return true;
        }
        boolean latin = counts.latin() >= counts.arabicScript();
        return latin == Language.ENGLISH.is(lang);
    }

    /** The language family of the whole text by its majority script: "en", "fa" or "ar". */
    static String majorityLanguage(String text) {
        return Scripts.majorityLanguage(text, Language.ENGLISH.code());
    }
}
