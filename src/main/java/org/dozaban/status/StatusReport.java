package org.dozaban.status;

import org.dozaban.content.Article;
import org.dozaban.report.JsonText;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The translation status as text for people, or as one JSON document (schema in CONTRIBUTING.md). */
public final class StatusReport {

    private StatusReport() {
    }

    public static String text(List<LanguageStatus> languages) {
        StringBuilder out = new StringBuilder();
        for (LanguageStatus status : languages) {
            out.append(String.format(Locale.ROOT, "%s: %d articles%n", status.lang(), status.articles()));
            section(out, "no " + status.lang() + " translation", status.untranslated(),
                    a -> path(a) + "  " + a.title());
            section(out, "translation older than its original", status.stale(), s -> String.format(Locale.ROOT,
                    "%s: %s changed %s, translated %s (%s)", path(s.translation()), path(s.original()),
                    s.originalChanged(), s.translated(), s.source()));
            section(out, "topics differ from a translation", status.topicsDiffer(), d -> String.format(Locale.ROOT,
                    "%s %s, %s %s", path(d.article()), d.article().topics(), path(d.other()), d.other().topics()));
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private static <T> void section(StringBuilder out, String title, List<T> items, Function<T, String> line) {
        out.append("  ").append(title).append(": ").append(items.size()).append('\n');
        items.forEach(item -> out.append("    ").append(line.apply(item)).append('\n'));
    }

    public static String json(List<LanguageStatus> languages) {
        return languages.stream().map(StatusReport::json)
                .collect(Collectors.joining(",\n", "{\"version\": 1, \"languages\": [\n", "\n]}\n"));
    }

    private static String json(LanguageStatus s) {
        return "{\"lang\": " + JsonText.string(s.lang()) + ", \"articles\": " + s.articles()
                + ", \"untranslated\": " + list(s.untranslated(), a -> "{\"file\": " + file(a)
                        + ", \"lang\": " + JsonText.string(a.lang())
                        + ", \"translationKey\": " + JsonText.string(a.translationKey()) + "}")
                + ", \"stale\": " + list(s.stale(), t -> "{\"file\": " + file(t.translation())
                        + ", \"original\": " + file(t.original())
                        + ", \"translated\": " + JsonText.string(t.translated().toString())
                        + ", \"originalChanged\": " + JsonText.string(t.originalChanged().toString())
                        + ", \"source\": " + JsonText.string(t.source()) + "}")
                + ", \"topicsDiffer\": " + list(s.topicsDiffer(), d -> "{\"file\": " + file(d.article())
                        + ", \"topics\": " + JsonText.strings(d.article().topics())
                        + ", \"other\": " + file(d.other())
                        + ", \"otherTopics\": " + JsonText.strings(d.other().topics()) + "}")
                + "}";
    }

    private static <T> String list(List<T> items, Function<T, String> item) {
        return items.stream().map(item).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String file(Article article) {
        return JsonText.string(path(article));
    }

    private static String path(Article article) {
        return article.file().toString().replace('\\', '/');
    }
}
