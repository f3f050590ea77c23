package org.dozaban.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code menus} of {@code site.yaml}: for each language a list of items, each a mapping with one
 * of {@code page: <slug>}, {@code topic: <key>}, {@code archive: true} or {@code url: <address>}, and
 * an optional {@code label} (required with {@code url}). Whether the page and topic exist is checked
 * once they are loaded ({@link MenuTargets}).
 */
final class MenusReader {

    private static final List<String> KEYS = List.of("page", "topic", "archive", "url", "label");
    private static final String EXAMPLE = "{en: [{page: about}, {topic: iran}, {archive: true},"
            + " {url: https://example.org/, label: Example}]}";

    private final YamlFields fields;

    MenusReader(YamlFields fields) {
        this.fields = fields;
    }

    Map<String, List<MenuItem>> read(Optional<YamlNode.Entry> entry, List<String> languages) {
        Map<String, List<MenuItem>> menus = new LinkedHashMap<>();
        entry.flatMap(e -> fields.mapping(e.value(), "\"menus\"", "menus: " + EXAMPLE)).ifPresent(map -> {
            fields.rejectUnknown(map, languages, "language", "site languages");
            for (YamlNode.Entry language : map.entries()) {
                if (languages.contains(language.name())) {
                    menus.put(language.name(), items(language));
                }
            }
        });
        return menus;
    }

    private List<MenuItem> items(YamlNode.Entry language) {
        List<MenuItem> items = new ArrayList<>();
        if (!(language.value() instanceof YamlNode.Sequence list)) {
            fields.report(language.value().place(), "the menu of \"" + language.name() + "\" must be a list, not "
                    + language.value().kind(), "for example: menus: " + EXAMPLE);
            return items;
        }
        for (YamlNode node : list.items()) {
            fields.mapping(node, "a menu item", "{page: about}").flatMap(this::item).ifPresent(items::add);
        }
        return items;
    }

    private Optional<MenuItem> item(YamlNode.Mapping map) {
        fields.rejectUnknownKeys(map, KEYS);
        List<YamlNode.Entry> targets = map.entries().stream()
                .filter(e -> !e.name().equals("label") && KEYS.contains(e.name())).toList();
        Place place = map.place();
        if (targets.size() != 1) {
            fields.report(place, "a menu item links one thing; this one has " + targets.size(),
                    "give exactly one of page, topic, archive or url, for example: {page: about}");
            return Optional.empty();
        }
        YamlNode.Entry target = targets.get(0);
        String label = map.get("label").flatMap(e -> fields.text(e, "About")).orElse(null);
        Optional<String> value = target.name().equals("archive") ? Optional.of("")
                : target.name().equals("url") ? fields.webUrl(target, "https://example.org/")
                : fields.text(target, target.name().equals("page") ? "about" : "iran");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        MenuItem.Kind kind = MenuItem.Kind.valueOf(target.name().toUpperCase(java.util.Locale.ROOT));
        if (kind == MenuItem.Kind.URL && label == null) {
            fields.report(place, "a menu item with a url needs a label", "add label: the text to show");
            return Optional.empty();
        }
        Place at = target.value().place();
        return Optional.of(new MenuItem(kind, value.get(), label, at.line(), at.column()));
    }
}
