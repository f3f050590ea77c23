package org.dozaban.report;

import org.dozaban.content.Problem;

import java.util.List;
import java.util.Locale;

/**
 * Problems as one JSON document, one problem a line, in this schema (version 1):
 * <pre>
 * {"version": 1, "errors": 1, "warnings": 1, "problems": [
 * {"file": "content/fa/x.md", "line": 3, "column": 7, "severity": "warning", "rule": "latin-digits",
 *  "message": "…", "hint": "…", "fix": {"line": 3, "column": 7, "endLine": 3, "endColumn": 11, "replacement": "۲۰۱۴"}},
 * …
 * ]}
 * </pre>
 * {@code line} and {@code column} are 1-based, 0 when unknown; columns count Unicode code points;
 * {@code fix} is null when there is no safe fix; its end is exclusive.
 */
final class JsonReport {

    private JsonReport() {
    }

    static String of(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "{\"version\": 1, \"errors\": %d, \"warnings\": %d, \"problems\": [",
                errors, problems.size() - errors));
        for (int i = 0; i < problems.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(problem(problems.get(i)));
        }
        out.append(problems.isEmpty() ? "]}\n" : "\n]}\n");
        return out.toString();
    }

    private static String problem(Problem p) {
        StringBuilder out = new StringBuilder("{");
        out.append("\"file\": ").append(JsonText.string(p.file().toString().replace('\\', '/')))
                .append(", \"line\": ").append(p.line())
                .append(", \"column\": ").append(p.column())
                .append(", \"severity\": ").append(JsonText.string(p.severity().label()))
                .append(", \"rule\": ").append(JsonText.string(p.rule()))
                .append(", \"message\": ").append(JsonText.string(p.message()))
                .append(", \"hint\": ").append(JsonText.string(p.hint()))
                .append(", \"fix\": ");
        if (p.fix() == null) {
            out.append("null");
        } else {
            out.append("{\"line\": ").append(p.line())
                    .append(", \"column\": ").append(p.column())
                    .append(", \"endLine\": ").append(p.line())
                    .append(", \"endColumn\": ").append(p.fix().endColumn())
                    .append(", \"replacement\": ").append(JsonText.string(p.fix().replacement())).append('}');
        }
        return out.append('}').toString();
    }

}
