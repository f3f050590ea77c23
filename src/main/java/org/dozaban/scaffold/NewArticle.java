package org.dozaban.scaffold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The file {@code dozaban new} writes: every front matter key a contributor needs, each with a comment
 * that says what it is; keys without a value yet are commented out, so the file is valid as written.
 *
 * @param title          the title
 * @param date           the date
 * @param slug           the slug given, or null to let the title make it
 * @param translationKey the key it shares with its translations
 * @param topics         topic keys, copied from the original for a translation
 * @param translated     for a translation, the day it is started (adds translator and translated); else null
 */
public record NewArticle(String title, LocalDate date, String slug, String translationKey, List<String> topics,
        LocalDate translated) {

    private static final int COMMENT_WIDTH = 100;

    public NewArticle {
        topics = List.copyOf(topics);
    }

    /** The file's text: front matter with comments, then an empty body. */
    public String text(List<String> knownTopics) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("# The title as readers see it.\n");
        out.append("title: ").append(quoted(title)).append('\n');
        out.append("# Publication date, yyyy-mm-dd; it also places the article's URL.\n");
        out.append("date: ").append(date).append('\n');
        out.append("# Who wrote it, as the name should be shown.\n");
        out.append("# author: \n");
        if (translated != null) {
            out.append("# Who translated it. Fill it in: it marks this article as the translation.\n");
            out.append("# translator: \n");
            out.append("# The day the translation last matched its original ('dozaban status' compares it).\n");
            out.append("translated: ").append(translated).append('\n');
        }
        out.append(topicsComment(knownTopics));
        out.append("topics: [").append(String.join(", ", topics)).append("]\n");
        out.append("# One or two sentences for lists, the page description and the feed.\n");
        out.append("# summary: \n");
        out.append("# Articles sharing this key are translations of each other, one per language.\n");
        out.append("translationKey: ").append(translationKey).append('\n');
        out.append("# The URL segment: lower-case ASCII letters, digits and hyphens.\n");
        out.append(slug == null ? "# slug: \n" : "slug: " + slug + "\n");
        out.append("# Where the article was first published, by whom, and the site it was taken from.\n");
        out.append("# sourceUrl: https://\n# publisher: \n# via: \n");
        out.append("# Remove this line to publish the article.\n");
        out.append("draft: true\n");
        out.append("---\n\n");
        return out.toString();
    }

    private static String topicsComment(List<String> known) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("# Topic keys from topics.yaml:");
        for (int i = 0; i < known.size(); i++) {
            String item = known.get(i) + (i + 1 < known.size() ? "," : "");
            if (line.length() + item.length() + 1 > COMMENT_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder("#  ");
            }
            line.append(' ').append(item);
        }
        lines.add(line.toString());
        return String.join("\n", lines) + "\n";
    }

    /** A double-quoted YAML string. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
