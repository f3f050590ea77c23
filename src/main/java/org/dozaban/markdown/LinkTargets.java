package org.dozaban.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;

/** The images and links of a parsed Markdown document, in document order, with their places. */
public final class LinkTargets {

    private LinkTargets() {
    }

    public static List<LinkTarget> of(Document document) {
        List<LinkTarget> targets = new ArrayList<>();
        collect(document, targets);
        return targets;
    }

    private static void collect(Node parent, List<LinkTarget> targets) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Image image) {
                targets.add(new LinkTarget(true, image.getUrl().unescape(), image.getText().unescape().strip(),
                        hasEmptyAltAttribute(image), image.getStartOffset(), start(image.getUrl(), image)));
            } else if (node instanceof ImageRef image) {
                targets.add(new LinkTarget(true, "", image.getText().unescape().strip(),
                        hasEmptyAltAttribute(image), image.getStartOffset(), image.getStartOffset()));
            } else if (node instanceof Link link) {
                targets.add(new LinkTarget(false, link.getUrl().unescape(), "", false, link.getStartOffset(),
                        start(link.getUrl(), link)));
            } else if (node instanceof Reference reference) {
                targets.add(new LinkTarget(false, reference.getUrl().unescape(), "", false,
                        reference.getStartOffset(), start(reference.getUrl(), reference)));
            }
            collect(node, targets);
        }
    }

    private static int start(BasedSequence url, Node node) {
        return url.isNull() || url.isEmpty() ? node.getStartOffset() : url.getStartOffset();
    }

    /** {@code {alt=""}} right after the image: the author says the image is decorative. */
    private static boolean hasEmptyAltAttribute(Node image) {
        if (!(image.getNext() instanceof AttributesNode attributes)) {
            return false;
        }
        for (Node child = attributes.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributeNode attribute && attribute.getName().toString().equals("alt")
                    && attribute.getValue().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
