package org.dozaban.report;

import org.dozaban.content.Problem;

import java.nio.file.Path;

/**
 * A problem as a GitHub Actions workflow command:
 * {@code ::error file=content/fa/x.md,line=3,col=7,title=latin-digits::message%0Ahint: …}.
 * {@code line} and {@code col} are left out when unknown; the title is the rule id. An absolute path
 * inside the working folder is written relative to it, as GitHub matches it to the repository's files.
 */
final class GithubAnnotations {

    private GithubAnnotations() {
    }

    static String of(Problem problem) {
        StringBuilder out = new StringBuilder("::").append(problem.severity().label())
                .append(" file=").append(property(relative(problem.file()).toString().replace('\\', '/')));
        if (problem.line() > 0) {
            out.append(",line=").append(problem.line());
            if (problem.column() > 0) {
                out.append(",col=").append(problem.column());
            }
        }
        out.append(",title=").append(property(problem.rule())).append("::").append(data(problem.message()));
        if (!problem.hint().isEmpty()) {
            out.append(data("\nhint: " + problem.hint()));
        }
        return out.toString();
    }

    private static Path relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.isAbsolute() && file.startsWith(here) ? here.relativize(file) : file;
    }

    /** Escapes a command's message as the runner reads it back. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: as data, and the separators ':' and ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
