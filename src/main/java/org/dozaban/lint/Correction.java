package org.dozaban.lint;

import org.dozaban.text.PersianText;

import java.util.Map;
import java.util.regex.MatchResult;

/** What a rule puts in place of its match. */
sealed interface Correction permits Correction.Template, Correction.Translation, Correction.Transform {

    /** The corrected text for {@code match}. */
    String apply(MatchResult match);

    /** A replacement text in which {@code $1}, {@code $2}… stand for the match's groups. */
    record Template(String template) implements Correction {
        @Override
        public String apply(MatchResult match) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                    String group = match.group(template.charAt(++i) - '0');
                    out.append(group == null ? "" : group);
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    /** Each character of the match that is a key becomes its value. */
    record Translation(Map<Integer, Integer> map) implements Correction {
        public Translation {
            map = Map.copyOf(map);
        }

        @Override
        public String apply(MatchResult match) {
            StringBuilder out = new StringBuilder();
            match.group().codePoints().forEach(c -> out.appendCodePoint(map.getOrDefault(c, c)));
            return out.toString();
        }
    }

    /** A correction written in code, named in the rule data. */
    enum Transform implements Correction {
        /** The importer's unification of Arabic yeh and kaf into the Persian letters. */
        PERSIAN_LETTERS {
            @Override
            public String apply(MatchResult match) {
                return PersianText.unifyLetters(match.group());
            }
        };

        static Transform named(String name) {
            return switch (name) {
                case "persian-letters" -> PERSIAN_LETTERS;
                default -> throw new IllegalArgumentException("unknown transform \"" + name + "\"");
            };
        }
    }
}
