package org.dozaban.render;

import org.dozaban.content.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds where a template's tags are left open, for the failures Pebble reports without a place: a
 * {@code {{}, {@code {%} or {@code {#} whose closing {@code }}}, {@code %}} or {@code #}} does not come
 * before the next opening one.
 */
final class TemplateSyntax {

    private static final String[][] DELIMITERS = {{"{{", "}}"}, {"{%", "%}"}, {"{#", "#}"}};

    private TemplateSyntax() {
    }

    /**
     * The unclosed tags of every template in {@code dir}; when none is found, one problem naming
     * {@code template} and the failure.
     */
    static List<Problem> problems(Path dir, String template, Exception failure) {
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).sorted().toList()) {
                unclosed(dir.resolve(dir.relativize(file)), Files.readString(file, StandardCharsets.UTF_8), problems);
            }
        } catch (IOException | UncheckedIOException e) {
            // the failure itself is reported below
        }
        if (problems.isEmpty()) {
            problems.add(new Problem(dir.resolve(template), 0, 0,
                    "template error: the template cannot be read: " + failure,
                    "look for a tag left open or a quote not closed"));
        }
        return problems;
    }

    static void unclosed(Path file, String text, List<Problem> problems) {
        int at = 0;
        while (true) {
            int open = -1;
            String[] kind = null;
            for (String[] d : DELIMITERS) {
                int i = text.indexOf(d[0], at);
                if (i >= 0 && (open < 0 || i < open)) {
                    open = i;
                    kind = d;
                }
            }
            if (open < 0) {
                return;
            }
            int close = text.indexOf(kind[1], open + 2);
            int next = nextOpening(text, open + 2);
            if (close < 0 || (next >= 0 && next < close && !kind[0].equals("{#"))) {
                problems.add(new Problem(file, line(text, open), column(text, open),
                        "template error: \"" + kind[0] + "\" is not closed by \"" + kind[1] + "\"",
                        "add \"" + kind[1] + "\" where the expression or tag ends"));
                at = open + 2;
            } else {
                at = close + 2;
            }
        }
    }

    private static int nextOpening(String text, int from) {
        int next = -1;
        for (String[] d : DELIMITERS) {
            int i = text.indexOf(d[0], from);
            if (i >= 0 && (next < 0 || i < next)) {
                next = i;
            }
        }
        return next;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int column(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        return text.codePointCount(start, offset) + 1;
    }
}
