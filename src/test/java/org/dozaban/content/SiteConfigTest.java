package org.dozaban.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteConfigTest {

    private static SiteConfig config(String defaultLanguage, List<String> languages, int pageSize) {
        return new SiteConfig(Map.of(), Map.of(), "https://example.org/", defaultLanguage, languages, pageSize);
    }

    @Test
    void defaultLanguageLeads() {
        assertEquals(List.of("en", "fa"), config("en", List.of("fa", "en"), 20).languages());
    }

    @Test
    void defaultLanguageIsASiteLanguage() {
        assertThrows(IllegalArgumentException.class, () -> config("en", List.of("fa"), 20));
    }

    @Test
    void pageSizeIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> config("fa", List.of("fa", "en"), 0));
        assertEquals(1, config("fa", List.of("fa", "en"), 1).pageSize());
    }
}
