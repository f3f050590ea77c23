package org.dozaban.render;

import com.vladsch.flexmark.util.ast.Document;
import org.dozaban.content.Article;
import org.dozaban.content.Problem;
import org.dozaban.content.Site;
import org.dozaban.html.ArticleHtml;
import org.dozaban.html.ImageSizes;
import org.dozaban.html.VideoLabel;
import org.dozaban.markdown.LinkTargets;
import org.dozaban.markdown.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Article bodies as sanitized HTML, and their summaries. Each body is converted once per render,
 * since the home and topic pages need the summary of an article whose page is rendered too.
 */
final class ArticleBodies {

    /** Summaries longer than this are cut at a word boundary. */
    static final int SUMMARY_LENGTH = 240;

    private final Markdown markdown;
    private final Site site;
    private final Map<String, UiStrings> ui;
    private final ImageFiles images = new ImageFiles();
    // Keyed by identity: the site's articles are fixed for a render, and a record's hash would walk its whole body.
    private final Map<Article, String> html = new IdentityHashMap<>();
    private final Map<Article, String> summaries = new IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Bodies without files beside them, with English video labels. */
    ArticleBodies(Markdown markdown) {
        this(markdown, null, Map.of());
    }

    /**
     * @param site the site whose articles' files the bodies may show or link
     * @param ui   interface strings per language, for the labels of video placeholders
     */
    ArticleBodies(Markdown markdown, Site site, Map<String, UiStrings> ui) {
        this.markdown = markdown;
        this.site = site;
        this.ui = Map.copyOf(ui);
    }

    /**
     * The body: Markdown to HTML, then sanitized and marked for direction, with figures, video
     * placeholders and image sizes. Missing files and images without alternative text are kept for
     * {@link #problems()}.
     */
    String html(Article article) {
        return html.computeIfAbsent(article, this::convert);
    }

    /** The problems found in the bodies converted so far, sorted by file and place. */
    synchronized List<Problem> problems() {
        return problems.stream().sorted(Comparator.comparing((Problem p) -> p.file().toString())
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }

    private String convert(Article article) {
        Document document = markdown.parse(article.body());
        Map<String, Path> files = site == null ? Map.of() : site.files(article);
        List<Problem> found = LocalTargets.check(article, LinkTargets.of(document), files);
        synchronized (this) {
            problems.addAll(found);
        }
        ImageSizes sizes = src -> LocalTargets.path(src).map(files::get).flatMap(images::size);
        UiStrings strings = ui.get(article.lang());
        VideoLabel label = strings == null ? VideoLabel.ENGLISH
                : (title, provider) -> strings.format("playVideo", title, provider);
        return ArticleHtml.process(markdown.render(document), article.lang(), sizes, label);
    }

    /**
     * Plain text: the front matter summary, written in Markdown like the body, else the body's first
     * paragraph, shortened.
     */
    String summary(Article article) {
        return summaries.computeIfAbsent(article, this::summarize);
    }

    private String summarize(Article article) {
        if (article.summary() != null && !article.summary().isBlank()) {
            return body(ArticleHtml.process(markdown.toHtml(article.summary()), article.lang())).text().strip();
        }
        Element body = body(html(article));
        Element first = body.selectFirst("p");
        return shorten((first != null ? first : body).text());
    }

    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body();
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
