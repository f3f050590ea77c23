package org.dozaban.content;

import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a SnakeYAML syntax error into a problem a contributor can act on: placed where the mistake
 * most likely is (an unclosed quote or bracket where it opens, a line without a colon on that line),
 * with a hint for the common mistakes.
 */
final class YamlSyntax {

    /**
     * A common mistake: the fragment of SnakeYAML's problem text that tells it, what to call it
     * instead (empty: keep SnakeYAML's words), and the hint that fixes it.
     */
    private record Known(String fragment, String message, String hint) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("(TAB)", "a tab in the indentation", "indent with spaces; YAML does not allow tabs"),
            new Known("mapping values are not allowed", "unexpected \": \"",
                    "quote a value that contains \": \" (title: \"Iraq: a new war\"), or end the line above"
                            + " with \":\" if this line belongs under it"),
            new Known("could not find expected ':'", "this line is not \"key: value\"",
                    "join a value that runs on to the line above, or quote it"),
            new Known("but found '<scalar>'", "text goes on after a closing quote",
                    "quote the whole value; inside '...' write '' for an apostrophe"),
            new Known("cannot start any token", "", "quote a value that starts with this character"),
            new Known("undefined alias", "", "quote a value that starts with *"));

    /** The unclosed things SnakeYAML names in its context, what to call them, and how to close them. */
    private static final List<Known> UNCLOSED = List.of(
            new Known("quoted scalar", "quoted text", "add the closing quote where the value ends"),
            new Known("flow sequence", "[ list", "add the closing ] after the last item"),
            new Known("flow mapping", "{ mapping", "add the closing } after the last entry"));

    private static final String DEFAULT_HINT = "check the indentation and quoting here";

    private YamlSyntax() {
    }

    /**
     * Reports {@code e}.
     *
     * @param place  converts a mark of the parsed text to a place in the file
     * @param length the parsed text's length, to tell errors at its very end
     */
    static void report(MarkedYamlEngineException e, int length, Function<Mark, Place> place, YamlFields fields) {
        Optional<Mark> problem = e.getProblemMark();
        Optional<Mark> context = e.getContextMark();
        String contextText = e.getContext() == null ? "" : e.getContext();
        Optional<Known> unclosed = find(UNCLOSED, contextText);
        boolean atEnd = problem.map(m -> m.getIndex() >= length).orElse(true);
        boolean missedCloser = e.getProblem().startsWith("expected ',' or");
        if (unclosed.isPresent() && context.isPresent() && (atEnd || missedCloser)) {
            fields.report(place.apply(context.get()),
                    "invalid YAML: this " + unclosed.get().message() + " is never closed", unclosed.get().hint());
            return;
        }
        // the line without a colon is the one the simple key started on, not the next line
        Optional<Mark> at = contextText.contains("simple key") ? context.or(() -> problem) : problem.or(() -> context);
        Optional<Known> known = find(KNOWN, e.getProblem());
        String message = known.map(Known::message).filter(m -> !m.isEmpty()).orElse(firstSentence(e.getProblem()));
        fields.report(at.map(place).orElse(Place.FILE), "invalid YAML: " + message,
                known.map(Known::hint).orElse(DEFAULT_HINT));
    }

    private static Optional<Known> find(List<Known> known, String text) {
        return known.stream().filter(k -> text.contains(k.fragment())).findFirst();
    }

    /** SnakeYAML appends advice meant for YAML authors in general; the hint replaces it. */
    private static String firstSentence(String problem) {
        int stop = problem.indexOf(". (");
        return stop < 0 ? problem : problem.substring(0, stop);
    }
}
