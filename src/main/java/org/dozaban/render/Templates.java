package org.dozaban.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Pebble engine over a template folder: autoescaping on, undefined variables are errors, and
 * every template error comes back as a {@link ContentException} naming the template file and line.
 */
final class Templates {

    private final Path dir;
    private final PebbleEngine engine;

    Templates(Path dir) {
        this.dir = dir;
        this.engine = new PebbleEngine.Builder()
                .loader(new FileLoader(dir.toAbsolutePath().normalize().toString()))
                .autoEscaping(true)
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
            throw new ContentException(problem(template, e));
        } catch (IOException e) {
            throw new ContentException(new Problem(dir.resolve(template), 0, 0,
                    "cannot render template: " + e.getMessage(), ""));
        }
        return out.toString();
    }

    private Problem problem(String template, PebbleException e) {
        String file = e.getFileName() != null ? e.getFileName() : template;
        int line = e.getLineNumber() != null ? Math.max(e.getLineNumber(), 0) : 0;
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : String.valueOf(e.getMessage());
        return new Problem(templatePath(file), line, 0, "template error: " + message.strip(),
                "rendering " + template + "; fix the template or the variable it uses");
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
