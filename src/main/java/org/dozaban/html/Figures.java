package org.dozaban.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An image alone in its paragraph with a title ({@code ![alt](x.jpg "caption")}) becomes a
 * {@code <figure>} whose {@code <figcaption>} holds the title; the direction pass then gives the
 * caption the direction of its own text.
 */
final class Figures {

    private Figures() {
    }

    static void apply(Element body) {
        for (Element img : body.select("img[title]")) {
            String caption = img.attr("title").strip();
            if (caption.isEmpty() || !isAlone(img)) {
                continue;
            }
            Element figure = new Element("figure");
            img.removeAttr("title");
            figure.appendChild(img.clone());
            figure.appendElement("figcaption").text(caption);
            place(img, figure);
        }
    }

    /**
     * Puts {@code block} where {@code img} is: instead of its paragraph when the image is alone in it
     * (a figure cannot sit in a paragraph), else right after the paragraph.
     */
    static void place(Element img, Element block) {
        Element parent = img.parent();
        if (parent != null && parent.normalName().equals("p")) {
            if (isAlone(img)) {
                parent.replaceWith(block);
            } else {
                img.remove();
                parent.after(block);
            }
        } else {
            img.replaceWith(block);
        }
    }

    private static boolean isAlone(Element img) {
        Element parent = img.parent();
        if (parent == null || !parent.normalName().equals("p")) {
            return false;
        }
        for (Node sibling : parent.childNodes()) {
            if (sibling != img && !(sibling instanceof TextNode text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
