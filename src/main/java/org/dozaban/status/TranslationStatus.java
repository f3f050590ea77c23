package org.dozaban.status;

import org.dozaban.content.Article;
import org.dozaban.content.Site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Works out the translation status of a site. An article with a {@code translator} is a translation;
 * its originals are the articles sharing its {@code translationKey} that have none. A translation is
 * stale when its original's last commit is later than its own (git history), or, without history for
 * both, when the original file was modified on a day after the translation's {@code translated:} date.
 */
public final class TranslationStatus {

    private final Site site;
    private final ChangeHistory history;

    public TranslationStatus(Site site, ChangeHistory history) {
        this.site = site;
        this.history = history;
    }

    /** The status of each site language, in site order. */
    public List<LanguageStatus> languages() throws IOException {
        List<LanguageStatus> all = new ArrayList<>();
        for (String lang : site.config().languages()) {
            all.add(language(lang));
        }
        return all;
    }

    private LanguageStatus language(String lang) throws IOException {
        List<Article> untranslated = site.articles().stream()
                .filter(a -> !a.lang().equals(lang))
                .filter(a -> !site.hasTranslationIn(a, lang))
                .toList();
        List<LanguageStatus.Stale> stale = new ArrayList<>();
        List<LanguageStatus.TopicsDiffer> differ = new ArrayList<>();
        for (Article article : site.articles(lang)) {
            for (Article other : site.translations(article)) {
                if (!new HashSet<>(article.topics()).equals(new HashSet<>(other.topics()))) {
                    differ.add(new LanguageStatus.TopicsDiffer(article, other));
                }
                if (article.translator() != null && other.translator() == null) {
                    staleness(article, other).ifPresent(stale::add);
                }
            }
        }
        return new LanguageStatus(lang, site.articles(lang).size(), untranslated, stale, differ);
    }

    private Optional<LanguageStatus.Stale> staleness(Article translation, Article original) throws IOException {
        Optional<Instant> translationCommit = history.lastChange(translation.file());
        Optional<Instant> originalCommit = history.lastChange(original.file());
        if (translationCommit.isPresent() && originalCommit.isPresent()) {
            return originalCommit.get().isAfter(translationCommit.get())
                    ? Optional.of(new LanguageStatus.Stale(translation, original, day(translationCommit.get()),
                            day(originalCommit.get()), "git"))
                    : Optional.empty();
        }
        if (translation.translated() == null) {
            return Optional.empty();
        }
        Instant originalChange = originalCommit.isPresent() ? originalCommit.get()
                : Files.getLastModifiedTime(original.file()).toInstant();
        LocalDate changed = day(originalChange);
        return changed.isAfter(translation.translated())
                ? Optional.of(new LanguageStatus.Stale(translation, original, translation.translated(), changed,
                        "translated"))
                : Optional.empty();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
