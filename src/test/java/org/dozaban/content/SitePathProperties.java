package org.dozaban.content;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

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
        for (String path : List.of("en/2014/06/a-slug/", "fa/1403/03/شهر-و-رود/", "a/index.html/", "a\u2003b/")) {
            assertTrue(Checks.isSitePath(path), path);
        }
        for (String path : List.of("/en/a/", "en/a", "en//a/", "en/../a/", "en/./a/", "en/a b/", "\u2003en/a/", "/")) {
            assertFalse(Checks.isSitePath(path), path);
        }
    }
}
