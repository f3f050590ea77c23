package org.dozaban.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Pebble engine over a template folder: autoescaping on, undefined variables are errors, and
 * every template error comes back as a {@link ContentException} naming the template file and line.
 */
final class Templates {

    private static final Pattern QUOTED_NAME = Pattern.compile("\\[([^\\]]+)]|\"([^\"]+)\"");

    private final Path dir;
    private final PebbleEngine engine;

    Templates(Path dir) {
        this.dir = dir;
        this.engine = new PebbleEngine.Builder()
                .loader(new FileLoader(dir.toAbsolutePath().normalize().toString()))
                .autoEscaping(true)
                .addEscapingStrategy("html", new MarkupEscaping())
                .strictVariables(true)
                .newLineTrimming(true)
                .extension(new DozabanExtension())
                .build();
    }

    /**
     * Renders {@code template} (a file name such as {@code article.peb}) for one page.
     *
     * @param viewName name under which {@code view} is visible to the template
     */
    String render(String template, PageMeta page, UiStrings ui, String viewName, Record view)
            throws ContentException {
        Map<String, Object> context = Map.of(
                DozabanExtension.PAGE, page,
                DozabanExtension.UI, ui,
                "t", ui.strings(),
                viewName, view);
        StringWriter out = new StringWriter();
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            compiled.evaluate(out, context);
        } catch (PebbleException e) {
            throw new ContentException(endOfFile(e) ? TemplateSyntax.problems(dir, template, e) : List.of(problem(template, e)));
        } catch (RuntimeException e) {
            // Pebble's lexer fails with internal exceptions on some unclosed tags
            throw new ContentException(TemplateSyntax.problems(dir, template, e));
        } catch (IOException e) {
            throw new ContentException(new Problem(dir.resolve(template), 0, 0,
                    "cannot render template: " + e.getMessage(), "check that the template file is readable"));
        }
        return out.toString();
    }

    /** Pebble reaching the end of a file inside a tag: the tag left open is the place to show. */
    private static boolean endOfFile(PebbleException e) {
        return String.valueOf(e.getPebbleMessage()).contains("type EOF");
    }

    private Problem problem(String template, PebbleException e) {
        String file = e.getFileName() != null ? e.getFileName() : template;
        int line = e.getLineNumber() != null ? Math.max(e.getLineNumber(), 0) : 0;
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage());
        Path path = templatePath(file);
        return new Problem(path, line, column(path, line, message), "template error: " + message.strip(),
                "fix the template; templates/README.md lists the variables and filters each template gets");
    }

    /**
     * Pebble reports lines only. The column is where the name the message quotes (as {@code [name]}
     * or {@code "name"}) first appears on that line, else the line's first non-blank character.
     */
    static int column(Path file, int line, String message) {
        if (line <= 0) {
            return 0;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
        if (line > lines.size()) {
            return 0;
        }
        String text = lines.get(line - 1);
        Matcher quoted = QUOTED_NAME.matcher(message);
        while (quoted.find()) {
            String name = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            int at = text.indexOf(name);
            if (!name.isBlank() && at >= 0) {
                return text.codePointCount(0, at) + 1;
            }
        }
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return text.codePointCount(0, first) + 1;
    }

    /** Pebble reports the name given to the loader or an absolute path; either is shown under the folder as given. */
    private Path templatePath(String file) {
        Path path = Path.of(file);
        Path absoluteDir = dir.toAbsolutePath().normalize();
        if (path.isAbsolute() && path.startsWith(absoluteDir)) {
            return dir.resolve(absoluteDir.relativize(path));
        }
        return path.isAbsolute() ? path : dir.resolve(path);
    }
}
