package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.text.Scripts;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A page at every address an article or standalone page had before (its {@code aliases} and the
 * ledger's entries), in the page's language: a refresh to the current address, a canonical link to
 * it and a visible link for readers whose browser does not follow. Also {@code _redirects}, the same
 * moves as permanent redirects for static hosts that read that file (Netlify, Cloudflare Pages).
 */
final class RedirectPages {

    static final String REDIRECTS = "_redirects";

    private final Rendering r;

    RedirectPages(Rendering r) {
        this.r = r;
    }

    /** The redirect pages; an old address where the site has a page of its own is an error. */
    List<HtmlPage> render(Set<String> taken) throws ContentException {
        List<HtmlPage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Article> move : moves().entrySet()) {
            String file = RelativeUrls.fileOf(move.getKey());
            Article article = move.getValue();
            if (taken.contains(file)) {
                problems.add(new Problem(article.file(), 0, 0, "former address " + move.getKey()
                        + " is a page of the site itself", "remove it from the article's aliases"));
                continue;
            }
            pages.add(page(file, article));
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        return pages;
    }

    /** {@code _redirects}: one {@code from to 301} line per former address, by path from the host's root. */
    Page redirects() {
        String base = URI.create(r.site().config().baseUrl()).getPath();
        StringBuilder out = new StringBuilder();
        moves().forEach((from, article) -> out.append(base).append(from).append(' ')
                .append(base).append(article.urlPath()).append(" 301\n"));
        return new Page(REDIRECTS, out.toString());
    }

    /** Every former address and the article it leads to, sorted by address. */
    private Map<String, Article> moves() {
        Map<String, Article> moves = new TreeMap<>();
        List<Article> all = new ArrayList<>(r.site().articles());
        all.addAll(r.site().pages());
        for (Article article : all) {
            r.site().urls().former(article).forEach(path -> moves.putIfAbsent(path, article));
        }
        return moves;
    }

    private HtmlPage page(String file, Article article) throws ContentException {
        UiStrings ui = r.chrome().ui(article.lang());
        PageMeta meta = r.chrome().meta(file, article.lang(), "redirect", ui.get("movedTitle"), "website", Map.of())
                .withCanonical(r.chrome().absolute(article.urlPath()));
        return r.page("redirect.peb", meta, "redirect", new RedirectView(article.urlPath(), article.title(),
                article.lang(), Scripts.direction(article.lang())));
    }
}
