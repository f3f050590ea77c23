package org.dozaban.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.dozaban.html.Direction;
import org.dozaban.text.Dates;
import org.dozaban.text.Language;
import org.dozaban.text.Numbers;
import org.dozaban.text.Scripts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The generator's Pebble filters and functions. Each reads the page it renders from the context
 * variables {@code page} ({@link PageMeta}) and {@code ui} ({@link UiStrings}), so templates never
 * pass the language around.
 *
 * <ul>
 *   <li>{@code date}: a {@link LocalDate} in the page language's calendar and digits;</li>
 *   <li>{@code digits}: a number in the page language's digits;</li>
 *   <li>{@code dir}: a language code to {@code rtl} or {@code ltr};</li>
 *   <li>{@code textdir}: the direction of a string by its letters, for names and titles of unknown language;</li>
 *   <li>{@code langattrs(lang)}: for a string shown inside an element in {@code lang}, the {@code lang}
 *   and {@code dir} attributes it needs when another script clearly dominates it, else nothing;</li>
 *   <li>{@code url(path)}: a site-relative path as a URL relative to the current page;</li>
 *   <li>{@code msg(key, args...)}: an ICU message from the interface strings, e.g. plurals.</li>
 * </ul>
 */
final class DozabanExtension extends AbstractExtension {

    static final String PAGE = "page";
    static final String UI = "ui";

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "date", new LangFilter((value, lang) -> Dates.format((LocalDate) value, lang)),
                "digits", new LangFilter((value, lang) -> Numbers.format(((Number) value).longValue(), lang)),
                "dir", new LangFilter((value, lang) -> Language.direction(String.valueOf(value))),
                "textdir", new LangFilter((value, lang) -> Direction.of(String.valueOf(value))),
                "langattrs", new LanguageAttributes(),
                "metaattrs", new MetadataAttributes());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("url", new UrlFunction(), "msg", new MessageFunction());
    }

    static PageMeta page(EvaluationContext context) {
        return (PageMeta) context.getVariable(PAGE);
    }

    /** A filter whose result depends on the page's language. */
    private static final class LangFilter implements Filter {
        private final BiFunction<Object, String, String> apply;

        LangFilter(BiFunction<Object, String, String> apply) {
            this.apply = apply;
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                            EvaluationContext context, int line) {
            if (input == null) {
                throw new PebbleException(null, "filter applied to a null value", line, self.getName());
            }
            try {
                return apply.apply(input, page(context).lang());
            } catch (ClassCastException e) {
                throw new PebbleException(e, "filter cannot take a " + input.getClass().getSimpleName()
                        + " (" + input + ")", line, self.getName());
            }
        }
    }

    /** {@code langattrs(containerLang)}: attributes for a block whose text is in another language. */
    private static final class LanguageAttributes implements Filter {
        @Override
        public List<String> getArgumentNames() {
            return List.of("container");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                            EvaluationContext context, int line) {
            String container = String.valueOf(args.get("container"));
            return Scripts.dominantLanguage(String.valueOf(input))
                    .filter(lang -> !lang.equals(container))
                    .map(lang -> new SafeString(" lang=\"" + lang + "\" dir=\"" + Language.direction(lang) + "\""))
                    .orElse(new SafeString(""));
        }
    }

    /**
     * {@code metaattrs(containerLang)}: like {@code langattrs}, for names shown as metadata (author,
     * publisher, translator); a domain name or address is not in a language, so it gets only
     * {@code dir="ltr"} where the container is right to left.
     */
    private static final class MetadataAttributes implements Filter {
        private static final java.util.regex.Pattern ADDRESS =
                java.util.regex.Pattern.compile("(?i)(https?://\\S+|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,})/?");

        @Override
        public List<String> getArgumentNames() {
            return List.of("container");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                            EvaluationContext context, int line) throws PebbleException {
            String container = String.valueOf(args.get("container"));
            if (input != null && ADDRESS.matcher(String.valueOf(input).strip()).matches()) {
                return new SafeString(Language.isRightToLeft(container) ? " dir=\"ltr\"" : "");
            }
            return new LanguageAttributes().apply(input, args, self, context, line);
        }
    }

    private static final class UrlFunction implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object path = args.get("path");
            if (path == null) {
                throw new PebbleException(null, "url() needs a site-relative path", line, self.getName());
            }
            return page(context).link(path.toString());
        }
    }

    /** {@code msg(key, arg0, arg1)}: positional arguments only, which is all the messages use. */
    private static final class MessageFunction implements Function {
        @Override
        public List<String> getArgumentNames() {
            return List.of("key", "arg0", "arg1");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            UiStrings ui = (UiStrings) context.getVariable(UI);
            try {
                // as many arguments as the call gave: a message of one number is formatted once per number
                String key = String.valueOf(args.get("key"));
                Object first = args.get("arg0");
                Object second = args.get("arg1");
                return second != null ? ui.format(key, first, second)
                        : first != null ? ui.format(key, first) : ui.format(key);
            } catch (IllegalArgumentException e) {
                throw new PebbleException(e, e.getMessage(), line, self.getName());
            }
        }
    }
}
