package org.dozaban.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteConfigFileTest {

    @TempDir
    Path dir;

    private SiteConfig load(String yaml) throws Exception {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, yaml);
        return SiteConfigFile.load(file);
    }

    @Test
    void fillsInDefaults() throws Exception {
        SiteConfig config = load("baseUrl: https://example.org/\n");
        assertEquals("fa", config.defaultLanguage());
        assertEquals(List.of("fa", "en"), config.languages());
        assertEquals(20, config.pageSize());
        assertEquals("Dozaban", config.title("en"));
        assertEquals(ZoneId.of("UTC"), config.timeZone());
    }

    @Test
    void readsTheTimeZone() throws Exception {
        assertEquals(ZoneId.of("Asia/Tehran"), load("baseUrl: https://example.org/\ntimeZone: Asia/Tehran\n").timeZone());
    }

    @Test
    void anUnknownTimeZoneIsAnErrorAtItsValue() {
        ContentException e = assertThrows(ContentException.class,
                () -> load("baseUrl: https://example.org/\ntimeZone: Asia/Tehrn\n"));
        assertEquals(List.of(new Problem(dir.resolve("site.yaml"), 2, 11, "unknown time zone \"Asia/Tehrn\"",
                "give an IANA time zone id, for example: timeZone: Asia/Tehran (or UTC)")), e.problems());
    }

    @Test
    void givesBaseUrlATrailingSlash() throws Exception {
        assertEquals("http://example.org/sub/", load("baseUrl: http://example.org/sub\n").baseUrl());
    }

    @Test
    void defaultLanguageIsTheOnlyLanguageWhenFarsiIsNotListed() throws Exception {
        SiteConfig config = load("baseUrl: https://example.org/\nlanguages: [en]\n");
        assertEquals("en", config.defaultLanguage());
        assertEquals(List.of("en"), config.languages());
    }

    @Test
    void putsTheDefaultLanguageFirst() throws Exception {
        SiteConfig config = load("baseUrl: https://example.org/\ndefaultLanguage: en\nlanguages: [fa, en]\n");
        assertEquals(List.of("en", "fa"), config.languages());
    }

    @Test
    void defaultLanguageMustBeASiteLanguage() {
        ContentException e = assertThrows(ContentException.class,
                () -> load("baseUrl: https://example.org/\ndefaultLanguage: en\nlanguages: [fa]\n"));
        assertEquals(List.of(new Problem(dir.resolve("site.yaml"), 2, 18, "unknown language \"en\"",
                "site languages: fa")), e.problems());
    }

    /** Page paths are appended to the base URL, so a query or fragment would end up in the middle of every URL. */
    @Test
    void baseUrlHasNoQueryOrFragment() {
        for (String url : List.of("https://example.org/archive?lang=fa", "https://example.org/#top")) {
            ContentException e = assertThrows(ContentException.class, () -> load("baseUrl: " + url + "\n"));
            assertEquals(1, e.problems().size(), url);
            Problem problem = e.problems().get(0);
            assertEquals(1, problem.line());
            assertEquals(10, problem.column());
            assertEquals("baseUrl \"" + url + "\" has a query or fragment", problem.message());
        }
    }

    @Test
    void baseUrlIsRequired() {
        ContentException e = assertThrows(ContentException.class, () -> load("pageSize: 10\n"));
        assertEquals(1, e.problems().size());
        assertEquals("\"baseUrl\" is missing", e.problems().get(0).message());
    }

    @Test
    void anEmptyFileIsAConfigurationWithoutBaseUrl() {
        ContentException e = assertThrows(ContentException.class, () -> load(""));
        assertEquals("\"baseUrl\" is missing", e.problems().get(0).message());
    }
}
