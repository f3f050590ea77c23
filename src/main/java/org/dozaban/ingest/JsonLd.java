package org.dozaban.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The article of a page's JSON-LD ({@code <script type="application/ld+json">}), parsed as JSON (SnakeYAML
 * Engine reads it: JSON is a subset of YAML 1.2): the first object typed as an article ({@code NewsArticle},
 * {@code Article}, {@code BlogPosting}...), looked for in arrays and {@code @graph} lists too. A script that does
 * not parse is skipped and its line kept in {@link #unreadable}, so the page's other metadata is used instead.
 *
 * @param headline      the headline, or null
 * @param author        the author's name, several joined by "and", or null
 * @param datePublished the publication date as written, or null
 * @param publisher     the publisher's name, or null
 * @param unreadable    the line of each script that is not valid JSON
 */
record JsonLd(String headline, String author, String datePublished, String publisher, List<Integer> unreadable) {

    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting", "Report",
            "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "LiveBlogPosting");

    /** JSON allows a repeated name (the last one counts), where YAML would refuse it. */
    private static final LoadSettings SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(true).build();

    JsonLd {
        unreadable = List.copyOf(unreadable);
    }

    /** The JSON-LD article of {@code doc}; all fields null when it has none. */
    static JsonLd of(Document doc) {
        List<Integer> unreadable = new ArrayList<>();
        List<Map<?, ?>> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(new Load(SETTINGS).loadFromString(script.data().replace('\t', ' ')),
                        objects);
            } catch (YamlEngineException e) {
                unreadable.add(Math.max(1, script.sourceRange().start().lineNumber()));
            }
        }
        Optional<Map<?, ?>> article = objects.stream().filter(JsonLd::isArticle).findFirst()
                .or(() -> objects.stream().filter(o -> o.get("headline") instanceof String).findFirst());
        return article.map(a -> new JsonLd(text(a.get("headline")), names(a.get("author")),
                text(a.get("datePublished")), names(a.get("publisher")), unreadable))
                .orElse(new JsonLd(null, null, null, null, unreadable));
    }

    /** The objects of a JSON value: itself, the items of an array and of an {@code @graph}, in order. */
    private static void collect(Object value, List<Map<?, ?>> out) {
        if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, out));
        } else if (value instanceof Map<?, ?> map) {
            out.add(map);
            collect(map.get("@graph"), out);
        }
    }

    private static boolean isArticle(Map<?, ?> object) {
        Object type = object.get("@type");
        List<?> types = type instanceof List<?> list ? list : java.util.Collections.singletonList(type);
        return types.stream().anyMatch(t -> t instanceof String name && ARTICLE_TYPES.contains(name));
    }

    /** A person's or organisation's name: a string, an object's {@code name}, or the names of an array. */
    private static String names(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().map(JsonLd::name).flatMap(Optional::stream).forEach(names::add);
        } else {
            name(value).ifPresent(names::add);
        }
        return names.isEmpty() ? null : String.join(" and ", names.stream().distinct().toList());
    }

    private static Optional<String> name(Object value) {
        Object name = value instanceof Map<?, ?> map ? map.get("name") : value;
        return Optional.ofNullable(text(name));
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
