package org.dozaban.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.Set;

/**
 * Renders text nodes as flexmark's core renderer does (escapes and entities resolved, line ends made
 * {@code \n}, then escaped for HTML), looking for a backslash, an ampersand or a carriage return first
 * rather than matching a pattern over every text: most texts have none, and are written as they are.
 */
final class TextNodes implements NodeRenderer {

    static final NodeRendererFactory FACTORY = options -> new TextNodes();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, (node, context, html) ->
                html.text(plain(text(node.getChars())))));
    }

    /**
     * {@code chars.toString()}: flexmark builds it one character at a time; a part of the parsed string is
     * cut from it at once, with NUL read as U+FFFD, as flexmark reads it.
     */
    static String text(BasedSequence chars) {
        if (chars instanceof SubSequence part && part.getBase() instanceof String source) {
            String text = source.substring(part.getStartOffset(), part.getEndOffset());
            return text.indexOf(SequenceUtils.NUL) < 0 ? text : text.replace(SequenceUtils.NUL, SequenceUtils.ENC_NUL);
        }
        return chars.toString();
    }

    /** The text a text node shows: {@code Escaping.normalizeEOL(Escaping.unescapeString(source))}. */
    static String plain(String source) {
        String unescaped = source.indexOf('\\') < 0 && source.indexOf('&') < 0 ? source
                : Escaping.unescapeString(source);
        return unescaped.indexOf('\r') < 0 ? unescaped : Escaping.normalizeEOL(unescaped);
    }
}
