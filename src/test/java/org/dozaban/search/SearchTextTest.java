package org.dozaban.search;

import org.dozaban.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {

    @Test
    void arabicKeyboardLettersBecomePersian() {
        // ARABIC YEH, ARABIC KAF, ALEF MAKSURA
        assertEquals("کوچه", SearchText.fold("\u0643\u0648\u0686\u0647"));
        assertEquals("میخواهم", SearchText.fold("\u0645\u064A\u062E\u0648\u0627\u0647\u0645"));
        assertEquals("مصطفی", SearchText.fold("\u0645\u0635\u0637\u0641\u0649"));
    }

    @Test
    void hehAndTehMarbutaVariantsBecomeHeh() {
        assertEquals("مدرسه", SearchText.fold("مدرسة"));
        // HEH WITH YEH ABOVE (ۀ) loses the hamza; HEH GOAL becomes heh
        assertEquals("خانه", SearchText.fold("خان\u06C0"));
        assertEquals("خانه", SearchText.fold("خان\u06C1"));
    }

    @Test
    void hamzaFormsLoseTheirHamza() {
        assertEquals("اب", SearchText.fold("آب"));
        assertEquals("اسلام", SearchText.fold("إسلام"));
        assertEquals("امریکا", SearchText.fold("أمریکا"));
        assertEquals("مسوول", SearchText.fold("مسؤول"));
        assertEquals("مسیله", SearchText.fold("مسئله"));
        assertEquals("اجزا", SearchText.fold("اجزاء"));
    }

    @Test
    void diacriticsAndTatweelAreRemoved() {
        assertEquals("کتاب", SearchText.fold("كِتَاب"));
        assertEquals("کتاب", SearchText.fold("کتـــاب"));
        assertEquals("محمد", SearchText.fold("مُحَمَّد"));
        assertEquals("cafe", SearchText.fold("Café"));
    }

    @Test
    void everyDigitBecomesAscii() {
        assertEquals("1393", SearchText.fold("۱۳۹۳"));
        assertEquals("1393", SearchText.fold("١٣٩٣"));
        assertEquals("1393", SearchText.fold("1393"));
    }

    @Test
    void presentationFormsBecomeLetters() {
        // ARABIC LETTER KEHEH ISOLATED FORM, FARSI YEH FINAL FORM
        assertEquals("کی", SearchText.fold("\uFB8E\uFBFD"));
    }

    @Test
    void zwnjJoinsThePartsOfAWord() {
        List<SearchText.Word> words = SearchText.words("می‌خواهم بروم");
        assertEquals(2, words.size());
        assertEquals(List.of("می", "خواهم"), words.get(0).parts());
        assertEquals("میخواهم", words.get(0).joined());
        assertEquals("بروم", words.get(1).joined());
    }

    @Test
    void compoundsAreIndexedJoinedAndByPart() {
        assertEquals(List.of("میخواهم", "می", "خواهم"), SearchText.indexTerms("می‌خواهم"));
    }

    @Test
    void anAffixWrittenApartIsAlsoIndexedJoined() {
        assertEquals(List.of("می", "میخواهم", "خواهم"), SearchText.indexTerms("می خواهم"));
        assertEquals(List.of("کتاب", "کتابها", "ها"), SearchText.indexTerms("کتاب ها"));
    }

    @Test
    void zwnjSpaceAndNothingGiveTheSameQuery() {
        List<String> expected = List.of("میخواهم");
        assertEquals(expected, SearchText.queryTerms("می‌خواهم"));
        assertEquals(expected, SearchText.queryTerms("می خواهم"));
        assertEquals(expected, SearchText.queryTerms("میخواهم"));
        assertEquals(expected, SearchText.queryTerms("مي خواهم"));
    }

    @Test
    void everyQuerySpellingIsAmongTheIndexTermsOfEverySpelling() {
        for (String written : List.of("می‌خواهم", "می خواهم", "میخواهم")) {
            for (String typed : List.of("مي‌خواهم", "مي خواهم", "ميخواهم")) {
                assertTrue(SearchText.indexTerms(written).containsAll(SearchText.queryTerms(typed)),
                        written + " / " + typed);
            }
        }
    }

    @Test
    void englishIsCaseFoldedAndStemmed() {
        assertEquals(List.of("bridg", "city"), SearchText.queryTerms("Bridges, cities"));
        assertEquals(SearchText.queryTerms("bridge"), SearchText.queryTerms("BRIDGES"));
    }

    @Test
    void termsShorterThanTwoLettersAreDropped() {
        assertEquals(List.of("ab"), SearchText.queryTerms("a ab و 5"));
    }

    /**
     * NFKD puts the marks after a letter in the order of their combining classes: the folds remove
     * Arabic and Latin marks, so their order does not matter, but they keep others, such as Hebrew points.
     */
    @Test
    void marksTheFoldsKeepComeInTheOrderNfkdGivesThem() {
        // ALEF, HIRIQ (class 14), SHEVA (class 10): sheva first
        assertEquals("\u05D0\u05B0\u05B4", SearchText.fold("\u05D0\u05B4\u05B0"));
        // e with ACUTE (230) then DOT BELOW (220), both removed; HIRIQ then SHEVA on alef, reordered
        assertEquals("e\u05D0\u05B0\u05B4", SearchText.fold("\u00E9\u0323\u05D0\u05B4\u05B0"));
        // ARABIC LIGATURE ALLAH ISOLATED FORM: four letters, its marks removed
        assertEquals("\u0627\u0644\u0644\u0647", SearchText.fold("\uFDF2"));
    }

    /** Every character alone, and each of the BMP's between two others, folds as the definition says. */
    @Test
    void everyCharacterFoldsAsTheDefinitionSays() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String text = Character.toString(cp);
            assertEquals(plainFold(text), SearchText.fold(text), () -> "U+" + Integer.toHexString(text.codePointAt(0)));
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "A" + (char) c + "b";
            assertEquals(plainFold(text), SearchText.fold(text), "U+" + Integer.toHexString(c) + " between letters");
        }
    }

    /**
     * Random text folds, and splits into words and index terms, as the definitions written out plainly
     * say: NFKD, lower case of the whole text, the table; words read character by character (a word is a
     * run of word characters, its parts separated by single ZWNJs; a ZWNJ with no part before it is
     * dropped); terms from the words one by one.
     */
    @Test
    void randomTextFoldsAndSplitsAsTheDefinitionsSay() {
        String[] pieces = {"a", "B", "ΑΣ", "Σ", "σ", " ", "İ", "i", "ş", "É", "é", "ß", "ﬁ", "\uFEFB", "\uFB8E",
                "\uFBFD", "ش", "هر", "كتاب", "می", "نمی", "ها", "های", "ترین", "\u200c", "\u200c\u200c", ".",
                "۵", "7", "\u064b", "\u0622", "😀", "𝐀", "\uD800", "\uDC00", "-", "\n", "ي", "running", "cities",
                "ES", "ing", "ed", " ", " ", "\u05D0", "\u05B4", "\u05B0", "\u0301", "\u0323", "\u0915\u093C",
                "\uFDF2", "\uFFFD", "\u03F9"};
        for (long seed = 1; seed <= 5000; seed++) {
            String written = RandomText.of(new java.util.Random(seed), 24, pieces);
            assertEquals(plainFold(written), SearchText.fold(written), "seed " + seed + ": " + written);
            assertEquals(byDefinition(plainFold(written)), SearchText.words(written), "seed " + seed + ": " + written);
            assertEquals(termsByDefinition(written), SearchText.indexTerms(written), "seed " + seed + ": " + written);
        }
    }

    /** NFKD, the whole text lower-cased, then each code point through the table. */
    private static String plainFold(String text) {
        String lower = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        lower.codePoints().forEach(cp -> {
            String replacement = SearchText.folds().get(cp);
            out.append(replacement != null ? replacement : Character.toString(cp));
        });
        return out.toString();
    }

    /**
     * Each word joined, then its parts when it has more than one, then the word joined with the next when
     * it is a joining prefix or the next a joining suffix; each stemmed, and kept when two code points or more.
     */
    private static List<String> termsByDefinition(String text) {
        List<SearchText.Word> words = byDefinition(plainFold(text));
        List<String> terms = new java.util.ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> candidates = new java.util.ArrayList<>();
            candidates.add(words.get(i).joined());
            if (words.get(i).parts().size() > 1) {
                candidates.addAll(words.get(i).parts());
            }
            if (i + 1 < words.size() && (SearchText.joiningPrefixes().contains(words.get(i).joined())
                    || SearchText.joiningSuffixes().contains(words.get(i + 1).joined()))) {
                candidates.add(words.get(i).joined() + words.get(i + 1).joined());
            }
            for (String candidate : candidates) {
                String term = Stemmer.stem(candidate);
                if (term.codePoints().count() >= 2) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    private static java.util.List<SearchText.Word> byDefinition(String folded) {
        java.util.List<SearchText.Word> words = new java.util.ArrayList<>();
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (SearchText.isWordChar(cp)) {
                current.appendCodePoint(cp);
            } else if (cp == 0x200C && current.length() > 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else if (cp != 0x200C || parts.isEmpty()) {
                if (current.length() > 0) {
                    parts.add(current.toString());
                }
                current.setLength(0);
                if (!parts.isEmpty()) {
                    words.add(new SearchText.Word(parts));
                }
                parts.clear();
            }
        });
        if (current.length() > 0) {
            parts.add(current.toString());
        }
        if (!parts.isEmpty()) {
            words.add(new SearchText.Word(parts));
        }
        return words;
    }
}
