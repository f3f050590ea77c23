package org.dozaban.ingest;

import org.dozaban.text.Language;
import org.dozaban.text.Scripts;

import java.util.List;
import java.util.stream.Collectors;

/** The language of an article, by counting the letters of its body (never of its page chrome). */
public final class LanguageDetection {

    private LanguageDetection() {
    }

    /** "en", "fa" or "ar" for the body blocks. */
    public static String of(List<Block> body) {
        String text = body.stream().map(Block::flat).collect(Collectors.joining("\n"));
        return Scripts.dominantLanguage(text).orElseGet(() -> Scripts.majorityLanguage(text, Language.ENGLISH.code()));
    }
}
