package org.dozaban.render;

import com.vladsch.flexmark.util.ast.Document;
import org.dozaban.content.Article;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.dozaban.html.ArticleHtml;
import org.dozaban.html.BodyCheck;
import org.dozaban.html.ImageSizes;
import org.dozaban.html.VideoLabel;
import org.dozaban.markdown.LinkTargets;
import org.dozaban.markdown.Markdown;
import org.dozaban.text.KeyHash;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Article bodies as sanitized HTML, and their summaries. A body is converted from Markdown at most
 * once per render, and not at all when the build cache has it. Summaries, which every listing needs,
 * stay in memory; bodies do not, since an archive's bodies would not fit.
 *
 * <p>Safe for use from several threads: each article has its own slot.
 */
final class ArticleBodies {

    /** Summaries longer than this are cut at a word boundary. */
    static final int SUMMARY_LENGTH = 240;

    private final Markdown markdown;
    private final BodyStore store;
    private final Site site;
    private final AtomicReferenceArray<String> summaries;
    /** Per article of the site: its body's key in this render, made once. */
    private final AtomicReferenceArray<String> keys;
    private final Map<String, UiStrings> ui;
    private final ImageFiles images = new ImageFiles();
    private final ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
    /** The bodies being converted, by key: each is converted by one thread, which the others wait for. */
    private final Map<String, CompletableFuture<Converted>> converting = new ConcurrentHashMap<>();

    ArticleBodies(Markdown markdown) {
        this(markdown, BodyStore.NONE, null);
    }

    /** @param site the site whose articles are asked for, or null when articles come one at a time */
    ArticleBodies(Markdown markdown, BodyStore store, Site site) {
        this(markdown, store, site, Map.of());
    }

    /** @param ui interface strings per language, for the labels of video placeholders */
    ArticleBodies(Markdown markdown, BodyStore store, Site site, Map<String, UiStrings> ui) {
        this.markdown = markdown;
        this.store = store;
        this.site = site;
        this.ui = Map.copyOf(ui);
        this.summaries = new AtomicReferenceArray<>(site == null ? 0 : site.articles().size());
        this.keys = new AtomicReferenceArray<>(site == null ? 0 : site.articles().size());
    }

    /** The build cache the bodies are kept in, for other data made from articles. */
    BodyStore store() {
        return store;
    }

    /** The key under which the store keeps {@code article}'s body: its source bytes and its language. */
    static String key(Article article) {
        String source = article.sourceHash() != null ? article.sourceHash() : KeyHash.of(article.body());
        return new KeyHash().text(source).text(article.lang())
                .text(article.summary() == null ? "" : article.summary()).hex();
    }

    /**
     * The key of {@code article}'s body in this render: {@link #key(Article)}, and the files beside its
     * page (their names and sizes set the images' sizes and which links resolve) and the label of its
     * videos.
     */
    String keyOf(Article article) {
        int slot = slot(article);
        if (slot < 0) {
            return keyMade(article);
        }
        String known = keys.get(slot);
        if (known == null) {
            known = keyMade(article);
            keys.set(slot, known);
        }
        return known;
    }

    private String keyMade(Article article) {
        StringBuilder parts = new StringBuilder(key(article));
        filesOf(article).forEach((name, file) -> parts.append('\u0000').append(name).append('=').append(size(file)));
        UiStrings strings = ui.get(article.lang());
        parts.append('\u0000').append(strings == null ? "" : strings.get("playVideo"));
        return KeyHash.of(parts.toString());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Path> filesOf(Article article) {
        return site == null ? Map.of() : site.files(article);
    }

    /** The problems found in the bodies converted so far: missing files, images without alternative text. */
    List<Problem> problems() {
        return problems.stream().distinct().sorted(Comparator.comparing((Problem p) -> p.file().toString())
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }

    /** The body: Markdown to HTML, then sanitized and marked for direction. */
    String html(Article article) {
        return body(article).html();
    }

    /**
     * The body's text as search takes it: its words without the footnote marks that link to and from the
     * notes. Made from the same HTML as the body, when it is converted.
     */
    String searchText(Article article) {
        String key = keyOf(article);
        Converted last = recent.get().find(key);
        if (last != null) {
            return last.searchText();
        }
        // without the HTML, which is most of a stored body
        return store.searchText(key).orElseGet(() -> convert(article, key).searchText());
    }

    /** The body and its text for search, converted or stored. */
    BodyStore.Stored body(Article article) {
        String key = keyOf(article);
        Converted last = recent.get().find(key);
        if (last != null) {
            return new BodyStore.Stored(last.html(), last.searchText());
        }
        return store.body(key).orElseGet(() -> {
            Converted made = convert(article, key);
            return new BodyStore.Stored(made.html(), made.searchText());
        });
    }

    /**
     * The bodies this thread converted last: a page asks for its summary first, then for those of the
     * articles it lists, and then, when it must be rendered, for its body, which is then neither converted
     * twice nor read back from the store.
     */
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    /** A thread's last few conversions, the oldest replaced first. */
    private static final class Recent {
        private final Converted[] kept = new Converted[8];
        private int next;

        Converted find(String key) {
            for (Converted converted : kept) {
                if (converted != null && converted.key().equals(key)) {
                    return converted;
                }
            }
            return null;
        }

        void add(Converted converted) {
            kept[next] = converted;
            next = (next + 1) % kept.length;
        }
    }

    /**
     * Plain text: the front matter summary, written in Markdown like the body, else the body's first
     * paragraph, shortened.
     */
    String summary(Article article) {
        int slot = slot(article);
        if (slot >= 0) {
            String known = summaries.get(slot);
            if (known != null) {
                return known;
            }
        }
        String key = keyOf(article);
        String summary = store.summary(key).orElseGet(() -> convert(article, key).summary());
        if (slot >= 0) {
            summaries.set(slot, summary);
        }
        return summary;
    }

    private int slot(Article article) {
        // an article not of the site (one edited since it was loaded) has no slot, and is made afresh
        return site == null || article.standalone() ? -1 : site.indexOf(article);
    }

    /**
     * The body converted, or when another thread is converting the same body, what it makes: a new article
     * is wanted at once by its own page and by its neighbour's, which shows its summary.
     */
    private Converted convert(Article article, String key) {
        CompletableFuture<Converted> mine = new CompletableFuture<>();
        CompletableFuture<Converted> theirs = converting.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                Converted converted = theirs.join();
                recent.get().add(converted);
                return converted;
            } catch (CompletionException e) {
                // the other thread's failure, which it reports
                if (e.getCause() instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
        try {
            Converted converted = converted(article, key);
            mine.complete(converted);
            return converted;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            converting.remove(key, mine);
        }
    }

    /** Converts the body and makes the summary from the same HTML, storing both. */
    private Converted converted(Article article, String key) {
        Document document;
        try {
            document = markdown.parse(article.body());
        } catch (StackOverflowError e) {
            // a body with raw HTML was parsed when it was read; any other is parsed first here
            BodyCheck.Finding unread = new BodyCheck(markdown).unparsable(article.body());
            problems.add(new Problem(article.file(), article.bodyLine() + unread.line() - 1, unread.column(),
                    unread.message(), unread.hint()));
            // not stored: the build stops with the problem
            return new Converted(key, "", "", "");
        }
        Map<String, Path> files = filesOf(article);
        List<Problem> found = LocalTargets.check(article, LinkTargets.of(document), files);
        problems.addAll(found);
        ImageSizes sizes = src -> LocalTargets.path(src).map(files::get).flatMap(images::size);
        UiStrings strings = ui.get(article.lang());
        VideoLabel label = strings == null ? VideoLabel.ENGLISH
                : (title, provider) -> strings.format("playVideo", title, provider);
        Element body = ArticleHtml.processed(markdown.render(document), article.lang(), sizes, label);
        String html = body.html();
        String summary = summarize(article, body);
        body.select(".footnote-ref, .footnote-backref").remove();
        String searchText = body.text();
        if (found.isEmpty()) {
            // a body with problems is converted again next time, so that they are reported again
            store.put(key, html, summary, searchText);
        }
        Converted converted = new Converted(key, html, summary, searchText);
        recent.get().add(converted);
        return converted;
    }

    private record Converted(String key, String html, String summary, String searchText) {
    }

    private String summarize(Article article, Element body) {
        if (article.summary() != null && !article.summary().isBlank()) {
            return ArticleHtml.processed(markdown.toHtml(article.summary()), article.lang()).text().strip();
        }
        Element first = body.selectFirst("p");
        return shorten((first != null ? first : body).text());
    }

    static String shorten(String text) {
        String plain = text.strip();
        if (plain.codePointCount(0, plain.length()) <= SUMMARY_LENGTH) {
            return plain;
        }
        int limit = plain.offsetByCodePoints(0, SUMMARY_LENGTH);
        int space = plain.lastIndexOf(' ', limit);
        int cut = space > SUMMARY_LENGTH / 2 ? space : limit;
        return stripTrailingPunctuation(plain.substring(0, cut)) + "…";
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ",;:،؛-–—".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
