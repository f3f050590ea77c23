package org.dozaban.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Page chrome told by the vocabularies and by shape: site menus, share bars, labels and fields before an
 * article; related headlines, comment prompts and forms, tags, copyright and unsubscribe footers, wire
 * credits, mail closings, hashtags and reaction counts after it. A block is chrome only when it is short and
 * not a sentence of running text (footers, credits and closings may be longer).
 */
final class Chrome {

    private static final int MAX_WORDS = 12;
    private static final int MAX_FOOTER_WORDS = 40;
    private static final int MAX_MENU_ITEM_WORDS = 3;
    private static final int MIN_MENU_LINES = 3;
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+|\\s{2,}[›»>/]\\s{2,}");
    private static final Pattern COLUMNS = Pattern.compile("\\S+(?:\\s{2,}\\S+){2,}");
    private static final Pattern HANDLE = Pattern.compile("@[\\w.]{3,}");
    private static final Pattern HASHTAGS = Pattern.compile("(?:#[\\p{L}\\p{N}_\\u200C]+\\s*)+");
    private static final Pattern FIELD = Pattern.compile("([\\p{L}][\\p{L}\\u200C _-]{0,30}?)\\s*[:：]\\s*\\S.*");

    private Chrome() {
    }

    /** The chrome role of a block before the article's text, with its evidence; empty when it may be the article's. */
    static Optional<Evidence> before(Block block) {
        String flat = block.flat().strip();
        if (block.words() > MAX_WORDS * 2 || Byline.parse(block).isPresent()) {
            return Optional.empty();
        }
        if (block.lines().stream().allMatch(l -> Vocabulary.of("menu").isWhole(l))) {
            return found(Role.MENU, 3, "every line a menu word (menu)");
        }
        if (isMenu(block)) {
            return found(Role.MENU, 3, block.lines().size() + " lines of one to three words, no sentence");
        }
        if (block.words() <= MAX_WORDS && (!Texts.endsSentence(flat) || flat.endsWith(":"))) {
            Optional<Evidence> vocab = vocabulary(flat, "share", Role.SHARE)
                    .or(() -> vocabulary(flat, "front-labels", Role.LABEL));
            if (vocab.isPresent()) {
                return vocab;
            }
        }
        if (isItemList(flat)) {
            return found(Role.MENU, 2, "items between bars or dots");
        }
        for (String line : block.lines()) {
            if (COLUMNS.matcher(line.strip()).matches() && !Texts.endsSentence(line)) {
                return found(Role.LABEL, 2, "words in columns (a slug or running line)");
            }
        }
        if (HANDLE.matcher(block.last().strip()).matches()) {
            return found(Role.LABEL, 3, "channel name and handle");
        }
        if (block.words() > MAX_WORDS || Texts.endsSentence(flat) && !flat.endsWith(":")) {
            return Optional.empty();
        }
        if (block.lines().stream().allMatch(Chrome::isExportField)) {
            return found(Role.EXPORT_FIELD, 3, "labelled field of an export or news site");
        }
        return Optional.empty();
    }

    /** The chrome role of a block after the article's text, with its evidence. */
    static Optional<Evidence> after(Block block) {
        String flat = unemphasized(block.flat());
        String first = unemphasized(block.first());
        if (isReactions(block.first())) {
            return found(Role.FOOTER, 2, "counts and symbols without words (views, reactions)");
        }
        if (HASHTAGS.matcher(flat).matches()) {
            return found(Role.FOOTER, 3, "hashtags only");
        }
        int words = block.words();
        Optional<Evidence> longer = vocabulary(first, "endings", Role.FOOTER)
                .or(() -> vocabulary(first, "credits", Role.CREDIT))
                .or(() -> vocabulary(first, "closings", Role.SIGNATURE));
        if (longer.isPresent() && words <= MAX_FOOTER_WORDS) {
            return longer;
        }
        if (words > MAX_WORDS || Texts.endsSentence(flat) && !flat.endsWith(":")) {
            return Optional.empty();
        }
        return vocabulary(flat, "footer", Role.FOOTER)
                .or(() -> vocabulary(flat, "related", Role.RELATED))
                .or(() -> vocabulary(flat, "comments", Role.COMMENTS))
                .or(() -> vocabulary(flat, "share", Role.SHARE))
                .or(() -> vocabulary(flat, "menu", Role.MENU));
    }

    /** The name signed under a mail closing ("Best wishes," / "Priya Nair"), when it is a person's. */
    static Optional<String> signedName(List<Block> tail) {
        List<String> lines = new ArrayList<>();
        tail.forEach(b -> lines.addAll(b.lines()));
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (Vocabulary.of("closings").starts(lines.get(i)) && lines.get(i).split("\\s+").length <= 4) {
                String name = lines.get(i + 1).strip();
                boolean organisation = List.of(Vocabulary.normalize(name).split(" ")).stream()
                        .anyMatch(w -> Vocabulary.of("organisations").isWhole(w));
                if (!organisation && Byline.isNameBeforeDate(name)) {
                    return Optional.of(Byline.titleCase(name));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMenu(Block block) {
        return block.lines().size() >= MIN_MENU_LINES && block.lines().stream().allMatch(l -> {
            String t = l.strip();
            return t.split("\\s+").length <= MAX_MENU_ITEM_WORDS && !Texts.endsSentence(t) && !t.startsWith("#")
                    && t.codePoints().anyMatch(Character::isLetter);
        });
    }

    private static boolean isItemList(String flat) {
        String[] items = ITEM_SEPARATOR.split(flat);
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            String t = item.strip();
            if (t.isEmpty() || t.split("\\s+").length > MAX_MENU_ITEM_WORDS || Texts.endsSentence(t)
                    || Byline.dateLine(t).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExportField(String line) {
        var m = FIELD.matcher(line.strip());
        return m.matches() && Vocabulary.of("export-fields").isWhole(m.group(1));
    }

    /** A line of numbers and symbols (emoji) without words: view counts and reactions. */
    private static boolean isReactions(String line) {
        String t = line.strip();
        boolean symbol = t.codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL);
        return symbol && t.codePoints().noneMatch(Character::isLetter);
    }

    private static Optional<Evidence> vocabulary(String text, String list, Role role) {
        return Vocabulary.of(list).prefixOf(text)
                .map(phrase -> new Evidence(role, 3, List.of("starts with \"" + phrase + "\" (" + list + ")")));
    }

    private static Optional<Evidence> found(Role role, double score, String... features) {
        return Optional.of(new Evidence(role, score, List.of(features)));
    }

    private static String unemphasized(String text) {
        return text.strip().replaceAll("^[*_]+|[*_]+$", "");
    }
}
