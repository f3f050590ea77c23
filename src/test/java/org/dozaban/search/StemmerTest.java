package org.dozaban.search;

import org.dozaban.testing.RandomText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StemmerTest {

    @Test
    void pluralsMeetTheirSingular() {
        assertEquals(Stemmer.stem("city"), Stemmer.stem("cities"));
        assertEquals(Stemmer.stem("bridge"), Stemmer.stem("bridges"));
        assertEquals(Stemmer.stem("train"), Stemmer.stem("trains"));
        assertEquals("city", Stemmer.stem("cities"));
    }

    @Test
    void verbFormsMeet() {
        assertEquals("run", Stemmer.stem("running"));
        assertEquals("run", Stemmer.stem("runs"));
        assertEquals("paint", Stemmer.stem("painted"));
        assertEquals(Stemmer.stem("make"), Stemmer.stem("making"));
        assertEquals("fill", Stemmer.stem("filled"));
    }

    @Test
    void shortAndProtectedEndingsStay() {
        assertEquals("this", Stemmer.stem("this"));
        assertEquals("glass", Stemmer.stem("glass"));
        assertEquals("bus", Stemmer.stem("bus"));
        assertEquals("bed", Stemmer.stem("bed"));
        assertEquals("sing", Stemmer.stem("sing"));
    }

    @Test
    void onlyPlainLatinWordsAreStemmed() {
        assertEquals("کتابها", Stemmer.stem("کتابها"));
        assertEquals("1990s", Stemmer.stem("1990s"));
    }

    /** Random words of a-z and other letters are stemmed as the rules, applied one step after another, say. */
    @Test
    void randomWordsAreStemmedAsTheRulesSay() {
        String[] pieces = {"a", "b", "e", "s", "i", "u", "o", "n", "g", "d", "l", "z", "t", "ing", "ed", "es", "ies",
                "ss", "ش", "5", "É"};
        for (long seed = 1; seed <= 20000; seed++) {
            String word = RandomText.of(new java.util.Random(seed), 7, pieces);
            assertEquals(byRules(word), Stemmer.stem(word), "seed " + seed + ": " + word);
        }
    }

    /** The rules as data: in each step, the first whose suffix ends the word, outside its exceptions, with stem enough. */
    private static String byRules(String word) {
        if (!word.matches("[a-z]*")) {
            return word;
        }
        String stem = word;
        for (java.util.List<Stemmer.Rule> step : Stemmer.rules()) {
            for (Stemmer.Rule rule : step) {
                if (stem.endsWith(rule.suffix()) && stem.length() - rule.suffix().length() >= rule.minStem()
                        && rule.unless().stream().noneMatch(stem::endsWith)) {
                    stem = stem.substring(0, stem.length() - rule.suffix().length()) + rule.replacement();
                    int last = stem.length() - 1;
                    if (rule.undouble() && last >= 1 && stem.charAt(last) == stem.charAt(last - 1)
                            && "aeiouylsz".indexOf(stem.charAt(last)) < 0) {
                        stem = stem.substring(0, last);
                    }
                    break;
                }
            }
        }
        return stem;
    }
}
