package org.dozaban.content;

import java.util.regex.Pattern;
import org.dozaban.html.BodyCheck;
import org.dozaban.markdown.Markdown;
import org.dozaban.text.KeyHash;
import org.dozaban.text.Slugs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one article file and validates its front matter against the schema: known keys, a title,
 * value types, dates, known topics, URL and slug shapes.
 */
final class ArticleReader {

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The front matter keys, in the order the importer writes them, then the others. */
    static final List<String> KEYS = List.of("title", "author", "date", "topics", "sourceUrl", "publisher", "via",
            "translationKey", "seed", "importHash", "translator", "summary", "slug", "draft", "translated", "aliases");

    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("title", "An article title"),
            Map.entry("author", "the author's name"),
            Map.entry("date", "2014-06-17"),
            Map.entry("topics", "[iraq, iran]"),
            Map.entry("sourceUrl", "https://example.org/2014/06/article.html"),
            Map.entry("publisher", "example.org"),
            Map.entry("via", "example.net"),
            Map.entry("translationKey", "an-article-title"),
            Map.entry("seed", "000_0123456789abcdef.txt"),
            Map.entry("importHash", "sha256:0123456789abcdef"),
            Map.entry("translator", "the translator's name"),
            Map.entry("summary", "One sentence about the article."),
            Map.entry("slug", "an-article-title"),
            Map.entry("draft", "true"),
            Map.entry("translated", "2014-06-20"),
            Map.entry("aliases", "[en/2014/06/an-older-slug/]"));

    /** Folders under a language folder that the site's own pages use. */
    private static final List<String> RESERVED = List.of("topics", "undated", "page", "feed.xml");

    private static final String SLUG_HINT = "use lower-case ASCII letters, digits and single hyphens";

    /** Longer slugs make folder names some file systems refuse; titles give at most 80 characters. */
    static final int MAX_SLUG_LENGTH = 120;

    private final Optional<Set<String>> topicKeys;
    private final Path topicsFile;
    private final Problems problems;
    private final boolean nativeSlugs;
    /** Shared by every reader: the Markdown parser is thread-safe and costly to build. */
    private static final BodyCheck BODY_CHECK = new BodyCheck(new Markdown());

    /**
     * @param topicKeys  the known topic keys, or empty when the topic list could not be read (topics are
     *                   then not checked, rather than all reported unknown)
     * @param topicsFile where new topics go, for hints
     */
    ArticleReader(Optional<Set<String>> topicKeys, Path topicsFile, Problems problems) {
        this(topicKeys, topicsFile, problems, false);
    }

    /** @param nativeSlugs slugs keep Persian letters ({@code slugs: native} in site.yaml) */
    ArticleReader(Optional<Set<String>> topicKeys, Path topicsFile, Problems problems, boolean nativeSlugs) {
        this.topicKeys = topicKeys;
        this.topicsFile = topicsFile;
        this.problems = problems;
        this.nativeSlugs = nativeSlugs;
    }

    /**
     * The article in {@code file}, as far as its front matter could be read, so that checks across files
     * still see it; empty when the front matter could not be read at all. Problems are all reported.
     */
    Optional<LoadedArticle> read(Path file, ArticleFiles.Location location) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return read(file, location, TextFile.decode(file, bytes, problems), KeyHash.of(bytes));
    }

    /**
     * Like {@link #read(Path, ArticleFiles.Location)} for the text {@code file} would hold, or nothing when it
     * is not text.
     *
     * @param sourceHash the hash of the file's bytes
     */
    Optional<LoadedArticle> read(Path file, ArticleFiles.Location location, Optional<String> text, String sourceHash)
            throws IOException {
        YamlFields fields = new YamlFields(file, problems);
        List<String> bundleFiles = bundleFiles(location);
        if (bundleFiles.contains("index.html")) {
            problems.add(location.bundle().resolve("index.html"), Place.FILE,
                    "a page bundle cannot hold index.html: the page itself is published there",
                    "rename the file");
        }
        Optional<FrontMatter> frontMatter = text.flatMap(t -> FrontMatter.split(file, t, problems));
        return frontMatter
                .flatMap(fm -> Yaml.parse(file, fm.yaml(), fm.yamlLine(), problems))
                .flatMap(root -> fields.mapping(root, "the front matter", "title: " + EXAMPLES.get("title")))
                .map(map -> new Reading(fields, map, location).article(cleanBody(file, frontMatter.get()), sourceHash,
                        bundleFiles));
    }

    private static List<String> bundleFiles(ArticleFiles.Location location) throws IOException {
        return location.bundle() == null ? List.of() : ArticleFiles.bundleFiles(location.bundle());
    }

    /**
     * The front matter with control characters removed from the body (each reported as a warning), after
     * reporting what in the body would not render or would be lost.
     */
    private FrontMatter cleanBody(Path file, FrontMatter fm) {
        String body = BodyText.withoutControlCharacters(file, fm.body(), fm.bodyLine(), problems);
        for (BodyCheck.Finding f : BODY_CHECK.check(body)) {
            Place place = new Place(fm.bodyLine() + f.line() - 1, f.column());
            if (f.error()) {
                problems.add(file, place, f.message(), f.hint());
            } else {
                problems.warn(file, place, f.message(), f.hint());
            }
        }
        return new FrontMatter(fm.yaml(), fm.yamlLine(), body, fm.bodyLine());
    }

    /** The reading of one file's front matter. */
    private final class Reading {
        private final YamlFields fields;
        private final YamlNode.Mapping map;
        private final ArticleFiles.Location location;
        private final String lang;

        Reading(YamlFields fields, YamlNode.Mapping map, ArticleFiles.Location location) {
            this.fields = fields;
            this.map = map;
            this.location = location;
            this.lang = location.lang();
        }

        LoadedArticle article(FrontMatter frontMatter, String sourceHash, List<String> bundleFiles) {
            fields.rejectUnknownKeys(map, KEYS);
            Optional<String> title = title();
            Optional<YamlNode.Entry> translationKey = map.get("translationKey");
            Optional<String> slug = slug(title).filter(this::isFreeForPage);
            Article article = new Article(fields.file(), lang, slug.orElse(""), title.orElse(""),
                    text("author"), date("date"), topics(), sourceUrl(), text("publisher"), text("via"),
                    text("translationKey"), text("translator"), text("summary"), text("seed"),
                    map.get("draft").flatMap(fields::bool).orElse(false),
                    frontMatter.body(), frontMatter.bodyLine(), sourceHash, date("translated"), aliases(),
                    location.bundle(), bundleFiles, location.standalone());
            return new LoadedArticle(article, map.get("slug").isEmpty(), slugPlace(),
                    translationKey.map(e -> e.value().place()).orElse(Place.FILE));
        }

        private String text(String key) {
            return map.get(key).flatMap(e -> visibleText(e, key)).orElse(null);
        }

        /** Text that shows on a page: at least one character that is neither space nor invisible. */
        private Optional<String> visibleText(YamlNode.Entry entry, String key) {
            Optional<String> text = fields.text(entry, EXAMPLES.get(key));
            if (text.isPresent() && !VisibleText.hasVisible(text.get())) {
                fields.report(entry.value().place(), "\"" + key + "\" has no visible characters",
                        "write it in letters; it holds only spaces or invisible marks");
                return Optional.empty();
            }
            return text;
        }

        private Optional<String> title() {
            Optional<YamlNode.Entry> entry = map.get("title");
            if (entry.isPresent()) {
                return visibleText(entry.get(), "title");
            }
            if (!hasMisspeltTitle()) {
                fields.report(Place.START, "the front matter has no title",
                        "add a line such as: title: " + EXAMPLES.get("title"));
            }
            return Optional.empty();
        }

        /** A misspelt title key is reported as unknown already; "no title" on top would say it twice. */
        private boolean hasMisspeltTitle() {
            return map.entries().stream().map(YamlNode.Entry::name)
                    .anyMatch(key -> !KEYS.contains(key) && Suggestions.closest(key, KEYS).contains("title"));
        }

        private LocalDate date(String key) {
            Optional<YamlNode.Entry> entry = map.get(key);
            Optional<String> value = entry.flatMap(e -> fields.text(e, EXAMPLES.get(key)));
            if (value.isEmpty()) {
                return null;
            }
            Place place = entry.get().value().place();
            if (!ISO_DATE.matcher(value.get()).matches()) {
                fields.report(place, key + " \"" + value.get() + "\" is not written yyyy-mm-dd",
                        "for example: " + key + ": " + EXAMPLES.get(key));
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.get());
                if (date.getYear() < 1) {
                    fields.report(place, "date \"" + value.get() + "\" is before the year 1",
                            "write the year with four digits, for example: date: " + EXAMPLES.get("date"));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                fields.report(place, key + " \"" + value.get() + "\" does not exist",
                        "check the month (01-12) and the day of the month");
                return null;
            }
        }

        private List<String> topics() {
            List<String> topics = new ArrayList<>();
            map.get("topics").flatMap(e -> fields.textList(e, EXAMPLES.get("topics"))).ifPresent(items -> {
                for (YamlNode.Scalar item : items) {
                    if (topics.contains(item.value())) {
                        fields.report(item.place(), "topic \"" + item.value() + "\" is listed twice", "list it once");
                    } else if (isKnownTopic(item)) {
                        topics.add(item.value());
                    }
                }
            });
            return topics;
        }

        private boolean isKnownTopic(YamlNode.Scalar item) {
            if (topicKeys.isEmpty() || topicKeys.get().contains(item.value())) {
                return true;
            }
            fields.report(item.place(), "unknown topic \"" + item.value() + "\"",
                    Suggestions.hintNearest(item.value(), topicKeys.get(), "known topics")
                            + "; new topics go in " + Problems.display(topicsFile));
            return false;
        }

        private String sourceUrl() {
            return map.get("sourceUrl").flatMap(e -> fields.webUrl(e, EXAMPLES.get("sourceUrl"))).orElse(null);
        }

        private Optional<String> slug(Optional<String> title) {
            Optional<YamlNode.Entry> entry = map.get("slug");
            if (entry.isPresent()) {
                Optional<String> slug = fields.text(entry.get(), EXAMPLES.get("slug"));
                if (slug.isPresent() && !Checks.isSlug(slug.get())
                        && !(nativeSlugs && Slugs.isNativeSlug(slug.get()))) {
                    String suggestion = Slugs.slugify(slug.get());
                    fields.report(entry.get().value().place(), "slug \"" + shorten(slug.get()) + "\" is not a URL slug",
                            SLUG_HINT + (suggestion.isEmpty() ? "" : ", for example: slug: " + suggestion));
                    return Optional.empty();
                }
                if (slug.isPresent() && slug.get().length() > MAX_SLUG_LENGTH) {
                    fields.report(entry.get().value().place(), "slug is too long: " + slug.get().length()
                            + " characters, at most " + MAX_SLUG_LENGTH, "shorten it to a few words");
                    return Optional.empty();
                }
                return slug;
            }
            if (title.isEmpty()) {
                return Optional.empty();
            }
            // a standalone page is named by its file, as menus link it: pages/about.md is "about"
            String fromTitle = location.standalone() ? ""
                    : nativeSlugs ? Slugs.nativeSlug(title.get()) : Slugs.slugify(title.get());
            String slug = fromTitle.isEmpty() ? fileSlug() : fromTitle;
            if (!(Checks.isSlug(slug) || nativeSlugs && Slugs.isNativeSlug(slug)) || slug.length() > MAX_SLUG_LENGTH) {
                fields.report(slugPlace(), "no URL slug can be made from the title or the file name",
                        "add a line such as: slug: " + EXAMPLES.get("slug") + " (" + SLUG_HINT + ")");
                return Optional.empty();
            }
            return Optional.of(slug);
        }

        /** A standalone page lives at {@code <lang>/<slug>/}, beside the topic index and the year folders. */
        private boolean isFreeForPage(String slug) {
            if (!location.standalone() || !(slug.matches("[0-9]{4}") || RESERVED.contains(slug))) {
                return true;
            }
            fields.report(slugPlace(), "a standalone page cannot have the slug \"" + slug + "\"",
                    "its address would be that of the site's own pages (" + String.join(", ", RESERVED)
                            + " and years); set another, such as: slug: about-" + slug);
            return false;
        }

        /** Earlier folders of the page, each {@code <lang>/.../} below the site root. */
        private List<String> aliases() {
            List<String> aliases = new ArrayList<>();
            map.get("aliases").flatMap(e -> fields.textList(e, EXAMPLES.get("aliases"))).ifPresent(items -> {
                for (YamlNode.Scalar item : items) {
                    String alias = Checks.sitePath(item.value());
                    if (alias == null) {
                        fields.report(item.place(), "alias \"" + item.value() + "\" is not a path of this site",
                                "give the page's earlier folder below the site root, such as "
                                        + EXAMPLES.get("aliases") + " (no scheme, host, query or \"..\")");
                    } else if (aliases.contains(alias)) {
                        fields.report(item.place(), "alias \"" + item.value() + "\" is listed twice", "list it once");
                    } else {
                        aliases.add(alias);
                    }
                }
            });
            return aliases;
        }

        /** A long value as quoted in a message. */
        private static String shorten(String value) {
            return value.length() <= 60 ? value : value.substring(0, 60) + "…";
        }

        private String fileSlug() {
            if (location.bundle() != null) {
                return location.bundle().getFileName().toString();
            }
            String name = fields.file().getFileName().toString();
            return name.substring(0, name.length() - ".md".length());
        }

        private Place slugPlace() {
            return map.get("slug").or(() -> map.get("title")).map(e -> e.value().place()).orElse(Place.START);
        }
    }
}
