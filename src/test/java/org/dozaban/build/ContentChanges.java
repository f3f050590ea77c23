package org.dozaban.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Random edits of a copy of the bilingual fixture site, as a writer makes them: articles added, edited,
 * deleted, renamed, redated and retagged, a template, the interface strings and the style sheet edited,
 * site.yaml edited.
 * Every edit leaves a site that builds.
 */
final class ContentChanges {

    private static final List<String> TOPICS = List.of("books", "cities", "poetry", "rivers");
    private static final Pattern DATE = Pattern.compile("(?m)^date: .*\\n");
    private static final Pattern TOPIC_LINE = Pattern.compile("(?m)^topics: .*\\n");
    private static final Pattern PAGE_SIZE = Pattern.compile("(?m)^pageSize: .*$");

    private ContentChanges() {
    }

    /** The first kind of edit of a file every page depends on: a template, the strings, the style sheet, site.yaml. */
    static final int FIRST_SHARED = 7;
    static final int KINDS = 11;

    /** Makes one random edit; returns what it did, for failure messages. */
    static String apply(Random random, Path content, Path templates) throws IOException {
        return apply(random.nextInt(KINDS), random, content, templates);
    }

    /** Makes one edit of {@code kind}, else random; returns what it did. */
    static String apply(int kind, Random random, Path content, Path templates) throws IOException {
        List<Path> articles = articles(content);
        Path article = articles.get(random.nextInt(articles.size()));
        String text = Files.readString(article, StandardCharsets.UTF_8);
        switch (kind) {
            case 0 -> {
                String lang = random.nextBoolean() ? "en" : "fa";
                int n = random.nextInt(1_000_000);
                Path file = content.resolve(lang).resolve("added-" + n + ".md");
                Files.writeString(file, "---\ntitle: Added article " + n + "\n" + dateLine(random)
                        + "topics: [" + TOPICS.get(random.nextInt(TOPICS.size())) + "]\n---\nThe body of article "
                        + n + ".\n\nA second paragraph.\n", StandardCharsets.UTF_8);
                return "added " + content.relativize(file);
            }
            case 1 -> {
                Files.writeString(article, text + "\nAnother paragraph " + random.nextInt(1000) + ".\n",
                        StandardCharsets.UTF_8);
                return "appended to " + content.relativize(article);
            }
            case 2 -> {
                int end = text.indexOf("---", 3) + 4;
                Files.writeString(article, text.substring(0, end) + "A new first paragraph " + random.nextInt(1000)
                        + ".\n\n" + text.substring(end), StandardCharsets.UTF_8);
                return "new first paragraph in " + content.relativize(article);
            }
            case 3 -> {
                // a page bundle's translations share its images: it stays
                if (articles.size() <= 3 || isBundle(article)) {
                    return "kept " + content.relativize(article);
                }
                Files.delete(article);
                return "deleted " + content.relativize(article);
            }
            case 4 -> {
                if (isBundle(article)) {
                    return "kept " + content.relativize(article);
                }
                Path renamed = article.resolveSibling("renamed-" + random.nextInt(1_000_000) + ".md");
                Files.move(article, renamed);
                return "renamed " + content.relativize(article) + " to " + renamed.getFileName();
            }
            case 5 -> {
                String changed = DATE.matcher(text).find() ? DATE.matcher(text).replaceFirst(Matcher.quoteReplacement(dateLine(random)))
                        : text.replaceFirst("\n", "\n" + Matcher.quoteReplacement(dateLine(random)));
                Files.writeString(article, changed, StandardCharsets.UTF_8);
                return "redated " + content.relativize(article);
            }
            case 6 -> {
                String topics = "topics: [" + String.join(", ", TOPICS.subList(0, 1 + random.nextInt(TOPICS.size()))
                        .stream().filter(t -> random.nextBoolean()).toList()) + "]\n";
                String changed = TOPIC_LINE.matcher(text).find() ? TOPIC_LINE.matcher(text).replaceFirst(topics)
                        : text.replaceFirst("\n", "\n" + topics);
                Files.writeString(article, changed, StandardCharsets.UTF_8);
                return "retagged " + content.relativize(article) + ": " + topics.strip();
            }
            case 7 -> {
                Path entry = templates.resolve("partials/entry.peb");
                Files.writeString(entry, Files.readString(entry) + "<!-- " + random.nextInt(1000) + " -->\n");
                return "edited partials/entry.peb";
            }
            case 8 -> {
                Path strings = templates.resolve("i18n/en.yaml");
                String changed = Files.readString(strings).replaceFirst("(?m)^  footerNote: .*$",
                        "  footerNote: An archive, edition " + random.nextInt(1000) + ".");
                Files.writeString(strings, changed);
                return "edited the English footer note";
            }
            case 9 -> {
                Path css = templates.resolve("assets/style.css");
                Files.writeString(css, Files.readString(css) + "/* " + random.nextInt(1000) + " */\n");
                return "edited assets/style.css";
            }
            default -> {
                Path site = content.resolve("site.yaml");
                String changed = PAGE_SIZE.matcher(Files.readString(site)).replaceFirst("pageSize: " + (1 + random.nextInt(4)));
                Files.writeString(site, changed);
                return "edited site.yaml: " + PAGE_SIZE.matcher(changed).results().map(r -> r.group()).findFirst().orElse("");
            }
        }
    }

    private static String dateLine(Random random) {
        if (random.nextInt(5) == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "date: %04d-%02d-%02d%n", 2005 + random.nextInt(15), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private static boolean isBundle(Path article) {
        return article.getFileName().toString().equals("index.md");
    }

    private static List<Path> articles(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            // not the standalone pages, which the menus of site.yaml link by name
            return walk.filter(p -> p.toString().endsWith(".md") && !p.getParent().getFileName().toString().equals("pages"))
                    .sorted().toList();
        }
    }
}
