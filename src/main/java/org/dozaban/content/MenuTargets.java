package org.dozaban.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that every menu item of {@code site.yaml} links a standalone page or topic that exists. */
final class MenuTargets {

    private MenuTargets() {
    }

    static void check(Path siteFile, SiteConfig config, List<Article> pages, Set<String> topics, Problems problems) {
        for (String lang : config.languages()) {
            Set<String> slugs = pages.stream().filter(p -> p.lang().equals(lang) && !p.draft())
                    .map(Article::slug).collect(Collectors.toSet());
            for (MenuItem item : config.menu(lang)) {
                Place place = new Place(item.line(), item.column());
                if (item.kind() == MenuItem.Kind.PAGE && !slugs.contains(item.target())) {
                    problems.add(siteFile, place, "the " + lang + " menu links page \"" + item.target()
                                    + "\", which does not exist",
                            Suggestions.hintNearest(item.target(), slugs, "pages in " + lang)
                                    + "; a page is content/" + lang + "/pages/<slug>.md");
                } else if (item.kind() == MenuItem.Kind.TOPIC && !topics.contains(item.target())) {
                    problems.add(siteFile, place, "the " + lang + " menu links unknown topic \""
                            + item.target() + "\"", Suggestions.hintNearest(item.target(), topics, "known topics"));
                }
            }
        }
    }
}
