package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.LanguageGroups;
import org.dozaban.content.People;
import org.dozaban.content.Person;
import org.dozaban.content.Site;
import org.dozaban.text.CalendarMonth;
import org.dozaban.text.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The indexes the reader's ways in are built from, besides the site's own (by language, topic and
 * translation), made once per render from the site's articles, newest first: articles by author and
 * translator, and by month of each language's calendar. No page scans the whole archive.
 */
final class ReaderIndex {

    /** Marks a group of articles as a person of authors.yaml; no name holds it, as control characters are refused. */
    private static final String PERSON = "\u0000";

    private final Map<String, Author> authorsBySlug;
    private final Map<String, Author> authorsByName;
    private final Map<String, SortedMap<CalendarMonth, List<Article>>> months;

    private ReaderIndex(Map<String, Author> authorsBySlug, Map<String, Author> authorsByName,
                        Map<String, SortedMap<CalendarMonth, List<Article>>> months) {
        this.authorsBySlug = authorsBySlug;
        this.authorsByName = authorsByName;
        this.months = months;
    }

    /** The indexes of {@code site}, with the slugs of names that {@code store} kept from the last render. */
    static ReaderIndex build(Site site, BodyStore store) {
        People people = site.people();
        NameSlugs slugs = NameSlugs.read(store, site.config().nativeSlugs());
        // a person of authors.yaml is grouped under their slug, everyone else under their name
        Map<String, LanguageGroups.Builder> written = new TreeMap<>();
        Map<String, LanguageGroups.Builder> translated = new TreeMap<>();
        Map<String, SortedMap<CalendarMonth, List<Article>>> months = new TreeMap<>();
        for (Article article : site.articles()) {
            person(article.author(), people).ifPresent(n -> written.computeIfAbsent(n, k -> new LanguageGroups.Builder())
                    .add(article));
            person(article.translator(), people).ifPresent(n -> translated
                    .computeIfAbsent(n, k -> new LanguageGroups.Builder()).add(article));
            if (article.date() != null) {
                months.computeIfAbsent(article.lang(), k -> new TreeMap<>())
                        .computeIfAbsent(CalendarMonth.of(article.date(), article.lang()), k -> new ArrayList<>())
                        .add(article);
            }
        }
        Set<String> all = new TreeSet<>(written.keySet());
        all.addAll(translated.keySet());
        Map<String, Author> bySlug = new TreeMap<>();
        Map<String, Author> byName = new HashMap<>();
        Set<String> taken = new HashSet<>();
        people.all().forEach(p -> taken.add(p.slug()));
        for (String key : all) {
            LanguageGroups wrote = built(written, key);
            LanguageGroups translations = built(translated, key);
            Optional<Person> person = people.all().stream().filter(p -> key.equals(PERSON + p.slug())).findFirst();
            Author author = person
                    .map(p -> new Author(p.name(Language.ENGLISH.code()), p.names(), p.slug(), wrote, translations))
                    .orElseGet(() -> new Author(key, Map.of(), uniqueSlug(slugs.of(key), taken), wrote, translations));
            bySlug.put(author.slug(), author);
            if (person.isPresent()) {
                person.get().names().values().forEach(n -> byName.put(n, author));
            } else {
                byName.put(key, author);
            }
        }
        slugs.keep();
        return new ReaderIndex(bySlug, byName, months);
    }

    private static LanguageGroups built(Map<String, LanguageGroups.Builder> lists, String key) {
        LanguageGroups.Builder list = lists.get(key);
        return list == null ? LanguageGroups.NONE : list.build();
    }

    /**
     * What a byline's person is grouped under: {@link #PERSON} and their slug when authors.yaml names
     * them, else the name.
     */
    private static Optional<String> person(String value, People people) {
        return name(value).map(n -> people.byName(n).map(p -> PERSON + p.slug()).orElse(n));
    }

    private static Optional<String> name(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The name's slug {@code base}, else "author"; a slug taken by another name gets "-2", "-3", … */
    private static String uniqueSlug(String base, Set<String> taken) {
        if (base.isEmpty()) {
            base = "author";
        }
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** Every author and translator, by slug. */
    List<Author> authors() {
        return List.copyOf(authorsBySlug.values());
    }

    /** The person of a byline, when the name is one. */
    Optional<Author> author(String name) {
        return name(name).map(authorsByName::get);
    }

    /** Dated articles of {@code lang} by month of its calendar, oldest month first; newest first within a month. */
    SortedMap<CalendarMonth, List<Article>> months(String lang) {
        return months.getOrDefault(lang, new TreeMap<>());
    }

    /** Counts per year, derived from {@link #months}. */
    SortedMap<Integer, Integer> years(String lang) {
        SortedMap<Integer, Integer> years = new TreeMap<>();
        months(lang).forEach((month, articles) -> years.merge(month.year(), articles.size(), Integer::sum));
        return years;
    }
}
