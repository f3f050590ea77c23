package org.dozaban.render;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Page keys tell views apart exactly as far as their values differ, whether the article entries in them
 * are walked or stand in by their digests from a memo.
 */
class ViewKeyTest {

    private record ListView(String heading, List<ArticleItem> articles, int page) {
    }

    @Test
    void keysWithAMemoAreEqualExactlyWhenKeysWithoutOneAre() {
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            ViewKey.Memo memo = new ViewKey.Memo();
            List<ListView> views = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                views.add(view(random));
            }
            for (ListView a : views) {
                for (ListView b : views) {
                    boolean equal = ViewKey.of("list.peb", a).equals(ViewKey.of("list.peb", b));
                    assertEquals(equal, ViewKey.of(memo, "list.peb", a).equals(ViewKey.of(memo, "list.peb", b)),
                            "seed " + seed + ": " + a + " / " + b);
                    assertEquals(a.equals(b), equal, "seed " + seed + ": " + a + " / " + b);
                }
            }
        }
    }

    @Test
    void anEntryChangedInAnyComponentChangesTheKey() {
        ArticleItem item = new ArticleItem("عنوان", "fa", "rtl", "fa/a/", LocalDate.of(2024, 3, 1), "مریم",
                "خلاصه", false, "فارسی", false, false, "fa/authors/maryam/");
        List<ArticleItem> changed = List.of(
                new ArticleItem("عنوان ۲", "fa", "rtl", "fa/a/", LocalDate.of(2024, 3, 1), "مریم", "خلاصه", false, "فارسی", false, false, "fa/authors/maryam/"),
                new ArticleItem("عنوان", "fa", "rtl", "fa/b/", LocalDate.of(2024, 3, 1), "مریم", "خلاصه", false, "فارسی", false, false, "fa/authors/maryam/"),
                new ArticleItem("عنوان", "fa", "rtl", "fa/a/", LocalDate.of(2024, 3, 2), "مریم", "خلاصه", false, "فارسی", false, false, "fa/authors/maryam/"),
                new ArticleItem("عنوان", "fa", "rtl", "fa/a/", null, "مریم", "خلاصه", false, "فارسی", false, false, "fa/authors/maryam/"),
                new ArticleItem("عنوان", "fa", "rtl", "fa/a/", LocalDate.of(2024, 3, 1), "مریم", "خلاصهٔ دیگر", false, "فارسی", false, false, "fa/authors/maryam/"),
                new ArticleItem("عنوان", "fa", "rtl", "fa/a/", LocalDate.of(2024, 3, 1), "مریم", "خلاصه", false, "فارسی", true, false, "fa/authors/maryam/"),
                new ArticleItem("عنوان", "fa", "rtl", "fa/a/", LocalDate.of(2024, 3, 1), "مریم", "خلاصه", false, "فارسی", false, true, "fa/authors/maryam/"),
                new ArticleItem("عنوان", "fa", "rtl", "fa/a/", LocalDate.of(2024, 3, 1), "مریم", "خلاصه", false, "فارسی", false, false, null));
        ViewKey.Memo memo = new ViewKey.Memo();
        String key = ViewKey.of(memo, new ListView("h", List.of(item), 1));
        for (ArticleItem other : changed) {
            assertNotEquals(key, ViewKey.of(memo, new ListView("h", List.of(other), 1)), other.toString());
        }
        // the order of the entries counts, and an entry is not the same as its fields spread out
        ArticleItem second = changed.get(0);
        assertNotEquals(ViewKey.of(memo, new ListView("h", List.of(item, second), 1)),
                ViewKey.of(memo, new ListView("h", List.of(second, item), 1)));
        assertEquals(key, ViewKey.of(memo, new ListView("h", List.of(item), 1)));
        memo.clear();
        assertEquals(key, ViewKey.of(memo, new ListView("h", List.of(item), 1)));
    }

    private record Pair(String first, String second) {
    }

    @Test
    void textsOfAnyLengthAndScriptAreToldApartExactlyAsFarAsTheyDiffer() {
        // one or two bytes, three, and four (a surrogate pair), on both sides of the lengths where the
        // encoding changes hands: 256 characters, and a buffer's worth of bytes
        String[] pieces = {"a", "ی", "ۍ", "\u0800", "\uD83D\uDE00", "", "ab"};
        int[] lengths = {0, 1, 2, 85, 86, 255, 256, 257, 2730, 2731, 8192, 9000};
        Random random = new Random(7);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            pairs.add(new Pair(text(random, pieces, lengths), text(random, pieces, lengths)));
        }
        // the same characters split differently between the two
        pairs.add(new Pair("ab", "c"));
        pairs.add(new Pair("a", "bc"));
        String longText = "ی".repeat(300);
        pairs.add(new Pair(longText, "ی"));
        pairs.add(new Pair(longText + "ی", ""));
        for (Pair a : pairs) {
            for (Pair b : pairs) {
                assertEquals(a.equals(b), ViewKey.of("pair", a).equals(ViewKey.of("pair", b)), a + " / " + b);
            }
        }
        // a string and the same characters in a list are different values
        assertNotEquals(ViewKey.of("x", List.of("ab")), ViewKey.of("x", "ab"));
        assertNotEquals(ViewKey.of("x", List.of("a", "b")), ViewKey.of("x", List.of("ab")));
    }

    private static String text(Random random, String[] pieces, int[] lengths) {
        int length = lengths[random.nextInt(lengths.length)] + (random.nextBoolean() ? 0 : random.nextInt(3));
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        // few distinct texts at each length, so that equal pairs are common
        return random.nextInt(3) == 0 ? "ی".repeat(length) : text.toString();
    }

    /** A list view drawn from few values, so that equal views and equal entries are common. */
    private static ListView view(Random random) {
        List<ArticleItem> items = new ArrayList<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            items.add(new ArticleItem(pick(random, "یک", "two"), pick(random, "fa", "en"), "rtl", "p/",
                    random.nextBoolean() ? null : LocalDate.of(2020, 1, 1 + random.nextInt(2)), null,
                    pick(random, "", "s"), random.nextBoolean(), "x", false, false, null));
        }
        return new ListView(pick(random, "h", "ح"), items, random.nextInt(2));
    }

    private static String pick(Random random, String a, String b) {
        return random.nextBoolean() ? a : b;
    }
}
