package org.dozaban.render;

import org.dozaban.content.Site;
import org.dozaban.text.Slugs;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The slugs of byline names are kept from one render to the next, and taken from there. */
class NameSlugsTest {

    private static Map<String, String> slugsByName(ReaderIndex index) {
        return index.authors().stream().collect(Collectors.toMap(Author::name, Author::slug, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> kept(DataStore store) {
        assertEquals(1, store.data.size(), "one entry");
        return NameSlugs.decode(store.data.values().iterator().next());
    }

    @Test
    void theSlugsOfARenderAreKeptAndNotWrittenAgainWhenTheSame() throws Exception {
        Site site = FixtureSites.load("bilingual");
        DataStore store = new DataStore();
        Map<String, String> first = slugsByName(ReaderIndex.build(site, store));
        // the fixture's names, slugged as Slugs makes them
        Map<String, String> expected = new TreeMap<>();
        for (String name : new String[] {"Lena Hart", "Sam Ortiz", "رضا کریمی", "مریم احمدی"}) {
            expected.put(name, Slugs.slugify(name));
        }
        assertEquals(expected, first);
        assertEquals(expected, kept(store));
        assertEquals(1, store.puts);
        assertEquals(first, slugsByName(ReaderIndex.build(site, store)), "the same slugs from the kept ones");
        assertEquals(1, store.puts, "nothing written when the slugs were kept already");
    }

    @Test
    void aKeptSlugIsTakenAsKept() throws Exception {
        Site site = FixtureSites.load("bilingual");
        DataStore store = new DataStore();
        ReaderIndex.build(site, store);
        String key = store.data.keySet().iterator().next();
        Map<String, String> planted = new TreeMap<>(kept(store));
        planted.put("رضا کریمی", "kept-slug");
        store.data.put(key, NameSlugs.encode(planted));
        assertEquals("kept-slug", slugsByName(ReaderIndex.build(site, store)).get("رضا کریمی"));
    }

    @Test
    void onlyTheNamesOfTheLastRenderAreKept() throws Exception {
        Site site = FixtureSites.load("bilingual");
        DataStore store = new DataStore();
        ReaderIndex.build(site, store);
        Site without = new Site(site.config(), site.topics(), site.articles().stream()
                .filter(a -> !"رضا کریمی".equals(a.author())).toList(), site.pages(), site.urls());
        ReaderIndex.build(without, store);
        assertEquals(slugsByName(ReaderIndex.build(without, BodyStore.NONE)), kept(store));
        assertEquals(2, store.puts);
    }

    @Test
    void anEntryThatCannotBeReadIsMadeAgain() throws Exception {
        Site site = FixtureSites.load("bilingual");
        DataStore store = new DataStore();
        Map<String, String> slugs = slugsByName(ReaderIndex.build(site, store));
        String key = store.data.keySet().iterator().next();
        byte[] whole = store.data.get(key);
        for (int cut = 0; cut < whole.length; cut++) {
            assertEquals(Map.of(), NameSlugs.decode(Arrays.copyOf(whole, cut)), "cut at " + cut);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertEquals(Map.of(), NameSlugs.decode(longer), "a byte too many");
        Random random = new Random(3);
        for (int n = 0; n < 1_000; n++) {
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            assertEquals(Map.of(), NameSlugs.decode(noise), "noise is not taken");
        }
        store.data.put(key, new byte[] {0, 0, 0, 1, 127, 127, 127, 127});
        assertEquals(slugs, slugsByName(ReaderIndex.build(site, store)));
        assertEquals(slugs, kept(store), "made again and kept");
    }

    @Test
    void nativeAndAsciiSlugsAreKeptApart() {
        DataStore store = new DataStore();
        NameSlugs nativeSlugs = NameSlugs.read(store, true);
        assertEquals(Slugs.nativeSlug("رضا کریمی"), nativeSlugs.of("رضا کریمی"));
        nativeSlugs.keep();
        NameSlugs ascii = NameSlugs.read(store, false);
        assertEquals(Slugs.slugify("رضا کریمی"), ascii.of("رضا کریمی"));
        ascii.keep();
        assertEquals(2, store.data.size());
    }

    @Test
    void keptTextsComeBackAsWritten() {
        Random random = new Random(11);
        for (int n = 0; n < 200; n++) {
            Map<String, String> slugs = new TreeMap<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                slugs.put(randomText(random), randomText(random));
            }
            assertEquals(slugs, NameSlugs.decode(NameSlugs.encode(slugs)));
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            text.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(26) : 0x600 + random.nextInt(0x100));
        }
        return text.toString();
    }
}
