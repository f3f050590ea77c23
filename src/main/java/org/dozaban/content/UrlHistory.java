package org.dozaban.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that no address an article had before (in the ledger or its {@code aliases}) is now another
 * article's own address or another article's former one: each old address redirects to one page.
 */
final class UrlHistory {

    private UrlHistory() {
    }

    static void check(List<LoadedArticle> loaded, UrlLedgerFile.Read ledger, Path ledgerFile, Problems problems) {
        List<Article> all = new ArrayList<>(loaded.size());
        Map<String, Article> current = new HashMap<>(loaded.size() * 4 / 3 + 1);
        for (LoadedArticle each : loaded) {
            Article a = each.article();
            if (!a.draft() && !a.slug().isEmpty()) {
                all.add(a);
                current.putIfAbsent(a.urlPath(), a);
            }
        }
        Map<String, Article> claimed = new HashMap<>();
        for (Article article : all) {
            for (String path : ledger.ledger().former(article)) {
                Article owner = current.get(path);
                Article other = owner != null ? owner : claimed.putIfAbsent(path, article);
                if (other == null || other == article) {
                    continue;
                }
                String identity = UrlLedger.identity(article);
                Place place = ledger.place(identity, path);
                boolean inLedger = place != null;
                String where = inLedger ? " (" + Problems.display(ledgerFile) + ")" : " (its aliases)";
                problems.add(inLedger ? ledgerFile : article.file(), inLedger ? place : Place.FILE,
                        "address " + path + " of " + Problems.display(article.file()) + where + " is "
                                + (owner != null ? "now taken by " : "also a former address of ")
                                + Problems.display(other.file()),
                        "an old address keeps redirecting to its article; give "
                                + Problems.display(other.file()) + " another slug, or, if the old page is gone for"
                                + " good, remove the address from " + (inLedger ? Problems.display(ledgerFile)
                                : "the aliases"));
            }
        }
    }
}
