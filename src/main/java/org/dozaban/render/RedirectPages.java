package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.text.Language;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A page at every address an article or standalone page had before (its {@code aliases} and the
 * ledger's entries), in the page's language: a refresh to the current address, a canonical link to
 * it and a visible link for readers whose browser does not follow. Also {@code _redirects}, the same
 * moves as permanent redirects for static hosts that read that file (Netlify, Cloudflare Pages).
 * Redirect pages are not in the sitemap.
 */
final class RedirectPages {

    static final String REDIRECTS = "_redirects";

    private final Rendering r;
    private final Map<String, Article> moves;

    RedirectPages(Rendering r) {
        this.r = r;
        this.moves = moves(r);
    }

    /** A task per former address; one where the site has a page of its own is an error. */
    List<PageTask> tasks() {
        List<PageTask> tasks = new ArrayList<>();
        moves.forEach((path, article) -> tasks.add(() -> page(path, article)));
        return tasks;
    }

    /** Whether any page has a former address. */
    boolean any() {
        return !moves.isEmpty();
    }

    /** {@code _redirects}: one {@code from to 301} line per former address, by path from the host's root. */
    PageTask.Prepared redirects() {
        String base = URI.create(r.site().config().baseUrl()).getPath();
        StringBuilder out = new StringBuilder();
        moves.forEach((from, article) -> out.append(base).append(from).append(' ')
                .append(base).append(article.urlPath()).append(" 301\n"));
        String text = out.toString();
        return new PageTask.Prepared(REDIRECTS, null, ViewKey.of(REDIRECTS, text), () -> text);
    }

    /** Every former address and the article it leads to, sorted by address. */
    private static Map<String, Article> moves(Rendering r) {
        Map<String, Article> moves = new TreeMap<>();
        List<Article> all = new ArrayList<>(r.site().articles());
        all.addAll(r.site().pages());
        for (Article article : all) {
            r.site().urls().former(article).forEach(path -> moves.putIfAbsent(path, article));
        }
        return moves;
    }

    private PageTask.Prepared page(String path, Article article) throws ContentException {
        if (isSitePage(path)) {
            throw new ContentException(new Problem(article.file(), 0, 0, "former address " + path
                    + " is a page of the site itself", "remove it from the article's aliases"));
        }
        String file = RelativeUrls.fileOf(path);
        UiStrings ui = r.chrome().ui(article.lang());
        PageMeta meta = r.chrome().meta(file, article.lang(), "redirect", ui.get("movedTitle"), "website", Map.of())
                .withCanonical(r.chrome().absolute(article.urlPath()));
        RedirectView view = new RedirectView(article.urlPath(), article.title(), article.lang(),
                Language.direction(article.lang()));
        PageTask.Prepared prepared = r.prepared("redirect.peb", meta, "redirect", view);
        // no sitemap entry: the page stands for another
        return new PageTask.Prepared(prepared.path(), null, prepared.key(), prepared.renderer());
    }

    /** A home page, topic index or topic page: addresses the site's own pages have. */
    private boolean isSitePage(String path) {
        for (String lang : r.site().config().languages()) {
            if (path.equals(Chrome.homePath(lang)) || path.startsWith(Chrome.topicsPath(lang))) {
                return true;
            }
        }
        return false;
    }
}
