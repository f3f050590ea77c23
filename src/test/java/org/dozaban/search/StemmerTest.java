package org.dozaban.search;

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
}
