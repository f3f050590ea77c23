package org.dozaban.render;

import org.dozaban.content.MenuItem;
import org.dozaban.content.Site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The menus of {@code site.yaml} turned into links, per language; labels default to what they link. */
final class Menus {

    private Menus() {
    }

    static Map<String, List<MenuLink>> of(Site site, Map<String, UiStrings> ui) {
        Map<String, List<MenuLink>> menus = new LinkedHashMap<>();
        for (String lang : site.config().languages()) {
            List<MenuLink> links = new ArrayList<>();
            for (MenuItem item : site.config().menu(lang)) {
                link(site, lang, ui.get(lang), item).ifPresent(links::add);
            }
            menus.put(lang, List.copyOf(links));
        }
        return menus;
    }

    /** The link of {@code item}; empty for a page the site does not have (the loader reports it). */
    private static Optional<MenuLink> link(Site site, String lang, UiStrings ui, MenuItem item) {
        return switch (item.kind()) {
            case PAGE -> site.pages(lang).stream().filter(p -> p.slug().equals(item.target())).findFirst()
                    .map(page -> internal(label(item, page.title()), page.urlPath()));
            case TOPIC -> Optional.of(internal(label(item, site.topic(item.target()).map(t -> t.name(lang))
                    .orElse(item.target())), Listings.topicPath(lang, item.target())));
            case ARCHIVE -> Optional.of(internal(label(item, ui.get("archive")), lang + "/archive/"));
            case URL -> Optional.of(new MenuLink(item.label(), null, item.target()));
        };
    }

    private static String label(MenuItem item, String fallback) {
        return item.label() != null ? item.label() : fallback;
    }

    private static MenuLink internal(String label, String path) {
        return new MenuLink(label, path, null);
    }
}
