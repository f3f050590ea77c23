package org.dozaban.ingest;

import org.dozaban.content.ContentException;
import org.dozaban.content.Problem;
import org.dozaban.text.Language;
import org.dozaban.text.Slugs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link Draft} into an {@link ImportedArticle}: language, Markdown paragraphs, topics, slug. */
public final class ArticleBuilder {

    private final TopicAssigner topics;

    /** @param topics assigns topics to each article */
    public ArticleBuilder(TopicAssigner topics) {
        this.topics = topics;
    }

    /**
     * Builds the article of {@code draft}.
     *
     * @param seed    the seed file (its name is recorded, its path named in errors)
     * @param lexicon the words of the whole seed, for hyphenation decisions
     */
    public ImportedArticle build(Draft draft, Path seed, Lexicon lexicon) throws ContentException {
        String lang = LanguageDetection.of(draft.body());
        if (Language.of(lang).filter(Language.SITE::contains).isEmpty()) {
            throw new ContentException(new Problem(seed, 0, 0, "article language \"" + lang + "\" is not supported",
                    "articles are imported in Persian (fa) or English (en)"));
        }
        List<String> paragraphs = new ArrayList<>(paragraphs(draft.body(), lang, lexicon));
        String title = Language.PERSIAN.is(lang) ? ArabicText.unifyPersianLines(draft.title()) : draft.title();
        String subtitle = draft.subtitle() == null ? null
                : Language.PERSIAN.is(lang) ? ArabicText.unifyPersianLines(draft.subtitle()) : draft.subtitle();
        if (subtitle != null) {
            paragraphs.add(0, lead(subtitle, lang));
        }
        String author = Language.PERSIAN.is(lang) && draft.author() != null
                ? ArabicText.unifyPersianLines(draft.author()) : draft.author();
        String slug = slug(title, seed);
        return new ImportedArticle(lang, slug, title, author, draft.date(),
                topics.assign(title, paragraphs, lang), draft.sourceUrl(), draft.publisher(), draft.via(), slug,
                seed.getFileName().toString(), paragraphs, subtitle);
    }

    /**
     * The subtitle as the article's lead paragraph, emphasised: in italics in English, in bold in Persian,
     * whose script has no italics.
     */
    static String lead(String subtitle, String lang) {
        String mark = Language.PERSIAN.is(lang) ? "**" : "*";
        return mark + subtitle + mark;
    }

    /** Body blocks as Markdown paragraphs; a block in another script (a verse, a quotation) stays as it is. */
    static List<String> paragraphs(List<Block> body, String lang, Lexicon lexicon) {
        List<String> out = new ArrayList<>();
        for (Block block : body) {
            String text = Texts.inScriptOf(block.flat(), lang)
                    ? Reflow.paragraph(block, lexicon)
                    : String.join("\n", block.lines()).strip();
            out.add(Language.PERSIAN.is(lang) ? ArabicText.unifyPersianLines(text) : text);
        }
        return out;
    }

    private static String slug(String title, Path seed) {
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) {
            slug = Slugs.slugify(seed.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
