package org.dozaban.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick test of a site path, which the address ledger's reading uses, agrees with the normalizing one. */
class SitePathProperties {

    @Property(tries = 3000)
    void aValueIsASitePathExactlyWhenNormalizingGivesItBack(@ForAll("pathLike") String value) {
        assertEquals(value.equals(Checks.sitePath(value)), Checks.isSitePath(value), "\"" + value + "\"");
    }

    @Provide
    Arbitrary<String> pathLike() {
        // the characters that decide: separators, dots, marks no path may hold, white space of both kinds
        return Arbitraries.strings().withChars("ab/./..?#:\\ \t\n\u000B\f\r\u2003\u00A0index.htmlشهر")
                .ofMinLength(0).ofMaxLength(14);
    }

    @Example
    void addressesAsTheBuildWritesThemAreSitePaths() {
        assertTrue(Checks.isSitePath("en/2014/06/a-slug/"));
        assertTrue(Checks.isSitePath("fa/1403/03/شهر-و-رود/"));
        assertTrue(Checks.isSitePath("a/index.html/"));
        assertTrue(Checks.isSitePath("a\u2003b/"));
        assertFalse(Checks.isSitePath("/en/a/"));
        assertFalse(Checks.isSitePath("en/a"));
        assertFalse(Checks.isSitePath("en//a/"));
        assertFalse(Checks.isSitePath("en/../a/"));
        assertFalse(Checks.isSitePath("en/./a/"));
        assertFalse(Checks.isSitePath("en/a b/"));
        assertFalse(Checks.isSitePath("\u2003en/a/"));
        assertFalse(Checks.isSitePath("/"));
    }
}
