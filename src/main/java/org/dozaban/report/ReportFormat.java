package org.dozaban.report;

import org.dozaban.content.Problem;

import java.util.List;
import java.util.stream.Collectors;

/** How {@code check} prints problems. */
public enum ReportFormat {
    /** {@code path:line:col: error: message}, a hint line under it: for people. */
    TEXT {
        @Override
        public String render(List<Problem> problems) {
            return problems.stream().map(p -> p.format() + "\n").collect(Collectors.joining());
        }
    },
    /** GitHub Actions workflow commands, one a line, that become annotations on the lines they name. */
    GITHUB {
        @Override
        public String render(List<Problem> problems) {
            return problems.stream().map(p -> GithubAnnotations.of(p) + "\n").collect(Collectors.joining());
        }
    },
    /** One JSON document, see {@link JsonReport}. */
    JSON {
        @Override
        public String render(List<Problem> problems) {
            return JsonReport.of(problems);
        }
    };

    /** The problems in this format, each line ending in a newline. */
    public abstract String render(List<Problem> problems);
}
