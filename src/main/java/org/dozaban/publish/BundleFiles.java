package org.dozaban.publish;

import org.dozaban.content.Article;
import org.dozaban.content.Site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The files of page bundles, each copied next to the page that shows it: a bundle's own files beside
 * its page, and into each translation's page folder the files it shares from the bundles of its
 * translations (see {@link Site#files}).
 */
public final class BundleFiles {

    private BundleFiles() {
    }

    /** Every bundle file of the site's articles and standalone pages, sorted by output path. */
    public static List<FileCopy> of(Site site) {
        List<FileCopy> copies = new ArrayList<>();
        List<Article> all = new ArrayList<>(site.articles());
        all.addAll(site.pages());
        for (Article article : all) {
            for (Map.Entry<String, Path> file : site.files(article).entrySet()) {
                copies.add(new FileCopy(file.getValue(), article.urlPath() + file.getKey()));
            }
        }
        copies.sort(Comparator.comparing(FileCopy::path));
        return List.copyOf(copies);
    }
}
