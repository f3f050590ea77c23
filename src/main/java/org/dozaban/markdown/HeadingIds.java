package org.dozaban.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.dozaban.text.Slugs;

import java.util.HashSet;
import java.util.Set;

/**
 * Heading ids made with {@link Slugs}, so Persian headings get stable ASCII ids too. An id given with
 * the attributes syntax is kept; generated ids are made unique with a {@code -2}, {@code -3} suffix.
 * One instance per document: flexmark asks the factory for a new generator on every render.
 */
final class HeadingIds implements HtmlIdGenerator {

    /** Used when a heading has no letters or digits that survive transliteration. */
    static final String FALLBACK = "section";

    private final Set<String> used = new HashSet<>();

    @Override
    public void generateIds(Document document) {
        used.clear();
        // Explicit ids first, so a generated id never takes one an author chose further down.
        new AnchorRefTargetBlockVisitor() {
            @Override
            protected void visit(AnchorRefTarget target) {
                if (!target.getAnchorRefId().isEmpty()) {
                    used.add(target.getAnchorRefId());
                }
            }
        }.visit(document);
        new AnchorRefTargetBlockVisitor() {
            @Override
            protected void visit(AnchorRefTarget target) {
                if (target.getAnchorRefId().isEmpty()) {
                    target.setAnchorRefId(unique(target.getAnchorRefText()));
                }
            }
        }.visit(document);
    }

    private String unique(String text) {
        String base = Slugs.slugify(text);
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    @Override
    public String getId(Node node) {
        return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return unique(text.toString());
    }

    /** Creates one generator per rendered document. */
    static final class Factory implements HeaderIdGeneratorFactory {
        @Override
        public HtmlIdGenerator create(LinkResolverContext context) {
            return new HeadingIds();
        }

        @Override
        public HtmlIdGenerator create() {
            return new HeadingIds();
        }
    }
}
