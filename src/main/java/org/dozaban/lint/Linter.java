package org.dozaban.lint;

import org.dozaban.content.Fix;
import org.dozaban.content.Problem;
import org.dozaban.content.Severity;
import org.dozaban.ingest.ArabicText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the rules of a language over the prose of one article file. Stateless and thread-safe. */
public final class Linter {

    private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\p{IsArabic}&&\\p{L}]");
    private static final String ZWNJ = "\u200C";

    private final RuleSet rules;

    public Linter(RuleSet rules) {
        this.rules = rules;
    }

    /** The linter for articles in {@code lang}. */
    public static Linter forLanguage(String lang) {
        return new Linter(RuleSet.forLanguage(lang));
    }

    /**
     * Every rule's findings in {@code text}, the contents of {@code file}, as warnings sorted by place,
     * each with its fix.
     */
    public List<Problem> lint(Path file, String text) {
        List<Problem> found = new ArrayList<>();
        for (LintableLines.Segment segment : LintableLines.of(text)) {
            String line = segment.text();
            ExemptSpans exempt = ExemptSpans.of(line).plus(0, segment.from()).plus(segment.to(), line.length());
            for (int[] span : segment.exempt()) {
                exempt = exempt.plus(span[0], span[1]);
            }
            String prose = line.substring(segment.from(), segment.to());
            // digits left out: Arabic-Indic digits, which a rule corrects, would make the line read as Arabic
            boolean persian = PERSIAN_LETTER.matcher(prose).find()
                    && !ArabicText.isArabic(prose.replaceAll("\\p{Nd}", ""));
            for (Rule rule : rules.rules()) {
                if (!rule.persianLinesOnly() || persian) {
                    apply(rule, file, segment, exempt, found);
                }
            }
        }
        found.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(found);
    }

    private static void apply(Rule rule, Path file, LintableLines.Segment segment, ExemptSpans exempt,
            List<Problem> found) {
        String line = segment.text();
        Matcher m = rule.pattern().matcher(line)
                .region(segment.from(), segment.to())
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
        while (m.find()) {
            if (m.end() == m.start() || exempt.overlaps(m.start(), m.end())
                    || rule.exceptions().contains(m.group().replace(ZWNJ, ""))) {
                continue;
            }
            String fixed = rule.correction().apply(m);
            if (fixed.equals(m.group())) {
                continue;
            }
            int column = line.codePointCount(0, m.start()) + 1;
            int endColumn = line.codePointCount(0, m.end()) + 1;
            found.add(new Problem(file, segment.number(), column, rule.message(), rule.hint(), Severity.WARNING,
                    rule.id(), new Fix(endColumn, fixed)));
        }
    }
}
