package org.dozaban.build;

import org.dozaban.content.ContentLoader;
import org.dozaban.content.Inclusion;
import org.dozaban.content.Site;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fingerprint of a site changes with what was asked to be included and with the day it was loaded on. */
class SiteFingerprintTest {

    private static final Path CONTENT = Path.of("src", "test", "resources", "sites", "bilingual", "content");

    private static String fingerprint(Inclusion inclusion, String day) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(day + "T12:00:00Z"), ZoneOffset.UTC);
        Site site = ContentLoader.load(CONTENT, inclusion, clock);
        return SiteFingerprint.of("tool", "site", "assets", inclusion, site, CONTENT, SiteFingerprint.files(site, CONTENT));
    }

    @Test
    void eachInclusionAndEachDayHaveTheirOwnAndTheSameInputsTheSame() throws Exception {
        assertEquals(fingerprint(Inclusion.PUBLISHED, "2030-01-01"), fingerprint(Inclusion.PUBLISHED, "2030-01-01"));
        Set<String> distinct = new HashSet<>();
        for (Inclusion inclusion : List.of(new Inclusion(false, false), new Inclusion(true, false),
                new Inclusion(false, true), new Inclusion(true, true))) {
            distinct.add(fingerprint(inclusion, "2030-01-01"));
            distinct.add(fingerprint(inclusion, "2030-01-02"));
        }
        assertEquals(8, distinct.size());
    }
}
