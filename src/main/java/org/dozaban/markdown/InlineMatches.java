package org.dozaban.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, matching its patterns as it does but reading each match from the matcher
 * itself. flexmark takes a match's bounds through {@link Matcher#toMatchResult()}, which copies the whole
 * text being parsed, a paragraph or more, into a new string, one character at a time, at every match:
 * about 2% of a large build's time. ({@code matchWithGroups} does the same, but neither flexmark's core
 * nor the extensions used here call it.)
 */
final class InlineMatches extends InlineParserImpl {

    /** Makes this parser where flexmark would make its own. */
    static final InlineParserFactory FACTORY = InlineMatches::new;

    private InlineMatches(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                          Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                          List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }
}
