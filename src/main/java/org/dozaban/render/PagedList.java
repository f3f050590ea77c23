package org.dozaban.render;

import org.dozaban.content.Article;
import org.dozaban.content.LanguageGroups;

import java.util.List;

/**
 * A list of articles in the order of a page language (its own first, then the others in site order, each
 * newest first), and its paging, each language a block of it (see {@link Paging}).
 */
record PagedList(List<Article> articles, Paging paging) {

    static PagedList of(LanguageGroups groups, String lang, List<String> languages, int pageSize) {
        List<List<Article>> blocks = groups.languageBlocks(lang, languages);
        return new PagedList(LanguageGroups.joined(blocks),
                new Paging(blocks.stream().map(List::size).toList(), pageSize));
    }

    /** The entries of page {@code number} (0 for the first), none past the last page. */
    List<Article> page(int number) {
        return number > paging.archivePages() ? List.of() : paging.page(articles, number);
    }
}
